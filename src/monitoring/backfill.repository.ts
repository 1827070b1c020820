// Derives facts from the operational tables that exist so far, for data recorded before the live
// feed did (or for an installation that starts monitoring late). Plain SQL against other
// capabilities' tables is allowed here only because it is read-only and only produces anonymous
// facts; a table that does not exist yet (a capability not installed) is skipped. Each statement
// carries the same event key as the live feed, so running it again, or after live recording,
// never counts an event twice.
import { rows, sql, type Queryable } from '../platform/db.js';
import type { SQL } from 'drizzle-orm';
import { bucketSql } from './facts.service.js';

/** The SQL twin of `eventKeyOf` in facts.service.ts. */
function eventKeySql(kind: string, source: SQL): SQL {
  return sql`left(encode(sha256(convert_to(${`schakel-monitoring-v1|${kind}|`} || ${source}, 'UTF8')), 'hex'), 32)`;
}

const brusselsDay = (column: SQL): SQL => sql`(${column} AT TIME ZONE 'Europe/Brussels')::date`;
const daysBetween = (from: SQL, to: SQL): SQL => sql`round((EXTRACT(EPOCH FROM (${to} - ${from})) / 86400.0)::numeric, 3)::double precision`;

/** Age band of a child on the day of the report, in the bands of the population file. */
const childAgeBand = sql`CASE
  WHEN c.unborn THEN 'unborn'
  WHEN c.date_of_birth IS NULL THEN 'unknown'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 3 THEN '0-2'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 6 THEN '3-5'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 12 THEN '6-11'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 18 THEN '12-17'
  ELSE '18+' END`;

interface Derivation {
  kind: string;
  /** Tables that must exist. */
  needs: string[];
  /** SELECT day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, source. */
  select: SQL;
}

const derivations: Derivation[] = [
  {
    kind: 'report',
    needs: ['case_reports'],
    select: sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, '', '', '', 1, 'case_reports:' || r.id FROM case_reports r`,
  },
  {
    kind: 'report_outcome',
    needs: ['case_reports'],
    select: sql`SELECT ${brusselsDay(sql`r.triaged_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, r.outcome, '', '', 1, 'case_reports:' || r.id
      FROM case_reports r WHERE r.outcome IS NOT NULL AND r.triaged_at IS NOT NULL`,
  },
  {
    kind: 'report_child',
    needs: ['case_reports', 'case_report_children'],
    select: sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, ${childAgeBand}, '', r.problem_category, r.urgency, '', '', '', 1, 'case_report_children:' || c.id
      FROM case_report_children c JOIN case_reports r ON r.id = c.report_id`,
  },
  {
    kind: 'report_form',
    needs: ['case_reports'],
    select: sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, '', '', f.form, 1, 'case_reports:' || r.id || ':' || f.form
      FROM case_reports r CROSS JOIN LATERAL unnest(r.forms) AS f(form)`,
  },
  {
    kind: 'report_context',
    needs: ['case_reports'],
    select: sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, '', '', x.context, 1, 'case_reports:' || r.id || ':' || x.context
      FROM case_reports r CROSS JOIN LATERAL unnest(r.contexts) AS x(context)`,
  },
  {
    kind: 'case_opened',
    needs: ['cases'],
    select: sql`SELECT ${brusselsDay(sql`k.opened_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency, '', k.track, '', 1, 'cases:' || k.id FROM cases k`,
  },
  {
    kind: 'first_contact',
    needs: ['cases'],
    select: sql`SELECT ${brusselsDay(sql`k.first_contact_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency,
        CASE WHEN k.first_contact_at <= k.first_contact_due_at THEN 'met' ELSE 'late' END, k.track, '',
        ${daysBetween(sql`k.received_at`, sql`k.first_contact_at`)}, 'cases:' || k.id
      FROM cases k WHERE k.first_contact_at IS NOT NULL`,
  },
  {
    kind: 'case_assigned',
    needs: ['cases'],
    select: sql`SELECT ${brusselsDay(sql`k.assigned_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency, '', k.track, '',
        ${daysBetween(sql`k.received_at`, sql`k.assigned_at`)}, 'cases:' || k.id
      FROM cases k WHERE k.assigned_at IS NOT NULL`,
  },
  {
    kind: 'case_closed',
    needs: ['cases'],
    select: sql`SELECT ${brusselsDay(sql`k.closed_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency, coalesce(k.closure_outcome, ''), k.track, '',
        ${daysBetween(sql`k.opened_at`, sql`k.closed_at`)}, 'cases:' || k.id
      FROM cases k WHERE k.closed_at IS NOT NULL`,
  },
  {
    kind: 'contact',
    needs: ['contact_registrations'],
    select: sql`SELECT ${brusselsDay(sql`c.contact_at`)}, c.centre_id, c.channel, c.age_band, c.gender, '', c.urgency, c.referral, '', c.caller_role, 1, 'contact_registrations:' || c.id
      FROM contact_registrations c`,
  },
  {
    kind: 'contact_theme',
    needs: ['contact_registrations'],
    select: sql`SELECT ${brusselsDay(sql`c.contact_at`)}, c.centre_id, c.channel, c.age_band, c.gender, '', c.urgency, '', '', t.theme, 1, 'contact_registrations:' || c.id || ':' || t.theme
      FROM contact_registrations c CROSS JOIN LATERAL jsonb_array_elements_text(c.themes) AS t(theme)`,
  },
  {
    kind: 'chat_conversation',
    needs: ['chat_conversations'],
    select: sql`SELECT ${brusselsDay(sql`c.ended_at`)}, c.centre_id, 'chat', coalesce(c.age_band, ''), '', coalesce(c.topic, ''),
        CASE c.urgency WHEN 2 THEN 'urgent' WHEN 1 THEN 'fairly_urgent' ELSE 'can_wait' END, coalesce(c.end_reason, ''), '', '',
        CASE WHEN c.taken_at IS NULL THEN 0 ELSE ${daysBetween(sql`c.queued_at`, sql`c.taken_at`)} END, 'chat_conversations:' || c.id
      FROM chat_conversations c WHERE c.status = 'ended' AND c.ended_at IS NOT NULL`,
  },
  {
    kind: 'consult',
    needs: ['consult_requests'],
    select: sql`SELECT ${brusselsDay(sql`c.created_at`)}, c.centre_id, c.channel, '', '', '', '', '', '', c.sector, 1, 'consult_requests:' || c.id FROM consult_requests c`,
  },
];

export interface BackfillResult {
  /** New facts per kind (0 when everything was already recorded). */
  added: Record<string, number>;
  skipped: string[];
}

async function existingTables(q: Queryable): Promise<Set<string>> {
  const found = await rows<{ tablename: string }>(q, sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  return new Set(found.map((row) => row.tablename));
}

/** Codes in operational tables are checked like live facts: anything that is not a code becomes ''. */
const codeOnly = (column: string): SQL => sql.raw(`CASE WHEN ${column} ~ '^[A-Za-z0-9_.+-]{0,64}$' THEN ${column} ELSE '' END`);

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
    // Insert the new facts and fold them into the aggregates in one statement: only what was
    // actually new (not already recorded live) is added.
    const inserted = await rows<{ n: number | string }>(
      q,
      sql`WITH derived (day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, source) AS (${derivation.select}),
          inserted AS (
            INSERT INTO monitoring_facts (kind, day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, event_key)
            SELECT ${derivation.kind}, day, centre_id, ${codeOnly('channel')}, ${codeOnly('age_band')}, ${codeOnly('gender')}, ${codeOnly('category')},
                   ${codeOnly('urgency')}, ${codeOnly('outcome')}, ${codeOnly('track')}, ${codeOnly('detail')}, value, ${eventKeySql(derivation.kind, sql`source`)}
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
    added[derivation.kind] = Number(inserted[0]?.n ?? 0);
  }
  return { added, skipped };
}
