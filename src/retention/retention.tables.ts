// Retention of case-work records (assessments, plans, team work, referrals and disclosures, MANO):
// a period per record type, counted from the day the case was closed. The purge removes the
// records and keeps only anonymous counts; every run is reported, and a dry run comes first.
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centres, users } from '../access/access.tables.js';
import { cases } from '../cases/cases.tables.js';

export const retentionRecordTypes = [
  'ace_screening',
  'safety_assessment',
  'safety_plan',
  'recovery_plan',
  'teamwork',
  'referral',
  'disclosure',
  'mano_track',
  'document',
  /** The case file itself (persons, relations, notes, its reports and reporters): leaves a tombstone. */
  'case_file',
  /** A report that ended at intake (advice, consult), counted from the intake decision. */
  'intake_report',
  /** A professional's advice or consult request, counted from its closure; one that became a report follows it. */
  'consult_request',
] as const;
export type RetentionRecordType = (typeof retentionRecordTypes)[number];

export const retentionPolicies = pgTable('retention_policies', {
  recordType: text('record_type', { enum: retentionRecordTypes }).primaryKey(),
  /** Months after the case was closed; the record is purged once they have passed. */
  keepMonths: integer('keep_months').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What a run found or removed, per record type: counts only, never ids or content. */
export interface RetentionReportLine {
  recordType: RetentionRecordType;
  keepMonths: number;
  closedBefore: string;
  cases: number;
  records: number;
}

export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mode: text('mode', { enum: ['dry_run', 'purge'] }).notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
    ranBy: uuid('ran_by').references(() => users.id),
    /** The policies as they were, so a purge can insist on the dry run of the same rules. */
    policyVersions: jsonb('policy_versions').$type<Record<string, number>>().notNull(),
    report: jsonb('report').$type<RetentionReportLine[]>().notNull(),
    /** For a purge: the dry run it followed. */
    dryRunId: uuid('dry_run_id'),
    /**
     * The centre whose records a DPO or administrator ran it for, from the retention screen; null
     * for the daily job and the command line, which run for every centre.
     */
    centreId: uuid('centre_id').references(() => centres.id),
  },
  (t) => [index('retention_runs_ran_at').on(t.ranAt)],
);

/**
 * The anonymous statistics a purge leaves behind: per centre, year of closure, metric and coded
 * value, a count. No case, person or free text; no foreign key to what was purged.
 */
export const caseworkStatistics = pgTable(
  'casework_statistics',
  {
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    year: integer('year').notNull(),
    /** e.g. `ace_score`, `mano_outcome`, `disclosure_legal_basis`, `referral_partner_kind`. */
    metric: text('metric').notNull(),
    value: text('value').notNull(),
    count: integer('count').notNull(),
    updatedOn: date('updated_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.year, t.metric, t.value] })],
);

/**
 * A retention hold: a team lead keeps a closed case file from being purged (a court case, a
 * complaint, a request from the prosecutor). The reason stays here, never in the audit log.
 */
export const retentionHolds = pgTable('retention_holds', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  reason: text('reason').notNull(),
  setBy: uuid('set_by')
    .notNull()
    .references(() => users.id),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
});
