// Turns aggregates into indicator values per region and period, with disclosure control applied
// before anything leaves: counts 1–9 (and whatever would reveal them) are withheld, medians need
// at least 10 facts, and ratios are withheld when their numerator or denominator is. The
// complement of a share (e.g. acute cases *not* contacted in time) is not checked: it could only
// be derived together with the denominator, and indicator denominators are not published.
import type { Queryable } from '../platform/db.js';
import { aggregateCells, centreRegions } from './aggregates.repository.js';
import { DISCLOSURE_THRESHOLD, REST_CELL, suppressedRegions } from './disclosure.js';
import { type FactTerm, type Indicator, isFactTerm, type PeriodType } from './indicator-catalogue.js';
import { periodOfMonth, periodsBetween } from './periods.js';
import type { PopulationTable } from './population.js';
import { provinceCodes, type RegionCode } from './regions.js';

export type PointStatus = 'ok' | 'suppressed' | 'no_data';

export interface IndicatorPoint {
  period: string;
  value: number | null;
  status: PointStatus;
}

export interface IndicatorSeries {
  indicatorId: string;
  unit: Indicator['unit'];
  periodType: PeriodType;
  periods: string[];
  regions: Array<{ region: RegionCode; points: IndicatorPoint[] }>;
}

export interface SeriesRequest {
  from: string;
  to: string;
  periodType: PeriodType;
  regions: readonly RegionCode[];
}

/** What one cell (a region, or the Flanders-wide services) holds for one period. */
class Accumulator {
  count = 0;
  sum = 0;
  readonly histogram = new Map<number, number>();
  readonly latestByCentre = new Map<string, { month: string; total: number }>();

  merge(other: Accumulator): this {
    this.count += other.count;
    this.sum += other.sum;
    for (const [bucket, n] of other.histogram) this.histogram.set(bucket, (this.histogram.get(bucket) ?? 0) + n);
    for (const [centre, latest] of other.latestByCentre) this.latestByCentre.set(centre, latest);
    return this;
  }

  measure(measure: FactTerm['measure']): number | null {
    switch (measure) {
      case 'count':
        return this.count;
      case 'sum':
        return this.sum;
      case 'latest_total':
        return [...this.latestByCentre.values()].reduce((total, latest) => total + latest.total, 0);
      case 'median':
        return weightedMedian(this.histogram);
    }
  }
}

/** Median of a histogram of buckets: the midpoint of the two middle facts when n is even. */
export function weightedMedian(histogram: ReadonlyMap<number, number>): number | null {
  const buckets = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const n = buckets.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const [bucket, count] of buckets) {
      seen += count;
      if (seen > rank) return bucket;
    }
    return buckets[buckets.length - 1]?.[0] ?? 0;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

type TermTable = Map<string, Map<string, Accumulator>>;

const cellNames: readonly string[] = [...provinceCodes, REST_CELL];

async function termTable(q: Queryable, term: FactTerm, request: SeriesRequest, centres: Map<string, RegionCode | null>): Promise<{ table: TermTable; periodsWithData: Set<string> }> {
  const table: TermTable = new Map();
  const periodsWithData = new Set<string>();
  for (const cell of await aggregateCells(q, term, request)) {
    const period = periodOfMonth(cell.month, request.periodType);
    periodsWithData.add(period);
    if (term.valueAtMost !== undefined && cell.bucket > term.valueAtMost) continue;
    const region = centres.get(cell.centreId) ?? REST_CELL;
    const cells = table.get(period) ?? new Map<string, Accumulator>();
    const acc = cells.get(region) ?? new Accumulator();
    acc.count += cell.facts;
    acc.sum += cell.total;
    acc.histogram.set(cell.bucket, (acc.histogram.get(cell.bucket) ?? 0) + cell.facts);
    const latest = acc.latestByCentre.get(cell.centreId);
    if (!latest || latest.month < cell.month) acc.latestByCentre.set(cell.centreId, { month: cell.month, total: cell.total });
    else if (latest.month === cell.month) latest.total += cell.total;
    cells.set(region, acc);
    table.set(period, cells);
  }
  return { table, periodsWithData };
}

function regionAccumulator(table: TermTable, period: string, region: RegionCode): Accumulator {
  const cells = table.get(period);
  const members = region === 'VL' ? cellNames : [region];
  return members.reduce((acc, member) => acc.merge(cells?.get(member) ?? new Accumulator()), new Accumulator());
}

/** Cells withheld for one period of a count-like term (all regions, whatever was asked). */
function hiddenFor(table: TermTable, period: string, measure: FactTerm['measure']): Set<string> {
  const values = new Map(cellNames.map((cell) => [cell, (table.get(period)?.get(cell) ?? new Accumulator()).measure(measure) ?? 0]));
  return suppressedRegions(values);
}

const isProtectedCount = (term: FactTerm): boolean => term.disclosure !== 'none' && (term.measure === 'count' || term.measure === 'latest_total');

function rounded(value: number, unit: Indicator['unit']): number {
  return unit === 'count' ? Math.round(value) : Math.round(value * 10) / 10;
}

export interface EngineDeps {
  population: PopulationTable;
}

export async function indicatorSeries(q: Queryable, indicator: Indicator, request: SeriesRequest, deps: EngineDeps): Promise<IndicatorSeries> {
  const centres = await centreRegions(q);
  const periods = periodsBetween(request.from, request.to, request.periodType);
  const numerator = await termTable(q, indicator.numerator, request, centres);
  const factDenominator = isFactTerm(indicator.denominator) ? indicator.denominator : null;
  const denominator = factDenominator ? await termTable(q, factDenominator, request, centres) : null;
  const populationBands = indicator.denominator && !isFactTerm(indicator.denominator) ? indicator.denominator.population : null;
  const regions = indicator.regional === false ? request.regions.filter((r) => r === 'VL') : request.regions;

  const hiddenByPeriod = new Map<string, Set<string>>();
  for (const period of periods) {
    const hidden = new Set<string>();
    if (isProtectedCount(indicator.numerator)) hiddenFor(numerator.table, period, indicator.numerator.measure).forEach((c) => hidden.add(c));
    if (denominator && factDenominator && isProtectedCount(factDenominator)) {
      hiddenFor(denominator.table, period, factDenominator.measure).forEach((c) => hidden.add(c));
    }
    hiddenByPeriod.set(period, hidden);
  }

  const point = (period: string, region: RegionCode): IndicatorPoint => {
    const anyData = numerator.periodsWithData.has(period) || (denominator?.periodsWithData.has(period) ?? false);
    if (!anyData) return { period, value: null, status: 'no_data' };
    if (hiddenByPeriod.get(period)?.has(region)) return { period, value: null, status: 'suppressed' };
    const num = regionAccumulator(numerator.table, period, region);
    if (indicator.numerator.measure === 'median' && num.count < DISCLOSURE_THRESHOLD) {
      return { period, value: null, status: num.count === 0 ? 'no_data' : 'suppressed' };
    }
    const top = num.measure(indicator.numerator.measure);
    let bottom: number | null = 1;
    if (denominator && factDenominator) bottom = regionAccumulator(denominator.table, period, region).measure(factDenominator.measure);
    if (populationBands) bottom = deps.population.population(Number(period.slice(0, 4)), region, populationBands);
    if (top === null || bottom === null || bottom === 0) return { period, value: null, status: 'no_data' };
    return { period, value: rounded((top / bottom) * indicator.factor, indicator.unit), status: 'ok' };
  };

  return {
    indicatorId: indicator.id,
    unit: indicator.unit,
    periodType: request.periodType,
    periods,
    regions: regions.map((region) => ({ region, points: periods.map((period) => point(period, region)) })),
  };
}
