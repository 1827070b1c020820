// Assessments of a case: the ACE screening and the safety assessment in the Signs of Safety
// shape, with each person's 0–10 safety score and the doubts the team records while it decides
// under uncertainty. Rows belong to a case; who may read them is the case's access rule.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { casePersons, cases } from '../cases/cases.tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => cases.id);

/** The ten ACE categories of the CDC-Kaiser study (DOMAIN.md, ACEs). */
export const aceItems = [
  'emotional_abuse',
  'physical_abuse',
  'sexual_abuse',
  'emotional_neglect',
  'physical_neglect',
  'mother_treated_violently',
  'household_substance_abuse',
  'household_mental_illness',
  'parental_separation',
  'incarcerated_household_member',
] as const;
export type AceItem = (typeof aceItems)[number];
/** `unknown` and `declined` are answers too (WHO ACE-IQ codes 77 and 88): they are not a "no". */
export const aceAnswers = ['yes', 'no', 'unknown', 'declined'] as const;
export type AceAnswer = (typeof aceAnswers)[number];

export const aceScreenings = pgTable(
  'ace_screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    /** Whose childhood the screening is about: the child, or a parent's own childhood. */
    personId: uuid('person_id')
      .notNull()
      .references(() => casePersons.id),
    screenedOn: date('screened_on').notNull(),
    answers: jsonb('answers').$type<Record<AceItem, AceAnswer>>().notNull(),
    /** Derived from the answers on every save; stored so anonymous statistics outlive the answers. */
    score: integer('score').notNull(),
    unanswered: integer('unanswered').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('ace_screenings_case').on(t.caseId), check('ace_screenings_score', sql`${t.score} between 0 and 10`)],
);

export interface DangerStatement {
  id: string;
  /** Who is worried: "de school", "de VK-medewerker", "oma". */
  worriedWho: string;
  worry: string;
  /** What could happen to the child if nothing changes. */
  impact: string;
}
export interface SafetyGoal {
  dangerStatementId: string;
  goal: string;
}
export interface NextStep {
  id: string;
  what: string;
  who: string;
  dueOn: string | null;
}

export const safetyAssessmentStatuses = ['draft', 'completed'] as const;

export const safetyAssessments = pgTable(
  'safety_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    assessedOn: date('assessed_on').notNull(),
    status: text('status', { enum: safetyAssessmentStatuses }).notNull().default('draft'),
    harm: text('harm').notNull().default(''),
    dangerStatements: jsonb('danger_statements').$type<DangerStatement[]>().notNull(),
    complicatingFactors: text('complicating_factors').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    existingSafety: text('existing_safety').notNull().default(''),
    safetyGoals: jsonb('safety_goals').$type<SafetyGoal[]>().notNull(),
    nextSteps: jsonb('next_steps').$type<NextStep[]>().notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('safety_assessments_case').on(t.caseId)],
);

export const scorerKinds = ['worker', 'parent', 'child', 'partner', 'network'] as const;
export type ScorerKind = (typeof scorerKinds)[number];

/**
 * One person's answer to "how safe is the child, 0–10" at a moment. Never overwritten: a new
 * score is a new row, so the scale over time and the disagreement between people stay visible.
 */
export const safetyScaleScores = pgTable(
  'safety_scale_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => safetyAssessments.id),
    scorerKind: text('scorer_kind', { enum: scorerKinds }).notNull(),
    /** Who scored in the family's words ("mama", "Noor", "de leerkracht"). */
    scorerLabel: text('scorer_label').notNull(),
    personId: uuid('person_id').references(() => casePersons.id),
    score: integer('score').notNull(),
    explanation: text('explanation').notNull().default(''),
    scoredOn: date('scored_on').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('safety_scale_scores_assessment').on(t.assessmentId), check('safety_scale_scores_range', sql`${t.score} between 0 and 10`)],
);

export const doubtKinds = ['doubt', 'open_question', 'disagreement'] as const;
export type DoubtKind = (typeof doubtKinds)[number];

/**
 * Acting under uncertainty, made explicit: what we do not know (or do not agree on), why it
 * matters and what would resolve it. Resolving records the answer; the doubt itself stays.
 */
export const caseDoubts = pgTable(
  'case_doubts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    assessmentId: uuid('assessment_id').references(() => safetyAssessments.id),
    kind: text('kind', { enum: doubtKinds }).notNull(),
    question: text('question').notNull(),
    whyItMatters: text('why_it_matters').notNull().default(''),
    wouldResolve: text('would_resolve').notNull(),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    raisedAt: createdAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    answer: text('answer'),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [index('case_doubts_case').on(t.caseId)],
);
