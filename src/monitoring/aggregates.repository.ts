// Reads the aggregate table, and only that: dashboards, exports and the report never touch facts
// or operational data. One query per use.
import { and, sql } from 'drizzle-orm';
import { rows, type Queryable } from '../platform/db.js';
import type { FactTerm } from './indicator-catalogue.js';
import type { FactDimensionName } from './monitoring.tables.js';
import { regionOfProvince, type RegionCode } from './regions.js';
import { aggregateColumnOf, filterSql, registeredTermKey } from './term-totals.js';

export interface AggregateCell {
  month: string;
  centreId: string;
  bucket: number;
  facts: number;
  total: number;
}

/**
 * Aggregated facts of one kind (filtered) per month, centre and value bucket: from the totals
 * without a filter, from the term's pre-aggregated totals with one (term-totals.ts).
 */
export async function aggregateCells(q: Queryable, term: Pick<FactTerm, 'kind' | 'filter'>, range: { from: string; to: string }): Promise<AggregateCell[]> {
  const filters = filterSql(term);
  const found = await rows<{ month: string; centre_id: string; bucket: number | string; facts: number | string; total: number | string }>(
    q,
    filters.length === 0
      ? sql`SELECT month, centre_id, bucket, facts, total FROM monitoring_totals WHERE kind = ${term.kind} AND month >= ${range.from} AND month <= ${range.to}`
      : sql`SELECT month, centre_id, bucket, facts, total FROM monitoring_term_totals
            WHERE term = ${await registeredTermKey(q, term)} AND month >= ${range.from} AND month <= ${range.to}`,
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
  const column = sql.raw(aggregateColumnOf[dimension]);
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
