import { z } from 'zod';
import { aceAnswers, aceItems, doubtKinds, safetyAssessmentStatuses, scorerKinds, type AceItem } from './assessments.tables.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const version = z.number().int().min(1);

const answer = z.enum(aceAnswers);
const answerShape = Object.fromEntries(aceItems.map((item) => [item, answer])) as Record<AceItem, typeof answer>;
export const aceAnswersInput = z.strictObject(answerShape);

export const aceInput = z.strictObject({
  personId: z.uuid(),
  screenedOn: isoDate.optional(),
  answers: aceAnswersInput,
  note: text(5_000).default(''),
});
export type AceInput = z.infer<typeof aceInput>;
export const aceUpdate = z.strictObject({ version, screenedOn: isoDate.optional(), answers: aceAnswersInput.partial().optional(), note: text(5_000).optional() });
export type AceUpdate = z.infer<typeof aceUpdate>;

const dangerStatementInput = z.strictObject({
  /** Omitted for a new statement; kept for an existing one so its goal and history follow it. */
  id: z.uuid().optional(),
  worriedWho: required(200),
  worry: required(2_000),
  impact: required(2_000),
  /** One safety goal per danger statement: what the child's life looks like when it is safe. */
  safetyGoal: text(2_000).default(''),
});
const nextStepInput = z.strictObject({ id: z.uuid().optional(), what: required(1_000), who: text(200).default(''), dueOn: isoDate.nullable().default(null) });

const assessmentFields = {
  assessedOn: isoDate.optional(),
  harm: text(10_000).default(''),
  dangerStatements: z.array(dangerStatementInput).max(10).default([]),
  complicatingFactors: text(10_000).default(''),
  strengths: text(10_000).default(''),
  existingSafety: text(10_000).default(''),
  nextSteps: z.array(nextStepInput).max(30).default([]),
};
export const safetyAssessmentInput = z.strictObject(assessmentFields);
export type SafetyAssessmentInput = z.infer<typeof safetyAssessmentInput>;
export const safetyAssessmentUpdate = z.strictObject({
  version,
  assessedOn: isoDate.optional(),
  harm: text(10_000).optional(),
  dangerStatements: z.array(dangerStatementInput).max(10).optional(),
  complicatingFactors: text(10_000).optional(),
  strengths: text(10_000).optional(),
  existingSafety: text(10_000).optional(),
  nextSteps: z.array(nextStepInput).max(30).optional(),
});
export type SafetyAssessmentUpdate = z.infer<typeof safetyAssessmentUpdate>;

export const scaleScoreInput = z.strictObject({
  scorerKind: z.enum(scorerKinds),
  scorerLabel: required(200),
  personId: z.uuid().nullable().default(null),
  score: z.number().int().min(0).max(10),
  explanation: text(2_000).default(''),
  scoredOn: isoDate.optional(),
});
export type ScaleScoreInput = z.infer<typeof scaleScoreInput>;

export const doubtInput = z.strictObject({
  kind: z.enum(doubtKinds),
  question: required(2_000),
  whyItMatters: text(2_000).default(''),
  wouldResolve: required(2_000),
  assessmentId: z.uuid().nullable().default(null),
});
export type DoubtInput = z.infer<typeof doubtInput>;
export const doubtUpdate = z.strictObject({ version, kind: z.enum(doubtKinds).optional(), question: required(2_000).optional(), whyItMatters: text(2_000).optional(), wouldResolve: required(2_000).optional() });
export type DoubtUpdate = z.infer<typeof doubtUpdate>;
export const doubtResolution = z.strictObject({ version, answer: required(5_000) });

export const versionOnly = z.strictObject({ version });
export const caseParams = z.strictObject({ id: z.uuid() });
export const screeningParams = z.strictObject({ id: z.uuid(), screeningId: z.uuid() });
export const assessmentParams = z.strictObject({ id: z.uuid(), assessmentId: z.uuid() });
export const doubtParams = z.strictObject({ id: z.uuid(), doubtId: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });

export const aceResponse = z.object({
  id: z.uuid(),
  person: ref,
  screenedOn: z.string(),
  answers: z.object(answerShape),
  score: z.number(),
  unanswered: z.number(),
  /** Four or more: a signal to discuss in the team (never a verdict). */
  signal: z.boolean(),
  signalPossible: z.boolean(),
  /** The score in words, in the caller's language. */
  interpretation: z.array(z.string()),
  note: z.string(),
  recordedBy: ref,
  updatedAt: z.string(),
  version: z.number(),
});

const scaleScoreResponse = z.object({
  id: z.uuid(),
  scorerKind: z.enum(scorerKinds),
  scorerLabel: z.string(),
  personId: z.uuid().nullable(),
  score: z.number(),
  explanation: z.string(),
  scoredOn: z.string(),
});

export const safetyAssessmentResponse = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  status: z.enum(safetyAssessmentStatuses),
  harm: z.string(),
  dangerStatements: z.array(z.object({ id: z.uuid(), worriedWho: z.string(), worry: z.string(), impact: z.string(), safetyGoal: z.string() })),
  complicatingFactors: z.string(),
  strengths: z.string(),
  existingSafety: z.string(),
  nextSteps: z.array(z.object({ id: z.uuid(), what: z.string(), who: z.string(), dueOn: z.string().nullable() })),
  scale: z.object({
    latest: z.array(scaleScoreResponse),
    history: z.array(scaleScoreResponse),
    lowest: z.number().nullable(),
    highest: z.number().nullable(),
    spread: z.number(),
    disagreement: z.boolean(),
  }),
  /** Advice, not errors: e.g. more than three danger statements, a statement without a goal. */
  hints: z.array(z.object({ code: z.string(), message: z.string() })),
  recordedBy: ref,
  completedAt: z.string().nullable(),
  completedBy: ref.nullable(),
  updatedAt: z.string(),
  version: z.number(),
});
export type SafetyAssessmentView = z.infer<typeof safetyAssessmentResponse>;

export const doubtResponse = z.object({
  id: z.uuid(),
  kind: z.enum(doubtKinds),
  question: z.string(),
  whyItMatters: z.string(),
  wouldResolve: z.string(),
  assessmentId: z.uuid().nullable(),
  raisedBy: ref,
  raisedAt: z.string(),
  resolved: z.boolean(),
  resolvedAt: z.string().nullable(),
  resolvedBy: ref.nullable(),
  answer: z.string().nullable(),
  version: z.number(),
});

export const assessmentsResponse = z.object({
  aceScreenings: z.array(aceResponse),
  safetyAssessments: z.array(safetyAssessmentResponse),
  doubts: z.array(doubtResponse),
});
