// The shared registration form of a contact (after a chat, or a 1712 call). Fixed answers are
// enums here; themes, forms of violence and referrals come from the centre's taxonomy and are
// checked against it in the service.
import { z } from 'zod';
import { taxonomyKinds } from './contact-taxonomy.js';

export const callerRoles = ['victim', 'child', 'parent', 'bystander', 'professional'] as const;
export const contactAgeBands = ['under_12', '12_14', '15_17', '18_24', '25_64', '65_plus', 'unknown'] as const;
export const genders = ['female', 'male', 'x', 'unknown'] as const;
export const relationsToChild = ['self', 'parent', 'step_parent', 'other_family', 'professional', 'friend_or_neighbour', 'none', 'unknown'] as const;
export const contactUrgencies = ['acute', 'urgent', 'not_urgent'] as const;

const code = z.string().trim().min(1).max(64);

export const contactInput = z.strictObject({
  callerRole: z.enum(callerRoles),
  anonymous: z.boolean(),
  ageBand: z.enum(contactAgeBands),
  gender: z.enum(genders),
  relationToChild: z.enum(relationsToChild),
  themes: z.array(code).min(1).max(10),
  violenceForms: z.array(code).max(10).default([]),
  urgency: z.enum(contactUrgencies),
  advice: z.string().trim().max(2_000).default(''),
  referral: code,
});
export type ContactInput = z.infer<typeof contactInput>;

/** A caller-given code or a phone number, only ever stored as a keyed hash. */
export const repeatCallerKey = z.strictObject({
  phone: z.string().trim().regex(/^[+\d][\d\s./-]{5,24}$/).optional(),
  code: z.string().trim().min(3).max(64).optional(),
});

export const callInput = contactInput.extend({
  contactAt: z.iso.datetime({ offset: true }).optional(),
  durationMinutes: z.number().int().min(0).max(600).optional(),
  repeat: repeatCallerKey.optional(),
});

export const taxonomyInput = z.strictObject({
  kind: z.enum(taxonomyKinds),
  terms: z
    .array(z.strictObject({ code: z.string().regex(/^[a-z0-9_]{1,64}$/), labelNl: z.string().trim().min(1).max(200), labelEn: z.string().trim().min(1).max(200), active: z.boolean().default(true) }))
    .min(1)
    .max(100),
});

export const contactSummary = z.object({
  id: z.uuid(),
  channel: z.enum(['chat', 'phone']),
  contactAt: z.string(),
  callerRole: z.string(),
  anonymous: z.boolean(),
  ageBand: z.string(),
  themes: z.array(z.string()),
  violenceForms: z.array(z.string()),
  urgency: z.string(),
  advice: z.string(),
  referral: z.string(),
});
