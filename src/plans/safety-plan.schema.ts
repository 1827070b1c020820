import { z } from 'zod';
import { reviewOutcomes, signatureMethods, signerRoles } from './plans.tables.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const version = z.number().int().min(1);

const ruleInput = z.strictObject({ id: z.uuid().optional(), rule: required(1_000) });
const networkInput = z.strictObject({
  id: z.uuid().optional(),
  name: required(200),
  relation: text(200).default(''),
  personId: z.uuid().nullable().default(null),
  checks: text(1_000).default(''),
  ruleIds: z.array(z.uuid()).max(30).default([]),
});

const planContent = {
  rules: z.array(ruleInput).min(1).max(30),
  network: z.array(networkInput).max(30).default([]),
  reviewOn: isoDate,
  changeNote: text(2_000).default(''),
};
export const safetyPlanInput = z.strictObject(planContent);
export type SafetyPlanInput = z.infer<typeof safetyPlanInput>;
/** A new version names the plan version it was based on; `reviewed` records it as the review's outcome. */
export const safetyPlanVersionInput = z.strictObject({ version, ...planContent, reviewed: z.boolean().default(false) });
export type SafetyPlanVersionInput = z.infer<typeof safetyPlanVersionInput>;

export const signatureInput = z.strictObject({
  signerLabel: required(200),
  signerRole: z.enum(signerRoles),
  personId: z.uuid().nullable().default(null),
  agrees: z.boolean(),
  method: z.enum(signatureMethods),
  signedOn: isoDate.optional(),
  remark: text(2_000).default(''),
});
export type SignatureInput = z.infer<typeof signatureInput>;

export const reviewInput = z
  .strictObject({
    version,
    reviewedOn: isoDate.optional(),
    /** A revision is a new version (see the versions route); here the plan continues or ends. */
    outcome: z.enum(reviewOutcomes).exclude(['revised']),
    note: text(5_000).default(''),
    nextReviewOn: isoDate.nullable().default(null),
  });
export type ReviewInput = z.infer<typeof reviewInput>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const versionParams = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1).max(100_000) });
export const diffQuery = z.strictObject({ from: z.coerce.number().int().min(1).max(100_000), to: z.coerce.number().int().min(1).max(100_000) });
export const dueQuery = z.strictObject({ withinDays: z.coerce.number().int().min(0).max(90).default(7) });

const ref = z.object({ id: z.uuid(), name: z.string() });
const rule = z.object({ id: z.uuid(), rule: z.string() });
const member = z.object({ id: z.uuid(), name: z.string(), relation: z.string(), personId: z.uuid().nullable(), checks: z.string(), ruleIds: z.array(z.uuid()) });

export const signatureResponse = z.object({
  id: z.uuid(),
  signerLabel: z.string(),
  signerRole: z.enum(signerRoles),
  personId: z.uuid().nullable(),
  agrees: z.boolean(),
  method: z.enum(signatureMethods),
  signedOn: z.string(),
  remark: z.string(),
});
export const planVersionResponse = z.object({
  number: z.number(),
  rules: z.array(rule),
  network: z.array(member),
  reviewOn: z.string(),
  changeNote: z.string(),
  createdBy: ref,
  createdAt: z.string(),
  signatures: z.array(signatureResponse),
});
export const reviewStates = ['scheduled', 'due', 'overdue', 'ended'] as const;
export const safetyPlanResponse = z.object({
  id: z.uuid(),
  status: z.enum(['active', 'ended']),
  currentNumber: z.number(),
  nextReviewOn: z.string(),
  reviewState: z.enum(reviewStates),
  current: planVersionResponse,
  versions: z.array(z.object({ number: z.number(), createdAt: z.string(), createdBy: ref, changeNote: z.string(), reviewOn: z.string(), signatures: z.number() })),
  reviews: z.array(z.object({ id: z.uuid(), versionNumber: z.number(), reviewedOn: z.string(), outcome: z.enum(reviewOutcomes), note: z.string(), nextReviewOn: z.string().nullable(), reviewedBy: ref })),
  version: z.number(),
});
export type SafetyPlanView = z.infer<typeof safetyPlanResponse>;

const listDiff = <T extends z.ZodType>(item: T) =>
  z.object({ added: z.array(item), removed: z.array(item), changed: z.array(z.object({ id: z.uuid(), fields: z.array(z.string()), from: item, to: item })) });
export const diffResponse = z.object({
  from: z.number(),
  to: z.number(),
  rules: listDiff(rule),
  network: listDiff(member),
  reviewOn: z.object({ from: z.string(), to: z.string() }).nullable(),
  unchanged: z.boolean(),
});

export const reviewsDueResponse = z.object({
  reviews: z.array(
    z.object({
      caseId: z.uuid(),
      caseNumber: z.string(),
      planId: z.uuid(),
      currentNumber: z.number(),
      nextReviewOn: z.string(),
      reviewState: z.enum(reviewStates),
    }),
  ),
});
