// The hand-off step after a registered contact. Consent is a required yes/no, never a default:
// the form cannot be sent without somebody having answered it.
import { z } from 'zod';
import { provinceIds } from '../consult/provinces.js';
import type { LegalBasis } from '../partners/partners.schema.js';
import { consentGivers, handoffTargets } from './handoff.tables.js';

/** Passing a contact on without consent: art. 458bis (a or b) or a state of necessity (DOMAIN.md). */
export const basesWithoutConsent = ['458bis_a', '458bis_b', 'state_of_necessity'] as const satisfies readonly LegalBasis[];

// `target` and `consent` may arrive unanswered: the service then names them in plain words.
export const handoffInput = z.strictObject({
  target: z.enum(handoffTargets).optional(),
  /** The VK is chosen by province (one VK per province and Brussels). */
  province: z.enum(provinceIds).optional(),
  /** The CAW from the partner directory. */
  partnerId: z.uuid().optional(),
  /** What was told, in the counsellor's words: the VK reads this first. */
  summary: z.string().trim().min(1).max(5_000),
  consent: z.boolean().optional(),
  consentBy: z.enum(consentGivers).optional(),
  /** Chats only: may the conversation itself follow? Asked separately from the hand-off. */
  transcript: z.boolean().optional(),
  legalBasis: z.enum(basesWithoutConsent).optional(),
  basisReason: z.string().trim().max(2_000).default(''),
});
export type HandoffInput = z.infer<typeof handoffInput>;

export const handoffResponse = z.object({
  id: z.uuid(),
  target: z.enum(handoffTargets),
  recipientName: z.string(),
  toCentreId: z.uuid().nullable(),
  partnerId: z.uuid().nullable(),
  reportId: z.uuid().nullable(),
  consent: z.boolean().optional(),
  consentBy: z.enum(consentGivers).nullable(),
  transcriptShared: z.boolean(),
  legalBasis: z.string(),
  handedOffAt: z.string(),
});
export type HandoffView = z.infer<typeof handoffResponse>;
