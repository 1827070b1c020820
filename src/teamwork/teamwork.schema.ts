import { z } from 'zod';
import { appointmentKinds, appointmentStatuses, conferenceKinds, conferenceStatuses, decisionSubjects, disciplines, participantKinds, taskStatuses } from './teamwork.tables.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const version = z.number().int().min(1);

export const disciplineInput = z.strictObject({ version: version.optional(), discipline: z.enum(disciplines), task: text(500).default('') });
export type DisciplineInput = z.infer<typeof disciplineInput>;

export const taskInput = z.strictObject({ title: required(300), details: text(5_000).default(''), assigneeId: z.uuid().nullable().default(null), dueOn: isoDate.nullable().default(null) });
export type TaskInput = z.infer<typeof taskInput>;
export const taskUpdate = z.strictObject({
  version,
  title: required(300).optional(),
  details: text(5_000).optional(),
  assigneeId: z.uuid().nullable().optional(),
  dueOn: isoDate.nullable().optional(),
  status: z.enum(taskStatuses).optional(),
});
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const appointmentInput = z.strictObject({
  kind: z.enum(appointmentKinds),
  startsAt: instant,
  endsAt: instant,
  location: text(300).default(''),
  withWhom: text(300).default(''),
  staffIds: z.array(z.uuid()).max(20).default([]),
  note: text(5_000).default(''),
});
export type AppointmentInput = z.infer<typeof appointmentInput>;
export const appointmentUpdate = z.strictObject({
  version,
  kind: z.enum(appointmentKinds).optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  location: text(300).optional(),
  withWhom: text(300).optional(),
  staffIds: z.array(z.uuid()).max(20).optional(),
  status: z.enum(appointmentStatuses).optional(),
  note: text(5_000).optional(),
});
export type AppointmentUpdate = z.infer<typeof appointmentUpdate>;

export const participantInput = z.strictObject({
  kind: z.enum(participantKinds),
  userId: z.uuid().nullable().default(null),
  partnerId: z.uuid().nullable().default(null),
  /** Filled from the directory or the staff list when empty. */
  name: text(200).default(''),
  role: text(200).default(''),
});
export type ParticipantInput = z.infer<typeof participantInput>;
const agendaInput = z.strictObject({ id: z.uuid().optional(), topic: required(500), notes: text(5_000).default('') });

export const conferenceInput = z.strictObject({
  kind: z.enum(conferenceKinds),
  scheduledAt: instant,
  agenda: z.array(agendaInput).max(30).default([]),
  participants: z.array(participantInput).max(40).default([]),
});
export type ConferenceInput = z.infer<typeof conferenceInput>;
export const conferenceUpdate = z.strictObject({
  version,
  scheduledAt: instant.optional(),
  status: z.enum(conferenceStatuses).optional(),
  agenda: z.array(agendaInput).max(30).optional(),
  participants: z.array(participantInput).max(40).optional(),
  minutes: text(50_000).optional(),
});
export type ConferenceUpdate = z.infer<typeof conferenceUpdate>;

export const decisionInput = z.strictObject({
  subject: z.enum(decisionSubjects),
  decidedOn: isoDate.optional(),
  decision: required(5_000),
  rationale: required(10_000),
  /** Colleagues who took part; a team decision has at least two. */
  staffIds: z.array(z.uuid()).min(1).max(30),
  others: z.array(participantInput).max(30).default([]),
  dissent: text(5_000).default(''),
  conferenceId: z.uuid().nullable().default(null),
  supersedesId: z.uuid().nullable().default(null),
  followUps: z.array(taskInput).max(20).default([]),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const memberParams = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const taskParams = z.strictObject({ id: z.uuid(), taskId: z.uuid() });
export const appointmentParams = z.strictObject({ id: z.uuid(), appointmentId: z.uuid() });
export const conferenceParams = z.strictObject({ id: z.uuid(), conferenceId: z.uuid() });

const ref = z.object({ id: z.uuid(), name: z.string() });
const participant = z.object({ kind: z.enum(participantKinds), userId: z.uuid().nullable(), partnerId: z.uuid().nullable(), name: z.string(), role: z.string() });

export const teamMemberResponse = z.object({ id: z.uuid(), name: z.string(), isOwner: z.boolean(), discipline: z.enum(disciplines).nullable(), task: z.string(), version: z.number().nullable() });
export const taskResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  details: z.string(),
  assignee: ref.nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(taskStatuses),
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  decisionId: z.uuid().nullable(),
  createdBy: ref,
  version: z.number(),
});
export const appointmentResponse = z.object({
  id: z.uuid(),
  kind: z.enum(appointmentKinds),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  withWhom: z.string(),
  staff: z.array(ref),
  status: z.enum(appointmentStatuses),
  note: z.string(),
  version: z.number(),
});
export const conferenceResponse = z.object({
  id: z.uuid(),
  kind: z.enum(conferenceKinds),
  scheduledAt: z.string(),
  status: z.enum(conferenceStatuses),
  agenda: z.array(z.object({ id: z.uuid(), topic: z.string(), notes: z.string() })),
  participants: z.array(participant),
  minutes: z.string(),
  heldAt: z.string().nullable(),
  decisionIds: z.array(z.uuid()),
  version: z.number(),
});
export const decisionResponse = z.object({
  id: z.uuid(),
  subject: z.enum(decisionSubjects),
  decidedOn: z.string(),
  decision: z.string(),
  rationale: z.string(),
  staff: z.array(ref),
  others: z.array(participant),
  dissent: z.string(),
  conferenceId: z.uuid().nullable(),
  supersedesId: z.uuid().nullable(),
  supersededById: z.uuid().nullable(),
  followUpTaskIds: z.array(z.uuid()),
  recordedBy: ref,
  recordedAt: z.string(),
});
export type DecisionView = z.infer<typeof decisionResponse>;

export const teamworkResponse = z.object({
  team: z.object({ members: z.array(teamMemberResponse), disciplines: z.array(z.enum(disciplines)), multidisciplinary: z.boolean() }),
  tasks: z.array(taskResponse),
  appointments: z.array(appointmentResponse),
  conferences: z.array(conferenceResponse),
  decisions: z.array(decisionResponse),
});
/** Centre colleagues who may be invited to a conference: nothing beyond what the invitation needs. */
export const colleaguesResponse = z.object({
  colleagues: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(['caseworker', 'team_lead']), discipline: z.enum(disciplines).nullable(), onCaseTeam: z.boolean() })),
});
export const myTasksResponse = z.object({ tasks: z.array(taskResponse.extend({ caseId: z.uuid(), caseNumber: z.string() })) });
