// The MANO track (maatschappelijke noodzaak): voluntary help is stuck or refused while the
// situation is concerning. Registered by a team decision with the family informed, it runs up to
// 65 working days and ends in one of three outcomes; the last one refers to the prosecutor with
// a letter generated from the file, reviewed by a second colleague and kept in the file.
import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { cases } from '../cases/cases.tables.js';
import { disclosures, partners } from '../partners/partners.tables.js';
import { teamDecisions } from '../teamwork/teamwork.tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => cases.id);

/** PDF bytes. PGlite hands back a Uint8Array and pg a Buffer: both become a Buffer here. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const manoOutcomes = ['not_necessary', 'necessary_help_accepted', 'necessary_no_cooperation'] as const;
export type ManoOutcome = (typeof manoOutcomes)[number];
export const voluntaryHelpStates = ['stuck', 'refused'] as const;

export const manoTracks = pgTable(
  'mano_tracks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    status: text('status', { enum: ['open', 'concluded'] }).notNull().default('open'),
    startDecisionId: uuid('start_decision_id')
      .notNull()
      .references(() => teamDecisions.id),
    /** Why voluntary help is not enough and the situation is concerning, in the team's words. */
    justification: text('justification').notNull(),
    developmentThreatened: boolean('development_threatened').notNull(),
    integrityHarmed: boolean('integrity_harmed').notNull(),
    voluntaryHelp: text('voluntary_help', { enum: voluntaryHelpStates }).notNull(),
    /** The help that was offered, to show the prosecutor what was tried. */
    helpOffered: text('help_offered').notNull(),
    startedOn: date('started_on').notNull(),
    /** 65 working days after the start (src/cases/deadlines/working-days.ts). */
    dueOn: date('due_on').notNull(),
    familyInformedOn: date('family_informed_on'),
    familyInformedHow: text('family_informed_how').notNull().default(''),
    outcome: text('outcome', { enum: manoOutcomes }),
    outcomeOn: date('outcome_on'),
    outcomeDecisionId: uuid('outcome_decision_id').references(() => teamDecisions.id),
    outcomeRationale: text('outcome_rationale').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('mano_tracks_case').on(t.caseId), uniqueIndex('mano_tracks_one_open').on(t.caseId).where(sql`status = 'open'`), index('mano_tracks_due').on(t.status, t.dueOn)],
);

export const letterStatuses = ['draft', 'reviewed', 'sent', 'superseded'] as const;

export const manoLetters = pgTable(
  'mano_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackId: uuid('track_id')
      .notNull()
      .references(() => manoTracks.id),
    caseId: caseRef(),
    prosecutorId: uuid('prosecutor_id')
      .notNull()
      .references(() => partners.id),
    status: text('status', { enum: letterStatuses }).notNull().default('draft'),
    pdf: bytea('pdf').notNull(),
    sha256: text('sha256').notNull(),
    generatedBy: uuid('generated_by')
      .notNull()
      .references(() => users.id),
    generatedAt: createdAt(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    sentBy: uuid('sent_by').references(() => users.id),
    sentOn: date('sent_on'),
    disclosureId: uuid('disclosure_id').references(() => disclosures.id),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [index('mano_letters_track').on(t.trackId)],
);
