import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centres, teams, users } from '../../access/access.tables.js';
import { cases } from '../cases.tables.js';

export const reportSources = ['professional', 'hotline', 'chat', 'family', 'child', 'citizen', 'other'] as const;
export type ReportSource = (typeof reportSources)[number];
/** What intake decides; `case` and `mano` open a case file, the others end at intake. */
export const intakeOutcomes = ['advice', 'consult', 'case', 'mano'] as const;
export type IntakeOutcome = (typeof intakeOutcomes)[number];

/**
 * A report (melding): one contact about a concern. Every report is counted, also the ones that
 * end as advice; the reporter's identity lives in a separate table (case_reporters).
 */
export const caseReports = pgTable(
  'case_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    source: text('source', { enum: reportSources }).notNull(),
    /** What was seen or heard, in the reporter's words as far as possible. */
    concern: text('concern').notNull(),
    problemCategory: text('problem_category').notNull(),
    forms: text('forms').array().notNull().default(sql`'{}'::text[]`),
    contexts: text('contexts').array().notNull().default(sql`'{}'::text[]`),
    urgency: text('urgency').notNull(),
    firstContactDueAt: timestamp('first_contact_due_at', { withTimezone: true }).notNull(),
    outcome: text('outcome', { enum: intakeOutcomes }),
    outcomeNote: text('outcome_note').notNull().default(''),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    triagedBy: uuid('triaged_by').references(() => users.id),
    caseId: uuid('case_id').references(() => cases.id),
    registeredBy: uuid('registered_by')
      .notNull()
      .references(() => users.id),
    /** The advice/consult request this report was converted from (when the family became known). */
    consultRequestId: uuid('consult_request_id'),
    /** Set when retention removed the report's text, reporter, children and transcript copy. */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_reports_team_outcome').on(t.teamId, t.outcome),
    index('case_reports_case').on(t.caseId),
    index('case_reports_centre_received').on(t.centreId, t.receivedAt),
  ],
);

/** The children a report is about (the "child registration" counting unit). */
export const caseReportChildren = pgTable(
  'case_report_children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => caseReports.id),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    dateOfBirth: date('date_of_birth'),
    unborn: boolean('unborn').notNull().default(false),
    expectedBirth: date('expected_birth'),
  },
  (t) => [index('case_report_children_report').on(t.reportId)],
);

/**
 * Who reported. Kept apart from the report on purpose: the reporter's identity is shown only to
 * the case team, through its own audited route, and never travels with the case file into
 * exports or to the family.
 */
export const caseReporters = pgTable('case_reporters', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => caseReports.id),
  anonymous: boolean('anonymous').notNull().default(false),
  name: text('name').notNull().default(''),
  organisation: text('organisation').notNull().default(''),
  profession: text('profession').notNull().default(''),
  relationToChild: text('relation_to_child').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  /** The reporter wants to hear back (a professional usually does). */
  wantsFeedback: boolean('wants_feedback').notNull().default(false),
  version: integer('version').notNull().default(1),
});

export interface TranscriptLine {
  from: 'child' | 'counsellor';
  body: string;
  sentAt: string;
}

/**
 * A chat transcript that came with a hand-off from the chat, copied only with the child's consent.
 * From then on it belongs to the report (and the case it opens): the chat's retention job no
 * longer reaches it, the case file's retention does. Without consent there is no row here.
 */
export const caseReportTranscripts = pgTable('case_report_transcripts', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => caseReports.id),
  lines: jsonb('lines').$type<TranscriptLine[]>().notNull(),
  /** Who agreed that the conversation may follow (the child, in practice). */
  consentBy: text('consent_by').notNull(),
  copiedAt: timestamp('copied_at', { withTimezone: true }).notNull().defaultNow(),
});
