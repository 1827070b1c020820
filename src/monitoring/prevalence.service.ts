// Hidden prevalence per year from the overlap between registries: the capture histories that an
// import stored are handed to the prevalence engine, and only its publishable form (rounded,
// small counts suppressed) leaves, with the choice of model explained in plain words and the
// spread across models shown as the sensitivity of the estimate.
import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import type { Locale } from '../platform/i18n.js';
import { captureTableFrom } from '../prevalence/capture-table.js';
import { estimateCaptureTable } from '../prevalence/estimate.js';
import { toPublishable, type PublishableResult } from '../prevalence/publish.js';
import { monitoringCaptureCounts } from './monitoring.tables.js';

export interface PrevalenceEstimate {
  year: number;
  sources: string[];
  published: PublishableResult;
  chosen: { model: string; abundance: number | null; lower: number | null; upper: number | null } | null;
  explanation: { 'nl-BE': string; en: string };
  sensitivity: { lowest: number | null; highest: number | null };
}

/** The capture histories stored for a year (the latest set of sources linked for it). */
export async function captureRows(q: Queryable, year: number): Promise<{ sources: string[]; rows: Array<{ history: string; count: number }> } | null> {
  const found = await q.select().from(monitoringCaptureCounts).where(eq(monitoringCaptureCounts.year, year)).orderBy(asc(monitoringCaptureCounts.linkedAt));
  const latest = found.at(-1);
  if (!latest) return null;
  const set = found.filter((r) => r.sources === latest.sources);
  return { sources: latest.sources.split('|'), rows: set.map((r) => ({ history: r.history, count: r.count })) };
}

/** Plain words for the model names the engine uses. */
export function describeModel(model: string, sources: readonly string[]): { 'nl-BE': string; en: string } {
  if (model === 'M0') return { 'nl-BE': 'alle registers even goed zien en elk kind even zichtbaar is', en: 'every registry is equally good at seeing and every child equally visible' };
  if (model.startsWith('Mh') || model.startsWith('Mth')) {
    return { 'nl-BE': 'sommige kinderen veel zichtbaarder zijn dan andere (een ondergrens: het werkelijke aantal kan hoger liggen)', en: 'some children are far more visible than others (a lower bound: the true number may be higher)' };
  }
  const pairs = [...model.matchAll(/(\d)(\d)/g)].map((m) => [sources[Number(m[1]) - 1] ?? m[1], sources[Number(m[2]) - 1] ?? m[2]]);
  if (pairs.length === 0) return { 'nl-BE': 'de registers kinderen onafhankelijk van elkaar vinden', en: 'the registries find children independently of each other' };
  const nl = pairs.map(([a, b]) => `${a} en ${b}`).join('; ');
  const en = pairs.map(([a, b]) => `${a} and ${b}`).join('; ');
  return { 'nl-BE': `deze registers vaker dezelfde kinderen zien dan toeval verklaart: ${nl}`, en: `these registries see the same children more often than chance explains: ${en}` };
}

export async function prevalenceEstimate(q: Queryable, year: number): Promise<PrevalenceEstimate | null> {
  const stored = await captureRows(q, year);
  if (!stored || stored.sources.length < 2) return null;
  const mask = (history: string) => [...history].reduce((m, bit, i) => (bit === '1' ? m | (1 << i) : m), 0);
  const table = captureTableFrom(stored.sources, stored.rows.filter((r) => r.history.includes('1')).map((r) => ({ history: mask(r.history), count: r.count })));
  const result = estimateCaptureTable(table);
  const published = toPublishable(result);
  const chosenModel = published.models.find((m) => m.model === published.best.AIC) ?? null;
  const abundances = published.models.map((m) => m.abundance).filter((a): a is number => a !== null);
  const said = chosenModel ? describeModel(chosenModel.model, stored.sources) : null;
  return {
    year,
    sources: stored.sources,
    published,
    chosen: chosenModel ? { model: chosenModel.model, abundance: chosenModel.abundance, lower: chosenModel.profile?.lower ?? null, upper: chosenModel.profile?.upper ?? null } : null,
    explanation: said
      ? {
          'nl-BE': `Het best passende model (laagste AIC) is ${chosenModel?.model ?? ''}: het gaat ervan uit dat ${said['nl-BE']}. Het betrouwbaarheidsinterval (95 %) komt uit de profiel-likelihood.`,
          en: `The best-fitting model (lowest AIC) is ${chosenModel?.model ?? ''}: it assumes that ${said.en}. The confidence interval (95 %) comes from the profile likelihood.`,
        }
      : { 'nl-BE': 'Geen schatting: te weinig kinderen komen in meer dan één register voor.', en: 'No estimate: too few children appear in more than one registry.' },
    sensitivity: { lowest: abundances.length ? Math.min(...abundances) : null, highest: abundances.length ? Math.max(...abundances) : null },
  };
}

export async function prevalenceReportSection(q: Queryable, year: number, locale: Locale): Promise<{ lines: string[]; table?: { header: string[]; rows: string[][] } } | null> {
  const estimate = await prevalenceEstimate(q, year);
  if (!estimate) return null;
  const en = locale === 'en';
  const n = (v: number | null) => (v === null ? '-' : v.toLocaleString(en ? 'en-GB' : 'nl-BE'));
  const lines = [
    en ? `Registries linked for ${year}: ${estimate.sources.join(', ')}; children seen in at least one: ${n(estimate.published.n)}.` : `Gekoppelde registers voor ${year}: ${estimate.sources.join(', ')}; kinderen gezien in minstens één: ${n(estimate.published.n)}.`,
    estimate.chosen
      ? en
        ? `Estimated number of children, seen and unseen: ${n(estimate.chosen.abundance)} (95 % CI ${n(estimate.chosen.lower)} to ${n(estimate.chosen.upper)}).`
        : `Geschat aantal kinderen, gezien en niet gezien: ${n(estimate.chosen.abundance)} (95 %-BI ${n(estimate.chosen.lower)} tot ${n(estimate.chosen.upper)}).`
      : '',
    estimate.explanation[locale],
    en
      ? `Across the models shown the estimate ranges from ${n(estimate.sensitivity.lowest)} to ${n(estimate.sensitivity.highest)}: the wider this range, the more the figure depends on assumptions.`
      : `Over de getoonde modellen loopt de schatting van ${n(estimate.sensitivity.lowest)} tot ${n(estimate.sensitivity.highest)}: hoe breder, hoe meer het cijfer van aannames afhangt.`,
  ].filter((l) => l !== '');
  const rows = estimate.published.models.map((m) => [m.model, n(m.abundance), m.profile ? `${n(m.profile.lower)} - ${n(m.profile.upper)}` : '-', m.AIC === null ? '-' : m.AIC.toLocaleString(en ? 'en-GB' : 'nl-BE')]);
  return { lines, table: { header: en ? ['Model', 'Estimate', '95 % CI', 'AIC'] : ['Model', 'Schatting', '95 %-BI', 'AIC'], rows } };
}
