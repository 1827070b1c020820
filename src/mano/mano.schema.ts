import { z } from 'zod';
import { letterStatuses, manoOutcomes, voluntaryHelpStates } from './mano.tables.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const version = z.number().int().min(1);

export const startManoInput = z.strictObject({
  /** The team decision (subject `mano_start`) that registers the track. */
  decisionId: z.uuid(),
  justification: required(10_000),
  developmentThreatened: z.boolean(),
  integrityHarmed: z.boolean(),
  voluntaryHelp: z.enum(voluntaryHelpStates),
  helpOffered: required(5_000),
  startedOn: isoDate.optional(),
  familyInformedOn: isoDate.nullable().default(null),
  familyInformedHow: text(500).default(''),
});
export type StartManoInput = z.infer<typeof startManoInput>;

export const updateManoInput = z.strictObject({
  version,
  justification: required(10_000).optional(),
  helpOffered: required(5_000).optional(),
  familyInformedOn: isoDate.nullable().optional(),
  familyInformedHow: text(500).optional(),
});
export type UpdateManoInput = z.infer<typeof updateManoInput>;

export const concludeManoInput = z.strictObject({
  version,
  outcome: z.enum(manoOutcomes),
  /** The team decision (subject `mano_outcome`) on the outcome. */
  decisionId: z.uuid(),
  rationale: text(10_000).default(''),
  outcomeOn: isoDate.optional(),
});
export type ConcludeManoInput = z.infer<typeof concludeManoInput>;

export const generateLetterInput = z.strictObject({ prosecutorId: z.uuid() });
export const reviewLetterInput = z.strictObject({ version });
export const sendLetterInput = z.strictObject({
  version,
  sentOn: isoDate.optional(),
  familyInformed: z.boolean(),
  familyInformedOn: isoDate.nullable().default(null),
  notInformedReason: text(2_000).default(''),
});
export type SendLetterInput = z.infer<typeof sendLetterInput>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const trackParams = z.strictObject({ id: z.uuid(), trackId: z.uuid() });
export const letterParams = z.strictObject({ id: z.uuid(), letterId: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });
export const clockResponse = z.object({
  startedOn: z.string(),
  dueOn: z.string(),
  workingDaysElapsed: z.number(),
  workingDaysLeft: z.number(),
  state: z.enum(['running', 'due_soon', 'overdue', 'concluded_in_time', 'concluded_late']),
});
export const letterResponse = z.object({
  id: z.uuid(),
  status: z.enum(letterStatuses),
  prosecutor: ref,
  sha256: z.string(),
  bytes: z.number(),
  generatedBy: ref,
  generatedAt: z.string(),
  reviewedBy: ref.nullable(),
  reviewedAt: z.string().nullable(),
  sentOn: z.string().nullable(),
  disclosureId: z.uuid().nullable(),
  version: z.number(),
});
export type LetterView = z.infer<typeof letterResponse>;
export const trackResponse = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'concluded']),
  startDecisionId: z.uuid(),
  justification: z.string(),
  developmentThreatened: z.boolean(),
  integrityHarmed: z.boolean(),
  voluntaryHelp: z.enum(voluntaryHelpStates),
  helpOffered: z.string(),
  familyInformedOn: z.string().nullable(),
  familyInformedHow: z.string(),
  clock: clockResponse,
  outcome: z.enum(manoOutcomes).nullable(),
  outcomeOn: z.string().nullable(),
  outcomeDecisionId: z.uuid().nullable(),
  outcomeRationale: z.string(),
  letters: z.array(letterResponse),
  createdBy: ref,
  version: z.number(),
});
export type TrackView = z.infer<typeof trackResponse>;
export const manoDueResponse = z.object({ tracks: z.array(z.object({ caseId: z.uuid(), caseNumber: z.string(), trackId: z.uuid(), familyInformed: z.boolean(), clock: clockResponse })) });
