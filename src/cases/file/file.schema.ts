import { z } from 'zod';
import { caseSummary } from '../case-summary.js';
import { noteKinds, personKinds, relationKinds } from '../cases.tables.js';
import { reportSources, intakeOutcomes } from '../intake/intake.tables.js';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();
const version = z.number().int().min(1);

const personFields = {
  kind: z.enum(personKinds),
  firstName: text(100).default(''),
  lastName: text(100).default(''),
  dateOfBirth: isoDate.nullable().default(null),
  unborn: z.boolean().default(false),
  expectedBirth: isoDate.nullable().default(null),
  roleLabel: text(100).default(''),
  organisation: text(200).default(''),
  phone: text(50).default(''),
  livesWithChild: z.boolean().nullable().default(null),
  notes: text(5_000).default(''),
};
export const personInput = z.strictObject(personFields);
export type PersonInput = z.infer<typeof personInput>;

export const personUpdate = z.strictObject({
  version,
  kind: personFields.kind.optional(),
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  dateOfBirth: isoDate.nullable().optional(),
  unborn: z.boolean().optional(),
  expectedBirth: isoDate.nullable().optional(),
  roleLabel: text(100).optional(),
  organisation: text(200).optional(),
  phone: text(50).optional(),
  livesWithChild: z.boolean().nullable().optional(),
  notes: text(5_000).optional(),
});
export type PersonUpdate = z.infer<typeof personUpdate>;

export const relationInput = z.strictObject({ fromPersonId: z.uuid(), toPersonId: z.uuid(), kind: z.enum(relationKinds) });

export const noteInput = z.strictObject({
  kind: z.enum(noteKinds).default('other'),
  /** The day the note is about; defaults to today. */
  concernsDate: isoDate.optional(),
  body: z.string().trim().min(1).max(50_000),
});
export const noteUpdate = z.strictObject({ version, kind: z.enum(noteKinds).optional(), concernsDate: isoDate.optional(), body: z.string().trim().min(1).max(50_000).optional() });

export const storyUpdate = z.strictObject({ version, worries: text(20_000).optional(), strengths: text(20_000).optional(), nextSteps: text(20_000).optional() });
export const followUpInput = z.strictObject({ version, dueAt: z.iso.datetime({ offset: true }) });
export const closeInput = z.strictObject({ version, outcome: z.string().trim().min(1).max(64), note: text(5_000).default('') });
export const reopenInput = z.strictObject({ version, reason: z.string().trim().min(1).max(5_000) });

export const personParams = z.strictObject({ id: z.uuid(), personId: z.uuid() });
export const relationParams = z.strictObject({ id: z.uuid(), relationId: z.uuid() });
export const noteParams = z.strictObject({ id: z.uuid(), noteId: z.uuid() });

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const personResponse = z.object({
  id: z.uuid(),
  kind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  unborn: z.boolean(),
  expectedBirth: z.string().nullable(),
  roleLabel: z.string(),
  organisation: z.string(),
  phone: z.string(),
  livesWithChild: z.boolean().nullable(),
  notes: z.string(),
  version: z.number(),
});
export const relationResponse = z.object({ id: z.uuid(), fromPersonId: z.uuid(), toPersonId: z.uuid(), kind: z.enum(relationKinds) });
export const noteResponse = z.object({
  id: z.uuid(),
  kind: z.enum(noteKinds),
  concernsDate: z.string(),
  body: z.string(),
  author: staffRef,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export const timelineEntry = z.object({
  id: z.number(),
  occurredAt: z.string(),
  kind: z.string(),
  actor: staffRef.nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const caseFileResponse = caseSummary.extend({
  team: staffRef,
  members: z.array(staffRef),
  openedAt: z.string(),
  firstContactDueAt: z.string(),
  followUpDueAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closureOutcome: z.string().nullable(),
  closureNote: z.string().nullable(),
  forms: z.array(z.string()),
  contexts: z.array(z.string()),
  story: z.object({ worries: z.string(), strengths: z.string(), nextSteps: z.string() }),
  persons: z.array(personResponse),
  relations: z.array(relationResponse),
  notes: z.array(noteResponse),
  timeline: z.array(timelineEntry),
  /** What was reported, without who reported it (see the reporters route). */
  reports: z.array(z.object({ id: z.uuid(), receivedAt: z.string(), source: z.enum(reportSources), concern: z.string(), outcome: z.enum(intakeOutcomes).nullable() })),
  readOnly: z.boolean(),
});
export type CaseFile = z.infer<typeof caseFileResponse>;
