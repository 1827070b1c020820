import { z } from 'zod';
import { disclosureSources, legalBases, partnerKinds, referralStatuses } from './partners.tables.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const version = z.number().int().min(1);

export const partnerInput = z.strictObject({
  name: required(200),
  kind: z.enum(partnerKinds),
  province: text(100).nullable().default(null),
  city: text(100).default(''),
  phone: text(50).default(''),
  email: text(254).default(''),
  notes: text(5_000).default(''),
});
export type PartnerInput = z.infer<typeof partnerInput>;
export const partnerUpdate = z.strictObject({
  version,
  name: required(200).optional(),
  kind: z.enum(partnerKinds).optional(),
  province: text(100).nullable().optional(),
  city: text(100).optional(),
  phone: text(50).optional(),
  email: text(254).optional(),
  notes: text(5_000).optional(),
  active: z.boolean().optional(),
});
export type PartnerUpdate = z.infer<typeof partnerUpdate>;
export const partnerQuery = z.strictObject({
  kind: z.enum(partnerKinds).optional(),
  province: text(100).optional(),
  q: text(100).optional(),
  includeInactive: z.enum(['true', 'false']).default('false'),
});

/** What every disclosure must answer: on what legal basis, why, what, and was the family told. */
export const disclosureFacts = z.strictObject({
  legalBasis: z.enum(legalBases),
  reason: required(2_000),
  information: required(2_000),
  disclosedOn: isoDate.optional(),
  familyInformed: z.boolean(),
  familyInformedOn: isoDate.nullable().default(null),
  notInformedReason: text(2_000).default(''),
});
export type DisclosureFacts = z.infer<typeof disclosureFacts>;

export const disclosureInput = disclosureFacts.extend({
  /** A service from the directory, or a recipient outside it (then name and kind). */
  partnerId: z.uuid().nullable().default(null),
  recipientName: text(200).default(''),
  recipientKind: z.enum(partnerKinds).nullable().default(null),
});
export type DisclosureInput = z.infer<typeof disclosureInput>;
export const familyInformedInput = z.strictObject({ version, informedOn: isoDate.optional() });

export const referralInput = z.strictObject({
  partnerId: z.uuid(),
  reason: required(2_000),
  sentOn: isoDate.optional(),
  /** Sending case information makes the referral a disclosure: its facts are then required. */
  disclosure: disclosureFacts.omit({ reason: true, disclosedOn: true }).extend({ reason: text(2_000).default('') }).nullable().default(null),
});
export type ReferralInput = z.infer<typeof referralInput>;
export const referralStatusInput = z.strictObject({ version, status: z.enum(referralStatuses), changedOn: isoDate.optional(), note: text(2_000).default('') });
export type ReferralStatusInput = z.infer<typeof referralStatusInput>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const partnerParams = z.strictObject({ partnerId: z.uuid() });
export const referralParams = z.strictObject({ id: z.uuid(), referralId: z.uuid() });
export const disclosureParams = z.strictObject({ id: z.uuid(), disclosureId: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });

export const partnerResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(partnerKinds),
  province: z.string().nullable(),
  city: z.string(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
  active: z.boolean(),
  version: z.number(),
});

export const disclosureResponse = z.object({
  id: z.uuid(),
  partnerId: z.uuid().nullable(),
  recipientName: z.string(),
  recipientKind: z.enum(partnerKinds),
  legalBasis: z.enum(legalBases),
  reason: z.string(),
  information: z.string(),
  disclosedOn: z.string(),
  familyInformed: z.boolean(),
  familyInformedOn: z.string().nullable(),
  notInformedReason: z.string(),
  source: z.enum(disclosureSources),
  recordedBy: ref,
  version: z.number(),
});
export type DisclosureView = z.infer<typeof disclosureResponse>;

export const referralResponse = z.object({
  id: z.uuid(),
  partner: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(partnerKinds) }),
  reason: z.string(),
  status: z.enum(referralStatuses),
  sentOn: z.string(),
  acceptedOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  statusNote: z.string(),
  /** Calendar days from sending until help started (or until today while the family still waits). */
  waitingDays: z.number(),
  stillWaiting: z.boolean(),
  disclosureId: z.uuid().nullable(),
  history: z.array(z.object({ status: z.enum(referralStatuses), changedOn: z.string(), note: z.string(), recordedBy: ref })),
  createdBy: ref,
  version: z.number(),
});
export type ReferralView = z.infer<typeof referralResponse>;
export { legalBases, type LegalBasis } from './partners.tables.js';
