// How each anonymous fact follows from an operational record. One list serves both feeds: the
// live feed runs a derivation for the one record a capability just wrote (`recordFactsOf`), the
// backfill runs it for every record. Same SQL, same event keys, so both give the same figures by
// construction (and `live-facts.test.ts` proves it). Plain SQL against other capabilities' tables
// is allowed here only because it is read-only and only produces anonymous facts.
import type { SQL } from 'drizzle-orm';
import { sql } from '../platform/db.js';

/** The operational tables that feed facts, named as the live feed names its sources. */
export const factSources = ['case_reports', 'cases', 'contact_registrations', 'chat_conversations', 'consult_requests', 'referrals', 'mano_tracks'] as const;
export type FactSource = (typeof factSources)[number];

/** The SQL twin of `eventKeyOf` in facts.service.ts. */
export function eventKeySql(kind: string, source: SQL): SQL {
  return sql`left(encode(sha256(convert_to(${`schakel-monitoring-v1|${kind}|`} || ${source}, 'UTF8')), 'hex'), 32)`;
}

const brusselsDay = (column: SQL): SQL => sql`(${column} AT TIME ZONE 'Europe/Brussels')::date`;
const daysBetween = (from: SQL, to: SQL): SQL => sql`round((EXTRACT(EPOCH FROM (${to} - ${from})) / 86400.0)::numeric, 3)::double precision`;
const datesBetween = (from: SQL, to: SQL): SQL => sql`(${to} - ${from})::double precision`;

/** Age band of a child on the day of the report, in the bands of the population file. */
const childAgeBand = sql`CASE
  WHEN c.unborn THEN 'unborn'
  WHEN c.date_of_birth IS NULL THEN 'unknown'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 3 THEN '0-2'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 6 THEN '3-5'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 12 THEN '6-11'
  WHEN date_part('year', age((r.received_at AT TIME ZONE 'Europe/Brussels')::date, c.date_of_birth)) < 18 THEN '12-17'
  ELSE '18+' END`;

export interface Derivation {
  kind: string;
  /** The record whose writes change this fact. */
  source: FactSource;
  /** Tables that must exist (a capability not installed is skipped). */
  needs: string[];
  /**
   * SELECT day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail,
   * value, source — restricted by `only` (the source record's own alias, e.g. `r.id = $1`).
   */
  select: (only: (alias: string) => SQL) => SQL;
  /** The source record's alias in `select`. */
  alias: string;
  /**
   * One fact per record has the event key `<source>:<id>`; facts per part (a form, a theme, a child)
   * have other keys, found among the facts of the record's day (`partsDay`).
   */
  parts?: { prefix: (id: string) => string; day: (id: string) => SQL };
  /**
   * The alias of the case this record belongs to, when the fact also carries the case's
   * classification (urgency, category, track): a retriaged case then re-derives these facts too.
   */
  caseAlias?: string;
}

const reportDay = (id: string): SQL => sql`(SELECT ${brusselsDay(sql`received_at`)} FROM case_reports WHERE id = ${id})`;
const contactDay = (id: string): SQL => sql`(SELECT ${brusselsDay(sql`contact_at`)} FROM contact_registrations WHERE id = ${id})`;

export const derivations: Derivation[] = [
  {
    kind: 'report',
    source: 'case_reports',
    alias: 'r',
    needs: ['case_reports'],
    select: (only) => sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, '', '', '', 1, 'case_reports:' || r.id FROM case_reports r WHERE ${only('r')}`,
  },
  {
    kind: 'report_outcome',
    source: 'case_reports',
    alias: 'r',
    needs: ['case_reports'],
    select: (only) => sql`SELECT ${brusselsDay(sql`r.triaged_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, r.outcome, '', '', 1, 'case_reports:' || r.id
      FROM case_reports r WHERE r.outcome IS NOT NULL AND r.triaged_at IS NOT NULL AND ${only('r')}`,
  },
  {
    kind: 'report_child',
    source: 'case_reports',
    alias: 'r',
    needs: ['case_reports', 'case_report_children'],
    select: (only) => sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, ${childAgeBand}, '', r.problem_category, r.urgency, '', '', '', 1, 'case_report_children:' || c.id
      FROM case_report_children c JOIN case_reports r ON r.id = c.report_id WHERE ${only('r')}`,
  },
  {
    kind: 'report_form',
    source: 'case_reports',
    alias: 'r',
    needs: ['case_reports'],
    select: (only) => sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, '', '', f.form, 1, 'case_reports:' || r.id || ':' || f.form
      FROM case_reports r CROSS JOIN LATERAL unnest(r.forms) AS f(form) WHERE ${only('r')}`,
    parts: { prefix: (id) => `case_reports:${id}:`, day: reportDay },
  },
  {
    kind: 'report_context',
    source: 'case_reports',
    alias: 'r',
    needs: ['case_reports'],
    select: (only) => sql`SELECT ${brusselsDay(sql`r.received_at`)}, r.centre_id, r.source, '', '', r.problem_category, r.urgency, '', '', x.context, 1, 'case_reports:' || r.id || ':' || x.context
      FROM case_reports r CROSS JOIN LATERAL unnest(r.contexts) AS x(context) WHERE ${only('r')}`,
    parts: { prefix: (id) => `case_reports:${id}:`, day: reportDay },
  },
  {
    kind: 'case_opened',
    source: 'cases',
    alias: 'k',
    needs: ['cases'],
    select: (only) => sql`SELECT ${brusselsDay(sql`k.opened_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency, '', k.track, '', 1, 'cases:' || k.id FROM cases k WHERE ${only('k')}`,
  },
  {
    kind: 'first_contact',
    source: 'cases',
    alias: 'k',
    needs: ['cases'],
    select: (only) => sql`SELECT ${brusselsDay(sql`k.first_contact_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency,
        CASE WHEN k.first_contact_at <= k.first_contact_due_at THEN 'met' ELSE 'late' END, k.track, '',
        ${daysBetween(sql`k.received_at`, sql`k.first_contact_at`)}, 'cases:' || k.id
      FROM cases k WHERE k.first_contact_at IS NOT NULL AND ${only('k')}`,
  },
  {
    kind: 'case_assigned',
    source: 'cases',
    alias: 'k',
    needs: ['cases'],
    select: (only) => sql`SELECT ${brusselsDay(sql`k.assigned_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency, '', k.track, '',
        ${daysBetween(sql`k.received_at`, sql`k.assigned_at`)}, 'cases:' || k.id
      FROM cases k WHERE k.assigned_at IS NOT NULL AND ${only('k')}`,
  },
  {
    kind: 'case_closed',
    source: 'cases',
    alias: 'k',
    needs: ['cases'],
    select: (only) => sql`SELECT ${brusselsDay(sql`k.closed_at`)}, k.centre_id, '', '', '', k.problem_category, k.urgency, coalesce(k.closure_outcome, ''), k.track, '',
        ${daysBetween(sql`k.opened_at`, sql`k.closed_at`)}, 'cases:' || k.id
      FROM cases k WHERE k.closed_at IS NOT NULL AND ${only('k')}`,
  },
  {
    kind: 'contact',
    source: 'contact_registrations',
    alias: 'c',
    needs: ['contact_registrations'],
    select: (only) => sql`SELECT ${brusselsDay(sql`c.contact_at`)}, c.centre_id, c.channel, c.age_band, c.gender, '', c.urgency, c.referral, '', c.caller_role, 1, 'contact_registrations:' || c.id
      FROM contact_registrations c WHERE ${only('c')}`,
  },
  {
    kind: 'contact_theme',
    source: 'contact_registrations',
    alias: 'c',
    needs: ['contact_registrations'],
    select: (only) => sql`SELECT ${brusselsDay(sql`c.contact_at`)}, c.centre_id, c.channel, c.age_band, c.gender, '', c.urgency, '', '', t.theme, 1, 'contact_registrations:' || c.id || ':' || t.theme
      FROM contact_registrations c CROSS JOIN LATERAL jsonb_array_elements_text(c.themes) AS t(theme) WHERE ${only('c')}`,
    parts: { prefix: (id) => `contact_registrations:${id}:`, day: contactDay },
  },
  {
    kind: 'chat_conversation',
    source: 'chat_conversations',
    alias: 'c',
    needs: ['chat_conversations'],
    select: (only) => sql`SELECT ${brusselsDay(sql`c.ended_at`)}, c.centre_id, 'chat', coalesce(c.age_band, ''), '', coalesce(c.topic, ''),
        CASE c.urgency WHEN 2 THEN 'urgent' WHEN 1 THEN 'fairly_urgent' ELSE 'can_wait' END, coalesce(c.end_reason, ''), '', '',
        CASE WHEN c.taken_at IS NULL THEN 0 ELSE ${daysBetween(sql`c.queued_at`, sql`c.taken_at`)} END, 'chat_conversations:' || c.id
      FROM chat_conversations c WHERE c.status = 'ended' AND c.ended_at IS NOT NULL AND ${only('c')}`,
  },
  {
    kind: 'consult',
    source: 'consult_requests',
    alias: 'c',
    needs: ['consult_requests'],
    select: (only) => sql`SELECT ${brusselsDay(sql`c.created_at`)}, c.centre_id, c.channel, '', '', '', '', '', '', c.sector, 1, 'consult_requests:' || c.id FROM consult_requests c WHERE ${only('c')}`,
  },
  // Referrals to partners: sent, accepted and started (value: days since sent, the waiting time),
  // or ended without help (refused, withdrawn). `detail` is the kind of partner (youth_care, itp …).
  ...(
    [
      ['referral_sent', 'x.sent_on', sql`1`, sql`''`, sql`x.sent_on IS NOT NULL`],
      ['referral_accepted', 'x.accepted_on', datesBetween(sql`x.sent_on`, sql`x.accepted_on`), sql`''`, sql`x.accepted_on IS NOT NULL`],
      ['referral_started', 'x.started_on', datesBetween(sql`x.sent_on`, sql`x.started_on`), sql`''`, sql`x.started_on IS NOT NULL`],
      ['referral_ended', 'x.closed_on', datesBetween(sql`x.sent_on`, sql`x.closed_on`), sql`x.status`, sql`x.closed_on IS NOT NULL AND x.status IN ('refused', 'withdrawn')`],
    ] as const
  ).map(
    ([kind, day, value, outcome, present]): Derivation => ({
      kind,
      source: 'referrals',
      alias: 'x',
      caseAlias: 'k',
      needs: ['referrals', 'partners', 'cases'],
      select: (only) => sql`SELECT ${sql.raw(day)}, k.centre_id, '', '', '', k.problem_category, k.urgency, ${outcome}, k.track, p.kind, ${value}, 'referrals:' || x.id
        FROM referrals x JOIN cases k ON k.id = x.case_id JOIN partners p ON p.id = x.partner_id WHERE ${present} AND ${only('x')}`,
    }),
  ),
  // MANO tracks: started (detail: voluntary help stuck or refused) and concluded (outcome; value:
  // calendar days the track ran).
  {
    kind: 'mano_started',
    source: 'mano_tracks',
    alias: 'm',
    caseAlias: 'k',
    needs: ['mano_tracks', 'cases'],
    select: (only) => sql`SELECT m.started_on, k.centre_id, '', '', '', k.problem_category, k.urgency, '', 'mano', m.voluntary_help, 1, 'mano_tracks:' || m.id
      FROM mano_tracks m JOIN cases k ON k.id = m.case_id WHERE ${only('m')}`,
  },
  {
    kind: 'mano_concluded',
    source: 'mano_tracks',
    alias: 'm',
    caseAlias: 'k',
    needs: ['mano_tracks', 'cases'],
    select: (only) => sql`SELECT m.outcome_on, k.centre_id, '', '', '', k.problem_category, k.urgency, m.outcome, 'mano', m.voluntary_help,
        ${datesBetween(sql`m.started_on`, sql`m.outcome_on`)}, 'mano_tracks:' || m.id
      FROM mano_tracks m JOIN cases k ON k.id = m.case_id WHERE m.outcome IS NOT NULL AND m.outcome_on IS NOT NULL AND ${only('m')}`,
  },
];

/** Codes in operational tables are checked like live facts: anything that is not a code becomes ''. */
export const codeOnly = (column: string): SQL => sql.raw(`CASE WHEN ${column} ~ '^[A-Za-z0-9_.+-]{0,64}$' THEN ${column} ELSE '' END`);

/** The derived rows with their event keys and codes checked, ready to compare or insert. */
export function derivedFacts(derivation: Derivation, only: (alias: string) => SQL): SQL {
  return sql`SELECT day, centre_id, ${codeOnly('channel')} AS channel, ${codeOnly('age_band')} AS age_band, ${codeOnly('gender')} AS gender, ${codeOnly('category')} AS category,
      ${codeOnly('urgency')} AS urgency, ${codeOnly('outcome')} AS outcome, ${codeOnly('track')} AS track, ${codeOnly('detail')} AS detail, value,
      ${eventKeySql(derivation.kind, sql`source`)} AS event_key
    FROM (${derivation.select(only)}) AS derived (day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, source)`;
}
