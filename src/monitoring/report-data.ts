// Everything the periodic report shows, gathered from the same disclosure-controlled services as
// the dashboard (so the report can never publish more than an analyst can see).
import type { Queryable } from '../platform/db.js';
import type { Locale } from '../platform/i18n.js';
import { breakdown, findIndicator, overview, series, type BreakdownTable, type OverviewItem, type SeriesWithTargets } from './monitoring.service.js';
import type { RegionCode } from './regions.js';

export interface ReportSeries {
  title: string;
  series: SeriesWithTargets;
}

export interface ReportData {
  year: number;
  locale: Locale;
  generatedOn: string;
  overview: OverviewItem[];
  trends: ReportSeries[];
  children: BreakdownTable | null;
  /** Sections added by the prevalence and survey modules (already publishable). */
  extras: ReportExtras;
}

export interface ReportExtras {
  prevalence?: { lines: string[]; table?: { header: string[]; rows: string[][] } } | null;
  survey?: { lines: string[]; table?: { header: string[]; rows: string[][] } } | null;
}

export type Progress = (step: string) => void;

const QUARTERLY: readonly string[] = ['acute_contacted_24h', 'first_contact_deadline_met', 'median_days_first_contact', 'cases_per_worker'];
const PROVINCES: readonly RegionCode[] = ['ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU'];

export async function gatherReportData(
  q: Queryable,
  input: { year: number; locale: Locale; now?: Date; extras?: (year: number) => Promise<ReportExtras> },
  progress: Progress = () => undefined,
): Promise<ReportData> {
  progress('overview');
  const items = await overview(q, { year: input.year, region: 'VL' });
  const trends: ReportSeries[] = [];
  for (const id of QUARTERLY) {
    const indicator = findIndicator(id);
    if (!indicator) continue;
    progress(`trend ${id}`);
    trends.push({ title: indicator.name[input.locale], series: await series(q, { indicator, from: `${input.year - 1}-01`, to: `${input.year}-12`, periodType: 'quarter', regions: ['VL'] }) });
  }
  const reports = findIndicator('reports');
  if (reports) {
    progress('trend reports by province');
    trends.push({ title: reports.name[input.locale], series: await series(q, { indicator: reports, from: `${input.year}-01`, to: `${input.year}-12`, periodType: 'month', regions: PROVINCES }) });
  }
  progress('breakdown');
  const children = await breakdown(q, { id: 'children_by_age', from: `${input.year}-01`, to: `${input.year}-12`, locale: input.locale });
  progress('prevalence and surveys');
  const extras = input.extras ? await input.extras(input.year) : {};
  return { year: input.year, locale: input.locale, generatedOn: (input.now ?? new Date()).toISOString().slice(0, 10), overview: items, trends, children, extras };
}
