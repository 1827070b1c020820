// What the analyst's screens, downloads and the report ask for: the year's key figures against
// their targets, an indicator over time per region, and a breakdown of one kind of fact. Reads the
// aggregate layer only; every figure has been through disclosure control before it is returned.
import type { Queryable } from '../platform/db.js';
import type { Locale } from '../platform/i18n.js';
import { dimensionCounts, centreRegions } from './aggregates.repository.js';
import { breakdowns } from './breakdowns.js';
import { dimensionLabel } from './dimension-labels.js';
import { cellKey, REST_CELL, suppressedTable } from './disclosure.js';
import { indicatorCatalogue, type Indicator, type PeriodType } from './indicator-catalogue.js';
import { indicatorSeries, type IndicatorSeries, type PointStatus } from './indicator-engine.js';
import { populationTable } from './population.js';
import { provinceCodes, type RegionCode } from './regions.js';
import { findTarget, listTargets, trafficLight, trendMeaning, trendOf, type TrafficLight, type Trend } from './targets.service.js';

export interface OverviewItem {
  indicator: Indicator;
  value: number | null;
  status: PointStatus;
  previous: number | null;
  target: number | null;
  light: TrafficLight;
  trend: Trend;
  trendMeaning: 'better' | 'worse' | 'neutral';
}

export function findIndicator(id: string): Indicator | undefined {
  return indicatorCatalogue().indicators.find((i) => i.id === id);
}

/** Every indicator for one year and region, against the year's target and the year before. */
export async function overview(q: Queryable, input: { year: number; region: RegionCode }): Promise<OverviewItem[]> {
  const targets = await listTargets(q);
  const items: OverviewItem[] = [];
  for (const indicator of indicatorCatalogue().indicators) {
    const region = indicator.regional === false ? 'VL' : input.region;
    const series = await indicatorSeries(q, indicator, { from: `${input.year - 1}-01`, to: `${input.year}-12`, periodType: 'year', regions: [region] }, { population: populationTable() });
    const [before, current] = series.regions[0]?.points ?? [];
    const value = current?.value ?? null;
    const target = findTarget(targets, indicator.id, String(input.year), region);
    const trend = trendOf(value, before?.value ?? null);
    items.push({
      indicator,
      value,
      status: current?.status ?? 'no_data',
      previous: before?.value ?? null,
      target: target?.target ?? null,
      light: trafficLight(value, target, indicator.direction),
      trend,
      trendMeaning: trendMeaning(trend, indicator.direction),
    });
  }
  return items;
}

export interface SeriesWithTargets extends IndicatorSeries {
  targets: Array<{ region: RegionCode; period: string; target: number | null; light: TrafficLight }>;
}

export async function series(
  q: Queryable,
  input: { indicator: Indicator; from: string; to: string; periodType: PeriodType; regions: readonly RegionCode[] },
): Promise<SeriesWithTargets> {
  const result = await indicatorSeries(q, input.indicator, input, { population: populationTable() });
  const targets = await listTargets(q, input.indicator.id);
  return {
    ...result,
    targets: result.regions.flatMap(({ region, points }) =>
      points.map((point) => {
        const target = findTarget(targets, input.indicator.id, point.period, region);
        return { region, period: point.period, target: target?.target ?? null, light: trafficLight(point.value, target, input.indicator.direction) };
      }),
    ),
  };
}

export interface BreakdownTable {
  id: string;
  name: string;
  from: string;
  to: string;
  /** The regions (provinces, then the Flanders-wide services), then Flanders as a whole. */
  columns: string[];
  rows: Array<{ code: string; label: string; counts: Array<number | null>; total: number | null }>;
  totals: Array<number | null>;
  grandTotal: number | null;
}

export const BREAKDOWN_COLUMNS: readonly string[] = [...provinceCodes, REST_CELL];

/** One kind of fact split by one dimension and region, with small counts withheld. */
export async function breakdown(q: Queryable, input: { id: string; from: string; to: string; locale: Locale }): Promise<BreakdownTable | null> {
  const definition = breakdowns.find((b) => b.id === input.id);
  if (!definition) return null;
  const centres = await centreRegions(q);
  const counts = new Map<string, number>();
  const codes = new Set<string>();
  for (const row of await dimensionCounts(q, { kind: definition.kind }, definition.dimension, input)) {
    const column = centres.get(row.centreId) ?? REST_CELL;
    codes.add(row.value);
    counts.set(cellKey(row.value, column), (counts.get(cellKey(row.value, column)) ?? 0) + row.facts);
  }
  const rowCodes = [...codes].sort((a, b) => dimensionLabel(a, input.locale).localeCompare(dimensionLabel(b, input.locale)));
  const value = (row: string, column: string): number => counts.get(cellKey(row, column)) ?? 0;
  const hidden = suppressedTable(rowCodes, BREAKDOWN_COLUMNS, value);
  return {
    id: definition.id,
    name: definition.name[input.locale],
    from: input.from,
    to: input.to,
    columns: [...BREAKDOWN_COLUMNS, 'VL'],
    rows: rowCodes.map((code) => {
      const rowTotal = BREAKDOWN_COLUMNS.reduce((sum, column) => sum + value(code, column), 0);
      return {
        code,
        label: dimensionLabel(code, input.locale),
        counts: BREAKDOWN_COLUMNS.map((column) => (hidden.cells.has(cellKey(code, column)) ? null : value(code, column))),
        total: hidden.rowTotals.has(code) ? null : rowTotal,
      };
    }),
    totals: BREAKDOWN_COLUMNS.map((column) => (hidden.columnTotals.has(column) ? null : rowCodes.reduce((sum, code) => sum + value(code, column), 0))),
    grandTotal: hidden.grandTotal ? null : [...counts.values()].reduce((sum, n) => sum + n, 0),
  };
}
