// The live feed: a capability that writes a countable record calls `recordFactsOf(tx, source, id)`
// in its own transaction, after the write. The record's facts then mirror its current state: new
// facts are recorded (a report triaged, a first contact made, a referral started), facts that no
// longer hold are withdrawn (a reclassified report, a reopened case, a chat resumed), each with its
// aggregate, and all of it commits or rolls back with the caller's change. The backfill runs the
// same derivations for every record, so live figures and a backfill from scratch agree.
import type { SQL } from 'drizzle-orm';
import { rows, sql, type Queryable } from '../platform/db.js';
import { insertDerivedFacts } from './backfill.repository.js';
import { derivations, derivedFacts, eventKeySql, type Derivation, type FactSource } from './fact-derivations.js';
import { bucketSql } from './facts.service.js';

export type { FactSource } from './fact-derivations.js';

const FACT_COLUMNS = ['day', 'centre_id', 'channel', 'age_band', 'gender', 'category', 'urgency', 'outcome', 'track', 'detail', 'value'] as const;
const sameFact = sql.raw(FACT_COLUMNS.map((c) => `d.${c} = f.${c}`).join(' AND '));

/** Event keys this record may have produced before: its own key, its current parts, and parts it had on its day. */
function candidateKeys(derivation: Derivation, source: FactSource, id: string): SQL {
  const own = sql`SELECT ${eventKeySql(derivation.kind, sql`${`${source}:${id}`}`)}`;
  if (!derivation.parts) return own;
  const prefix = derivation.parts.prefix(id);
  return sql`${own} UNION SELECT ${eventKeySql(derivation.kind, sql`${prefix} || f.detail`)} FROM monitoring_facts f
    WHERE f.kind = ${derivation.kind} AND f.day = ${derivation.parts.day(id)}`;
}

/** Withdraws the record's facts that no longer match what it derives now; returns their months. */
async function withdrawStale(q: Queryable, derivation: Derivation, source: FactSource, id: string, only: (alias: string) => SQL): Promise<string[]> {
  const removed = await rows<{ month: string }>(
    q,
    sql`WITH derived AS (${derivedFacts(derivation, only)}),
        candidates AS (SELECT event_key FROM derived UNION ${candidateKeys(derivation, source, id)}),
        removed AS (
          DELETE FROM monitoring_facts f
          WHERE f.kind = ${derivation.kind} AND f.event_key IN (SELECT event_key FROM candidates)
            AND NOT EXISTS (SELECT 1 FROM derived d WHERE d.event_key = f.event_key AND ${sameFact})
          RETURNING kind, day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value),
        folded AS (
          INSERT INTO monitoring_aggregates (kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total)
          SELECT kind, to_char(day, 'YYYY-MM'), centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, ${bucketSql(sql`value`)}, -count(*), -sum(value)
          FROM removed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
          ON CONFLICT ON CONSTRAINT monitoring_aggregates_pk
          DO UPDATE SET facts = monitoring_aggregates.facts + EXCLUDED.facts, total = monitoring_aggregates.total + EXCLUDED.total
          RETURNING 1)
        SELECT DISTINCT to_char(day, 'YYYY-MM') AS month FROM removed`,
  );
  const months = removed.map((r) => r.month);
  if (months.length > 0) {
    await q.execute(sql`DELETE FROM monitoring_aggregates WHERE kind = ${derivation.kind} AND month IN (${sql.join(months.map((m) => sql`${m}`), sql`, `)}) AND facts <= 0`);
  }
  return months;
}

/**
 * Brings the facts of one operational record up to date with its current state, in the caller's
 * transaction: call it after every write that may change what the record counts for.
 */
export async function recordFactsOf(q: Queryable, source: FactSource, id: string): Promise<void> {
  const byId = (alias: string): SQL => sql`${sql.raw(alias)}.id = ${id}`;
  for (const derivation of derivations) {
    if (derivation.source === source) {
      await withdrawStale(q, derivation, source, id, byId);
      await insertDerivedFacts(q, derivation, byId);
    } else if (source === 'cases' && derivation.caseAlias) {
      // A case's referrals and MANO tracks carry its classification: follow a retriage.
      const ofCase = (): SQL => sql`${sql.raw(derivation.caseAlias!)}.id = ${id}`;
      await withdrawStale(q, derivation, source, id, ofCase);
      await insertDerivedFacts(q, derivation, ofCase);
    }
  }
}
