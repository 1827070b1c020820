// The dashboard's filters live in the URL, so a view can be bookmarked, shared and reloaded.
// Anything odd in the URL falls back to a sensible default rather than an error page.
export interface MonitoringSearch {
  year?: number;
  region?: string;
  indicator?: string;
  from?: string;
  to?: string;
  periodType?: 'month' | 'quarter' | 'year';
  regions?: string;
  breakdown?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const REGIONS = /^(VL|ANT|LIM|OVL|WVL|VBR|BRU)(,(VL|ANT|LIM|OVL|WVL|VBR|BRU))*$/;
const ID = /^[a-z][a-z0-9_]{0,63}$/;

export function parseMonitoringSearch(search: Record<string, unknown>): MonitoringSearch {
  const out: MonitoringSearch = {};
  const year = Number(search.year);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100) out.year = year;
  if (typeof search.region === 'string' && REGIONS.test(search.region) && !search.region.includes(',')) out.region = search.region;
  if (typeof search.indicator === 'string' && ID.test(search.indicator)) out.indicator = search.indicator;
  if (typeof search.from === 'string' && MONTH.test(search.from)) out.from = search.from;
  if (typeof search.to === 'string' && MONTH.test(search.to)) out.to = search.to;
  if (search.periodType === 'month' || search.periodType === 'quarter' || search.periodType === 'year') out.periodType = search.periodType;
  if (typeof search.regions === 'string' && REGIONS.test(search.regions)) out.regions = search.regions;
  if (typeof search.breakdown === 'string' && ID.test(search.breakdown)) out.breakdown = search.breakdown;
  return out;
}

/** Today's month in Brussels, for defaults. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
