// The safety plan (immediate safety: rules, who in the network checks what, review dates, the
// family's signatures) and the recovery plan (goals, protective factors, actions with owners,
// progress) shared with partners field by field: one family, one plan.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { casePersons, cases } from '../cases/cases.tables.js';
import { disclosures, partners } from '../partners/partners.tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => cases.id);
const userRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id);

export interface SafetyRule {
  id: string;
  rule: string;
}
export interface NetworkMember {
  id: string;
  name: string;
  /** How this person stands to the family: "oma", "buurvrouw", "klasleraar". */
  relation: string;
  personId: string | null;
  /** What this person checks, in words, and the rules it concerns. */
  checks: string;
  ruleIds: string[];
}

/** One safety plan per case; each saved change is a new numbered version (never overwritten). */
export const safetyPlans = pgTable(
  'safety_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    currentNumber: integer('current_number').notNull(),
    /** When the current version must be reviewed; drives "reviews due" on the worker's list. */
    nextReviewOn: date('next_review_on').notNull(),
    status: text('status', { enum: ['active', 'ended'] }).notNull().default('active'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('safety_plans_case').on(t.caseId), index('safety_plans_review').on(t.nextReviewOn)],
);

export const safetyPlanVersions = pgTable(
  'safety_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => safetyPlans.id),
    caseId: caseRef(),
    number: integer('number').notNull(),
    rules: jsonb('rules').$type<SafetyRule[]>().notNull(),
    network: jsonb('network').$type<NetworkMember[]>().notNull(),
    reviewOn: date('review_on').notNull(),
    changeNote: text('change_note').notNull().default(''),
    createdBy: userRef('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('safety_plan_versions_number').on(t.planId, t.number)],
);

export const signerRoles = ['parent', 'child', 'caregiver', 'network', 'other'] as const;
export const signatureMethods = ['signed_on_paper', 'verbal', 'digital'] as const;

/** The family's agreement to one version: a later version needs its own signatures. */
export const safetyPlanSignatures = pgTable(
  'safety_plan_signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => safetyPlanVersions.id),
    caseId: caseRef(),
    signerLabel: text('signer_label').notNull(),
    signerRole: text('signer_role', { enum: signerRoles }).notNull(),
    personId: uuid('person_id').references(() => casePersons.id),
    /** Consent can be refused: that is recorded too, never left blank. */
    agrees: boolean('agrees').notNull(),
    method: text('method', { enum: signatureMethods }).notNull(),
    signedOn: date('signed_on').notNull(),
    remark: text('remark').notNull().default(''),
    recordedBy: userRef('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('safety_plan_signatures_version').on(t.versionId)],
);

export const reviewOutcomes = ['continue', 'revised', 'ended'] as const;

export const safetyPlanReviews = pgTable(
  'safety_plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => safetyPlans.id),
    caseId: caseRef(),
    versionNumber: integer('version_number').notNull(),
    reviewedOn: date('reviewed_on').notNull(),
    outcome: text('outcome', { enum: reviewOutcomes }).notNull(),
    note: text('note').notNull().default(''),
    nextReviewOn: date('next_review_on'),
    reviewedBy: userRef('reviewed_by'),
    createdAt: createdAt(),
  },
  (t) => [index('safety_plan_reviews_plan').on(t.planId)],
);

export const itemProgress = ['planned', 'in_progress', 'reached', 'dropped'] as const;
export type ItemProgress = (typeof itemProgress)[number];
export interface RecoveryGoal {
  id: string;
  /** The child the goal is for (child goals), or null for the family. */
  personId: string | null;
  goal: string;
  progress: ItemProgress;
}
export interface ProtectiveFactor {
  id: string;
  factor: string;
  progress: ItemProgress;
}
export const actionOwnerKinds = ['staff', 'partner', 'family'] as const;
export interface RecoveryAction {
  id: string;
  what: string;
  ownerKind: (typeof actionOwnerKinds)[number];
  ownerUserId: string | null;
  ownerPartnerId: string | null;
  /** The owner in words ("mama", "CGG – therapeut van Noor"). */
  ownerLabel: string;
  dueOn: string | null;
  progress: ItemProgress;
}

export const recoveryPlans = pgTable(
  'recovery_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    childGoals: jsonb('child_goals').$type<RecoveryGoal[]>().notNull(),
    familyGoals: jsonb('family_goals').$type<RecoveryGoal[]>().notNull(),
    protectiveFactors: jsonb('protective_factors').$type<ProtectiveFactor[]>().notNull(),
    actions: jsonb('actions').$type<RecoveryAction[]>().notNull(),
    createdBy: userRef('created_by'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('recovery_plans_case').on(t.caseId)],
);

export const recoveryProgressNotes = pgTable(
  'recovery_progress_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => recoveryPlans.id),
    caseId: caseRef(),
    concernsDate: date('concerns_date').notNull(),
    body: text('body').notNull(),
    /** Whether partners who see progress notes may see this one (some notes stay internal). */
    shareable: boolean('shareable').notNull().default(false),
    authorId: userRef('author_id'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_progress_notes_plan').on(t.planId, t.concernsDate)],
);

/** The parts of the recovery plan a partner may see. */
export const shareableFields = ['childGoals', 'familyGoals', 'protectiveFactors', 'actions', 'progressNotes'] as const;
export type ShareableField = (typeof shareableFields)[number];

/** What one partner sees of the plan; widening it is a disclosure, so each share carries one. */
export const recoveryPlanShares = pgTable(
  'recovery_plan_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => recoveryPlans.id),
    caseId: caseRef(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    fields: text('fields').array().notNull(),
    disclosureId: uuid('disclosure_id')
      .notNull()
      .references(() => disclosures.id),
    sharedBy: userRef('shared_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('recovery_plan_shares_partner').on(t.planId, t.partnerId).where(sql`revoked_at is null`)],
);
