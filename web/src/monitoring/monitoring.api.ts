// Calls the monitoring pages make. Every figure that arrives has been through disclosure control
// on the server; the page only draws it.
import type { ApiClient } from '../api/client';

export type Locale = 'nl-BE' | 'en';
export type Text = Record<Locale, string>;
export type Unit = 'count' | 'percent' | 'days' | 'ratio' | 'per_1000';
export type PeriodType = 'month' | 'quarter' | 'year';
export type PointStatus = 'ok' | 'suppressed' | 'no_data';

export interface IndicatorInfo {
  id: string;
  name: Text;
  description: Text;
  unit: Unit;
  periodType: PeriodType;
  direction: 'higher_is_better' | 'lower_is_better' | 'neutral';
  regional: boolean;
}

export interface Catalogue {
  version: string;
  indicators: IndicatorInfo[];
  regions: { code: string; name: Text }[];
  breakdowns: { id: string; name: Text }[];
  months: { first: string | null; last: string | null };
}

export interface OverviewItem {
  indicator: IndicatorInfo;
  value: number | null;
  status: PointStatus;
  previous: number | null;
  target: number | null;
  light: 'green' | 'amber' | 'red' | 'none';
  trend: 'up' | 'down' | 'flat' | 'unknown';
  trendMeaning: 'better' | 'worse' | 'neutral';
}

export interface Series {
  indicatorId: string;
  unit: Unit;
  periodType: PeriodType;
  periods: string[];
  regions: { region: string; points: { period: string; value: number | null; status: PointStatus }[] }[];
  targets: { region: string; period: string; target: number | null; light: string }[];
}

export interface Breakdown {
  id: string;
  name: string;
  from: string;
  to: string;
  columns: string[];
  rows: { code: string; label: string; counts: (number | null)[]; total: number | null }[];
  totals: (number | null)[];
  grandTotal: number | null;
}

export interface SeriesParams {
  indicator: string;
  from: string;
  to: string;
  periodType: PeriodType;
  regions: string[];
}

export const seriesQuery = (p: SeriesParams) => ({ indicator: p.indicator, from: p.from, to: p.to, periodType: p.periodType, regions: p.regions.join(',') });

export const monitoringApi = {
  catalogue: (api: ApiClient, signal?: AbortSignal) => api.get<Catalogue>('/api/monitoring/catalogue', { signal }),
  overview: (api: ApiClient, q: { year: number; region: string }, signal?: AbortSignal) => api.get<{ items: OverviewItem[] }>('/api/monitoring/overview', { query: q, signal }),
  series: (api: ApiClient, p: SeriesParams, signal?: AbortSignal) => api.get<Series>('/api/monitoring/series', { query: seriesQuery(p), signal }),
  breakdown: (api: ApiClient, q: { id: string; from: string; to: string }, signal?: AbortSignal) => api.get<Breakdown>('/api/monitoring/breakdown', { query: q, signal }),
};

export function downloadUrl(path: string, query: Record<string, string>): string {
  return `${path}?${new URLSearchParams(query).toString()}`;
}
