/** The audit filters as they appear in the address bar, so a filtered view can be bookmarked or shared with a colleague. */
export interface AuditFilters {
  actor?: string;
  recordType?: string;
  recordId?: string;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
}

export const AUDIT_FILTER_NAMES = ['actor', 'recordType', 'recordId', 'from', 'to'] as const;
export type AuditFilterName = (typeof AUDIT_FILTER_NAMES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

function isoDate(value: unknown): string | undefined {
  const candidate = text(value);
  if (candidate === undefined || !ISO_DATE.test(candidate)) return undefined;
  // `2026-02-31` matches the pattern but is no date; Date rolls it over, which we detect.
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(candidate)
    ? candidate
    : undefined;
}

/** Keeps only well-formed filters; a hand-edited URL never reaches the server as garbage. */
export function parseAuditSearch(search: { [Name in AuditFilterName]?: unknown }): AuditFilters {
  const filters: AuditFilters = {
    actor: text(search.actor),
    recordType: text(search.recordType),
    recordId: text(search.recordId),
    from: isoDate(search.from),
    to: isoDate(search.to),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

export function auditFiltersFromForm(data: FormData): AuditFilters {
  const raw: { [Name in AuditFilterName]?: unknown } = {};
  for (const name of AUDIT_FILTER_NAMES) raw[name] = data.get(name);
  return parseAuditSearch(raw);
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return AUDIT_FILTER_NAMES.some((name) => filters[name] !== undefined);
}
