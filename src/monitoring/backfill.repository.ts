// Derives facts from the operational tables, for data recorded before the live feed did, for an
// installation that starts monitoring late, and as the hourly safety net behind the live feed. It
// runs the same derivations as the live feed (fact-derivations.ts) with the same event keys, so
// running it again, or after live recording, never counts an event twice; a table that does not
// exist yet (a capability not installed) is skipped.
import { rows, sql, type Queryable } from '../platform/db.js';
import type { SQL } from 'drizzle-orm';
import { bucketSql } from './facts.service.js';
import { derivations, derivedFacts, type Derivation } from './fact-derivations.js';

export interface BackfillResult {
  /** New facts per kind (0 when everything was already recorded). */
  added: Record<string, number>;
  skipped: string[];
}

async function existingTables(q: Queryable): Promise<Set<string>> {
  const found = await rows<{ tablename: string }>(q, sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  return new Set(found.map((row) => row.tablename));
}

/**
 * Inserts the derived facts that are new and folds exactly those into the aggregates, in one
 * statement; returns how many were new. Shared by the backfill and the live feed.
 */
export async function insertDerivedFacts(q: Queryable, derivation: Derivation, only: (alias: string) => SQL): Promise<number> {
  const inserted = await rows<{ n: number | string }>(
    q,
    sql`WITH derived AS (${derivedFacts(derivation, only)}),
        inserted AS (
          INSERT INTO monitoring_facts (kind, day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, event_key)
          SELECT ${derivation.kind}, day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, event_key
          FROM derived
          ON CONFLICT (kind, event_key) DO NOTHING
          RETURNING kind, day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value),
        folded AS (
          INSERT INTO monitoring_aggregates (kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total)
          SELECT kind, to_char(day, 'YYYY-MM'), centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, ${bucketSql(sql`value`)}, count(*), sum(value)
          FROM inserted GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
          ON CONFLICT ON CONSTRAINT monitoring_aggregates_pk
          DO UPDATE SET facts = monitoring_aggregates.facts + EXCLUDED.facts, total = monitoring_aggregates.total + EXCLUDED.total
          RETURNING 1)
        SELECT (SELECT count(*) FROM inserted) AS n, (SELECT count(*) FROM folded) AS groups`,
  );
  return Number(inserted[0]?.n ?? 0);
}

const everything = (): SQL => sql`TRUE`;

export async function backfillFacts(q: Queryable): Promise<BackfillResult> {
  const tables = await existingTables(q);
  const added: Record<string, number> = {};
  const skipped: string[] = [];
  for (const derivation of derivations) {
    const missing = derivation.needs.filter((table) => !tables.has(table));
    if (missing.length > 0) {
      skipped.push(`${derivation.kind} (${missing.join(', ')})`);
      continue;
    }
    added[derivation.kind] = await insertDerivedFacts(q, derivation, everything);
  }
  return { added, skipped };
}
