import { z } from 'zod';
import { disclosureFacts } from '../partners/partners.schema.js';
import { actionOwnerKinds, itemProgress, shareableFields } from './plans.tables.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const version = z.number().int().min(1);
const progress = z.enum(itemProgress).default('planned');

const goalInput = z.strictObject({ id: z.uuid().optional(), personId: z.uuid().nullable().default(null), goal: required(1_000), progress });
const factorInput = z.strictObject({ id: z.uuid().optional(), factor: required(1_000), progress });
const actionInput = z.strictObject({
  id: z.uuid().optional(),
  what: required(1_000),
  ownerKind: z.enum(actionOwnerKinds),
  ownerUserId: z.uuid().nullable().default(null),
  ownerPartnerId: z.uuid().nullable().default(null),
  ownerLabel: text(200).default(''),
  dueOn: isoDate.nullable().default(null),
  progress,
});

const lists = {
  childGoals: z.array(goalInput).max(30),
  familyGoals: z.array(goalInput).max(30),
  protectiveFactors: z.array(factorInput).max(30),
  actions: z.array(actionInput).max(50),
};
export const recoveryPlanInput = z.strictObject({
  childGoals: lists.childGoals.default([]),
  familyGoals: lists.familyGoals.default([]),
  protectiveFactors: lists.protectiveFactors.default([]),
  actions: lists.actions.default([]),
});
export type RecoveryPlanInput = z.infer<typeof recoveryPlanInput>;
export const recoveryPlanUpdate = z.strictObject({
  version,
  childGoals: lists.childGoals.optional(),
  familyGoals: lists.familyGoals.optional(),
  protectiveFactors: lists.protectiveFactors.optional(),
  actions: lists.actions.optional(),
});
export type RecoveryPlanUpdate = z.infer<typeof recoveryPlanUpdate>;

export const progressNoteInput = z.strictObject({ concernsDate: isoDate.optional(), body: required(20_000), shareable: z.boolean().default(false) });
export type ProgressNoteInput = z.infer<typeof progressNoteInput>;

/** What one partner sees. Widening it shares more information, so it needs a disclosure. */
export const shareInput = z.strictObject({
  partnerId: z.uuid(),
  fields: z.array(z.enum(shareableFields)).max(shareableFields.length),
  /** The version of the existing share for this partner, when there is one. */
  version: version.optional(),
  disclosure: disclosureFacts.omit({ information: true, disclosedOn: true }).extend({ information: text(2_000).default('') }).nullable().default(null),
});
export type ShareInput = z.infer<typeof shareInput>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const planParams = z.strictObject({ id: z.uuid(), planId: z.uuid() });
export const partnerViewParams = z.strictObject({ id: z.uuid(), planId: z.uuid(), partnerId: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });
const goal = z.object({ id: z.uuid(), personId: z.uuid().nullable(), goal: z.string(), progress: z.enum(itemProgress) });
const factor = z.object({ id: z.uuid(), factor: z.string(), progress: z.enum(itemProgress) });
const action = z.object({
  id: z.uuid(),
  what: z.string(),
  ownerKind: z.enum(actionOwnerKinds),
  ownerUserId: z.uuid().nullable(),
  ownerPartnerId: z.uuid().nullable(),
  ownerLabel: z.string(),
  dueOn: z.string().nullable(),
  progress: z.enum(itemProgress),
});
const note = z.object({ id: z.uuid(), concernsDate: z.string(), body: z.string(), shareable: z.boolean(), author: ref, createdAt: z.string() });

export const recoveryPlanResponse = z.object({
  id: z.uuid(),
  childGoals: z.array(goal),
  familyGoals: z.array(goal),
  protectiveFactors: z.array(factor),
  actions: z.array(action),
  progressNotes: z.array(note),
  shares: z.array(z.object({ id: z.uuid(), partner: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }), fields: z.array(z.enum(shareableFields)), disclosureId: z.uuid(), sharedBy: ref, updatedAt: z.string(), version: z.number() })),
  createdBy: ref,
  updatedAt: z.string(),
  version: z.number(),
});
export type RecoveryPlanView = z.infer<typeof recoveryPlanResponse>;

/** Only what was shared with this partner leaves the server: every section is optional. */
export const partnerViewResponse = z.object({
  partner: z.object({ id: z.uuid(), name: z.string() }),
  sharedFields: z.array(z.enum(shareableFields)),
  updatedAt: z.string(),
  childGoals: z.array(z.object({ goal: z.string(), progress: z.enum(itemProgress) })).optional(),
  familyGoals: z.array(z.object({ goal: z.string(), progress: z.enum(itemProgress) })).optional(),
  protectiveFactors: z.array(z.object({ factor: z.string(), progress: z.enum(itemProgress) })).optional(),
  actions: z.array(z.object({ what: z.string(), owner: z.string(), dueOn: z.string().nullable(), progress: z.enum(itemProgress) })).optional(),
  progressNotes: z.array(z.object({ concernsDate: z.string(), body: z.string() })).optional(),
});
export type PartnerView = z.infer<typeof partnerViewResponse>;
