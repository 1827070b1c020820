// Pre-aggregation of filtered indicator terms (DHIS2 keeps analytics tables for the same reason).
// Summing every dimension combination that matches a filter costs a scan of all of a kind's
// aggregates (hundreds of thousands of rows for contacts over three years); a registered term's
// totals are a few hundred rows. A term is registered the first time a dashboard asks for it and
// its totals are filled from the aggregates once; from then on the trigger on
// `monitoring_aggregates` keeps them, whoever writes (live feed, backfill, demo history).
import type { SQL } from 'drizzle-orm';
import { rows, sql, type Queryable } from '../platform/db.js';
import type { FactTerm } from './indicator-catalogue.js';
import type { FactDimensionName } from './monitoring.tables.js';

export const aggregateColumnOf: Record<FactDimensionName, string> = {
  channel: 'channel',
  ageBand: 'age_band',
  gender: 'gender',
  category: 'category',
  urgency: 'urgency',
  outcome: 'outcome',
  track: 'track',
  detail: 'detail',
};

/** Column → sorted codes, in a fixed column order: the same filter always gives the same key. */
function columnFilter(term: Pick<FactTerm, 'filter'>): Record<string, string[]> {
  const entries = Object.entries(term.filter ?? {}).map(([name, values]) => [aggregateColumnOf[name as FactDimensionName], [...new Set(values ?? [])].sort()] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

export function termKey(term: Pick<FactTerm, 'kind' | 'filter'>): string {
  const filter = columnFilter(term);
  return `${term.kind}|${Object.entries(filter).map(([column, values]) => `${column}=${values.join(',')}`).join(';')}`;
}

export function filterSql(term: Pick<FactTerm, 'filter'>): SQL[] {
  return Object.entries(columnFilter(term)).map(([column, values]) => sql`${sql.raw(column)} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`);
}

/** The key of the term's pre-aggregated totals, registering and filling them on first use. */
export async function registeredTermKey(q: Queryable, term: Pick<FactTerm, 'kind' | 'filter'>): Promise<string> {
  const key = termKey(term);
  const known = await rows<{ term: string }>(q, sql`SELECT term FROM monitoring_terms WHERE term = ${key}`);
  if (known.length > 0) return key;
  await q.transaction(async (tx) => {
    // Writers wait while the totals are filled, so no aggregate change is counted twice or missed.
    await tx.execute(sql`LOCK TABLE monitoring_aggregates IN SHARE ROW EXCLUSIVE MODE`);
    const added = await rows<{ term: string }>(
      tx,
      sql`INSERT INTO monitoring_terms (term, kind, filter) VALUES (${key}, ${term.kind}, ${JSON.stringify(columnFilter(term))}::jsonb) ON CONFLICT DO NOTHING RETURNING term`,
    );
    if (added.length === 0) return;
    await tx.execute(sql`INSERT INTO monitoring_term_totals (term, month, centre_id, bucket, facts, total)
      SELECT ${key}, month, centre_id, bucket, sum(facts), sum(total) FROM monitoring_aggregates
      WHERE kind = ${term.kind} AND ${sql.join(filterSql(term), sql` AND `)}
      GROUP BY month, centre_id, bucket HAVING sum(facts) > 0`);
  });
  return key;
}

/** After a bulk rebuild of the aggregates (the trigger was off): every registered term again. */
export async function rebuildTermTotals(q: Queryable): Promise<void> {
  await q.execute(sql`DELETE FROM monitoring_term_totals`);
  await q.execute(sql`INSERT INTO monitoring_term_totals (term, month, centre_id, bucket, facts, total)
    SELECT m.term, a.month, a.centre_id, a.bucket, sum(a.facts), sum(a.total)
    FROM monitoring_terms m JOIN monitoring_aggregates a ON a.kind = m.kind
    WHERE NOT EXISTS (SELECT 1 FROM jsonb_each(m.filter) f WHERE NOT (f.value ? (to_jsonb(a) ->> f.key)))
    GROUP BY 1, 2, 3, 4 HAVING sum(a.facts) > 0`);
}
