// What the public guide may send, and nothing more: strict bodies with a size limit on every
// field. Free text is what the professional chose to share; it is trimmed, never echoed in errors.
import { z } from 'zod';
import { provinceIds } from '../consult/provinces.js';
import { outcomeIds, sectorIdPattern } from './guide-content.schema.js';

const sector = z.string().regex(sectorIdPattern);
const contentVersion = z.string().regex(/^\d{4}\.\d{1,3}$/);
const sharedText = (max: number) => z.string().trim().max(max).optional();
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const completionBody = z.strictObject({
  sector,
  contentVersion,
  outcome: z.enum(outcomeIds),
});

export const consultRequestBody = z.strictObject({
  sector,
  contentVersion,
  outcome: z.enum(outcomeIds),
  province: z.enum(provinceIds),
  shared: z.strictObject({
    observations: sharedText(4000),
    considerations: sharedText(4000),
    decisions: sharedText(4000),
    question: sharedText(2000),
  }),
  contactPreference: z.enum(['phone', 'email', 'professional_calls']),
  contact: z
    .strictObject({
      name: sharedText(200),
      organisation: sharedText(200),
      phone: z.string().trim().regex(/^\+?[0-9][0-9 ./()-]{5,24}$/).optional().or(z.literal('')),
      email: z.email().max(254).optional().or(z.literal('')),
    })
    .default({}),
  /** Also count this completion anonymously (sector and outcome); the page sends it once only. */
  countCompletion: z.boolean().default(false),
});
export type ConsultRequestBody = z.infer<typeof consultRequestBody>;

export const consultRequestCreated = z.object({
  reference: z.string(),
  centreName: z.string(),
  expectedResponseBy: z.string(),
  responseWorkingDays: z.number(),
  counted: z.boolean(),
});

export const statsQuery = z.strictObject({ from: month.optional(), to: month.optional() });

const outcomeCounts = z.object(Object.fromEntries(outcomeIds.map((id) => [id, z.number()])) as Record<(typeof outcomeIds)[number], z.ZodNumber>);

export const statsResponse = z.object({
  from: month,
  to: month,
  total: z.number(),
  sectors: z.array(z.object({ sector: z.string(), name: z.string(), completions: z.number(), outcomes: outcomeCounts })),
  months: z.array(z.object({ month, completions: z.number() })),
});
