import { z } from 'zod';
import { intakeOutcomes, reportSources } from './intake.tables.js';

const code = z.string().trim().min(1).max(64);
const shortText = (max: number) => z.string().trim().max(max).default('');
export const isoDate = z.iso.date();

export const reportChildInput = z.strictObject({
  firstName: shortText(100),
  lastName: shortText(100),
  dateOfBirth: isoDate.nullable().default(null),
  unborn: z.boolean().default(false),
  expectedBirth: isoDate.nullable().default(null),
});
export type ReportChildInput = z.infer<typeof reportChildInput>;

export const reporterInput = z.strictObject({
  anonymous: z.boolean().default(false),
  name: shortText(200),
  organisation: shortText(200),
  profession: shortText(200),
  relationToChild: shortText(200),
  phone: shortText(50),
  email: shortText(254),
  wantsFeedback: z.boolean().default(false),
});
export type ReporterInput = z.infer<typeof reporterInput>;

const classification = {
  problemCategory: code,
  forms: z.array(code).max(20).default([]),
  contexts: z.array(code).max(20).default([]),
  urgency: code,
};

export const registerReportBody = z.strictObject({
  /** The receiving team; defaults to the worker's own (first) team. */
  teamId: z.uuid().optional(),
  /** When the concern reached the VK (a call noted afterwards); defaults to now. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  source: z.enum(reportSources),
  concern: z.string().trim().min(1).max(20_000),
  children: z.array(reportChildInput).min(1).max(20),
  reporter: reporterInput.default({ anonymous: false, name: '', organisation: '', profession: '', relationToChild: '', phone: '', email: '', wantsFeedback: false }),
  ...classification,
  /** Decide at once (e.g. advice given on the phone); otherwise the report waits for triage. */
  outcome: z.enum(intakeOutcomes).optional(),
  outcomeNote: shortText(5_000),
});
export type RegisterReportInput = z.infer<typeof registerReportBody>;

export const triageReportBody = z.strictObject({
  version: z.number().int().min(1),
  outcome: z.enum(intakeOutcomes),
  outcomeNote: shortText(5_000),
  problemCategory: code.optional(),
  forms: z.array(code).max(20).optional(),
  contexts: z.array(code).max(20).optional(),
  urgency: code.optional(),
});
export type TriageReportInput = z.infer<typeof triageReportBody>;

export const reportListQuery = z.strictObject({
  status: z.enum(['untriaged', 'all']).default('untriaged'),
});

export const idParams = z.strictObject({ id: z.uuid() });

const deadlineStateSchema = z.enum(['met', 'open', 'due_soon', 'missed']).nullable();
const personRef = z.object({ id: z.uuid(), name: z.string() });

export const reportChildResponse = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  unborn: z.boolean(),
  expectedBirth: z.string().nullable(),
});

export const reportResponse = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  receivedAt: z.string(),
  source: z.enum(reportSources),
  concern: z.string(),
  problemCategory: z.string(),
  forms: z.array(z.string()),
  contexts: z.array(z.string()),
  urgency: z.string(),
  firstContactDueAt: z.string(),
  deadline: deadlineStateSchema,
  outcome: z.enum(intakeOutcomes).nullable(),
  outcomeNote: z.string(),
  triagedAt: z.string().nullable(),
  caseId: z.uuid().nullable(),
  registeredBy: personRef,
  children: z.array(reportChildResponse),
  /** A chat transcript came with it (a hand-off with the child's consent): read it separately. */
  hasTranscript: z.boolean(),
  version: z.number(),
});
export type ReportView = z.infer<typeof reportResponse>;

export const reportListResponse = z.object({ reports: z.array(reportResponse) });

export const reporterResponse = z.object({
  reportId: z.uuid(),
  anonymous: z.boolean(),
  name: z.string(),
  organisation: z.string(),
  profession: z.string(),
  relationToChild: z.string(),
  phone: z.string(),
  email: z.string(),
  wantsFeedback: z.boolean(),
});

export const reportTranscriptResponse = z.object({
  reportId: z.uuid(),
  consentBy: z.string(),
  copiedAt: z.string(),
  lines: z.array(z.object({ from: z.enum(['child', 'counsellor']), body: z.string(), sentAt: z.string() })),
});
