// The shape of a Kindreflex content file (content/kindreflex/<sector>.json). Steps, questions,
// decision rules and every text are content, so that a sector variant or a wording change never
// needs a programmer. This file checks the shape; guide-checks.ts checks the meaning (references
// resolve, every step and outcome can be reached). There are no defaults: a file states every
// field, so input and output types are the same and the browser can use the bundled JSON as is.
import { z } from 'zod';
import { outcomeIds } from './outcomes.js';

export const guideLocales = ['nl-BE', 'en'] as const;
export type GuideLocale = (typeof guideLocales)[number];

export { outcomeIds, type OutcomeId } from './outcomes.js';

/** Where an answer goes in the printable summary (`none`: it only steers the guide). */
export const summarySections = ['observations', 'considerations', 'none'] as const;
export type SummarySection = (typeof summarySections)[number];

const id = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'ids are lower_snake_case, at most 40 characters');
export const sectorIdPattern = /^[a-z][a-z0-9-]{1,29}$/;

const localized = z.strictObject({
  'nl-BE': z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
});
export type LocalizedText = z.infer<typeof localized>;

/** Conditions over answers. Kept small on purpose: content editors must be able to read them. */
export type Condition =
  | { question: string; equals: string }
  | { question: string; in: string[] }
  | { question: string; includes: string }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: id, equals: id }),
    z.strictObject({ question: id, in: z.array(id).min(1) }),
    z.strictObject({ question: id, includes: id }),
    z.strictObject({ question: id, answered: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const option = z.strictObject({ id, label: localized, hint: localized.optional() });

const questionBase = {
  id,
  label: localized,
  help: localized.optional(),
  showIf: conditionSchema.optional(),
  summary: z.enum(summarySections),
};

const questionSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...questionBase, type: z.literal('choice'), required: z.boolean(), options: z.array(option).min(2).max(12) }),
  z.strictObject({ ...questionBase, type: z.literal('multi'), options: z.array(option).min(2).max(20) }),
  z.strictObject({ ...questionBase, type: z.literal('text'), maxLength: z.number().int().min(50).max(4000), placeholder: localized.optional() }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOption = z.infer<typeof option>;

/** Rules are tried in order; the first whose `when` holds decides. The last has no `when`. */
const ruleSchema = z
  .strictObject({ when: conditionSchema.optional(), step: id.optional(), outcome: z.enum(outcomeIds).optional() })
  .refine((rule) => (rule.step === undefined) !== (rule.outcome === undefined), 'a rule leads to exactly one step or one outcome');
export type Rule = z.infer<typeof ruleSchema>;

const stepSchema = z.strictObject({
  id,
  title: localized,
  intro: z.array(localized).min(1).max(6),
  tips: z.array(localized).max(8),
  /** Names the explicit decision this step takes, shown to the professional and in the summary. */
  decision: localized.optional(),
  questions: z.array(questionSchema).min(1).max(10),
  next: z.array(ruleSchema).min(1).max(12),
});
export type Step = z.infer<typeof stepSchema>;

const contactSchema = z.strictObject({
  label: localized,
  /** Digits only, as dialled in Belgium (e.g. 112, 101, 1712). */
  phone: z.string().regex(/^\d{3,12}$/).optional(),
  website: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[\w./-]*)?$/).optional(),
});

const outcomeSchema = z.strictObject({
  id: z.enum(outcomeIds),
  title: localized,
  summary: localized,
  actions: z.array(localized).min(1).max(10),
  contacts: z.array(contactSchema).max(6),
  /** Legal context (e.g. art. 458bis Sw.), shown as information, never as an instruction. */
  legal: z.array(localized).max(6),
  /** `primary`: the guide proposes a consult request; `unavailable`: a form is too slow here. */
  consultRequest: z.enum(['primary', 'available', 'unavailable']),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const guideContentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  sector: z.string().regex(sectorIdPattern),
  /** Content version, counted with each completion: `<year>.<n>`. */
  version: z.string().regex(/^\d{4}\.\d{1,3}$/),
  name: localized,
  audience: localized,
  intro: z.array(localized).min(1).max(6),
  steps: z.array(stepSchema).min(1).max(20),
  outcomes: z.array(outcomeSchema).length(outcomeIds.length),
});
export type GuideContent = z.infer<typeof guideContentSchema>;

/** An answer: a chosen option id, several option ids, or typed text. */
export type AnswerValue = string | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;
