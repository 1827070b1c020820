import type { ConsultSort, ConsultView } from './consult.api';

const views: readonly ConsultView[] = ['open', 'mine', 'due', 'all'];

/** The list's view and order live in the URL, so a link or a reload keeps them. */
export function parseConsultSearch(search: { view?: string; sort?: string }): { view: ConsultView; sort: ConsultSort } {
  const view = views.find((v) => v === search.view) ?? 'open';
  return { view, sort: search.sort === 'urgent' ? 'urgent' : 'newest' };
}
