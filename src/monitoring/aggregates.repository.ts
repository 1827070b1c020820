// Reads the aggregate table, and only that: dashboards, exports and the report never touch facts
// or operational data. One query per use.
import { and, sql, type SQL } from 'drizzle-orm';
import { rows, type Queryable } from '../platform/db.js';
import type { FactTerm } from './indicator-catalogue.js';
import type { FactDimensionName } from './monitoring.tables.js';
import { regionOfProvince, type RegionCode } from './regions.js';

export interface AggregateCell {
  month: string;
  centreId: string;
  bucket: number;
  facts: number;
  total: number;
}

const columnOf: Record<FactDimensionName, string> = {
  channel: 'channel',
  ageBand: 'age_band',
  gender: 'gender',
  category: 'category',
  urgency: 'urgency',
  outcome: 'outcome',
  track: 'track',
  detail: 'detail',
};

function filterSql(term: Pick<FactTerm, 'filter'>): SQL[] {
  return Object.entries(term.filter ?? {}).map(([name, values]) => {
    const column = sql.raw(columnOf[name as FactDimensionName]);
    return sql`${column} IN (${sql.join((values ?? []).map((v) => sql`${v}`), sql`, `)})`;
  });
}

/**
 * Aggregated facts of one kind (filtered) per month, centre and value bucket. Without a filter the
 * totals table already holds exactly these rows; with one, the dimension combinations are summed.
 */
export async function aggregateCells(q: Queryable, term: Pick<FactTerm, 'kind' | 'filter'>, range: { from: string; to: string }): Promise<AggregateCell[]> {
  const filters = filterSql(term);
  const found = await rows<{ month: string; centre_id: string; bucket: number | string; facts: number | string; total: number | string }>(
    q,
    filters.length === 0
      ? sql`SELECT month, centre_id, bucket, facts, total FROM monitoring_totals WHERE kind = ${term.kind} AND month >= ${range.from} AND month <= ${range.to}`
      : sql`SELECT month, centre_id, bucket, sum(facts) AS facts, sum(total) AS total FROM monitoring_aggregates
            WHERE ${and(sql`kind = ${term.kind}`, sql`month >= ${range.from}`, sql`month <= ${range.to}`, ...filters)}
            GROUP BY month, centre_id, bucket`,
  );
  return found.map((r) => ({ month: r.month, centreId: r.centre_id, bucket: Number(r.bucket), facts: Number(r.facts), total: Number(r.total) }));
}

/** Counts of one kind per month, centre and value of one dimension (for breakdowns). */
export async function dimensionCounts(
  q: Queryable,
  term: Pick<FactTerm, 'kind' | 'filter'>,
  dimension: FactDimensionName,
  range: { from: string; to: string },
): Promise<Array<{ month: string; centreId: string; value: string; facts: number }>> {
  const column = sql.raw(columnOf[dimension]);
  const found = await rows<{ month: string; centre_id: string; value: string; facts: number | string }>(
    q,
    sql`SELECT month, centre_id, ${column} AS value, sum(facts) AS facts FROM monitoring_aggregates
        WHERE ${and(sql`kind = ${term.kind}`, sql`month >= ${range.from}`, sql`month <= ${range.to}`, ...filterSql(term))}
        GROUP BY month, centre_id, ${column}`,
  );
  return found.map((r) => ({ month: r.month, centreId: r.centre_id, value: r.value, facts: Number(r.facts) }));
}

/** The kinds that have any aggregate, with their first and last month. */
export async function kindsPresent(q: Queryable): Promise<Array<{ kind: string; first: string; last: string }>> {
  return rows(q, sql`SELECT kind, min(month) AS first, max(month) AS last FROM monitoring_totals GROUP BY kind ORDER BY kind`);
}

/**
 * Centre → region. Centres are the organisation's own list (organisation data, not personal
 * data); a centre without a province (hotline, chat) serves all of Flanders: null.
 */
export async function centreRegions(q: Queryable): Promise<Map<string, RegionCode | null>> {
  const found = await rows<{ id: string; province: string | null }>(q, sql`SELECT id, province FROM centres`);
  return new Map(found.map((c) => [c.id, regionOfProvince(c.province)]));
}
