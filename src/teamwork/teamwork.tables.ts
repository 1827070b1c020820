// Working on a case as a team: who brings which discipline, tasks and appointments, case
// conferences with agenda and participants, and team decisions recorded as such (who took part,
// what was decided and why). Decisions are never edited: a new decision supersedes an old one.
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { cases } from '../cases/cases.tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => cases.id);
const userRef = (name: string) => uuid(name).references(() => users.id);

/** The disciplines of a VK team (DOMAIN.md, who uses Schakel). */
export const disciplines = ['social_worker', 'psychologist', 'orthopedagogue', 'doctor', 'criminologist', 'lawyer', 'other'] as const;
export type Discipline = (typeof disciplines)[number];

export const caseTeamDisciplines = pgTable(
  'case_team_disciplines',
  {
    caseId: caseRef(),
    userId: userRef('user_id').notNull(),
    discipline: text('discipline', { enum: disciplines }).notNull(),
    /** What this colleague does in this case: "gesprekken met Noor", "medisch advies". */
    task: text('task').notNull().default(''),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] })],
);

export const participantKinds = ['staff', 'partner', 'family', 'other'] as const;
export type ParticipantKind = (typeof participantKinds)[number];
export interface Participant {
  kind: ParticipantKind;
  /** Set for staff. */
  userId: string | null;
  /** Set for a partner service from the directory. */
  partnerId: string | null;
  name: string;
  role: string;
}
export interface AgendaItem {
  id: string;
  topic: string;
  notes: string;
}

export const conferenceKinds = ['team', 'multidisciplinary', 'network', 'family'] as const;
export const conferenceStatuses = ['planned', 'held', 'cancelled'] as const;

export const caseConferences = pgTable(
  'case_conferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    kind: text('kind', { enum: conferenceKinds }).notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: conferenceStatuses }).notNull().default('planned'),
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull(),
    participants: jsonb('participants').$type<Participant[]>().notNull(),
    minutes: text('minutes').notNull().default(''),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdBy: userRef('created_by').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('case_conferences_case').on(t.caseId, t.scheduledAt)],
);

export const decisionSubjects = ['safety', 'safety_plan', 'recovery_plan', 'referral', 'disclosure', 'mano_start', 'mano_outcome', 'closure', 'other'] as const;
export type DecisionSubject = (typeof decisionSubjects)[number];

export const teamDecisions = pgTable(
  'team_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    conferenceId: uuid('conference_id').references(() => caseConferences.id),
    subject: text('subject', { enum: decisionSubjects }).notNull(),
    decidedOn: date('decided_on').notNull(),
    decision: text('decision').notNull(),
    rationale: text('rationale').notNull(),
    /** Colleagues who took part: a team decision has at least two. */
    staffIds: uuid('staff_ids').array().notNull(),
    /** Partners or others who took part (a doctor, the OCJ), as they were at the time. */
    others: jsonb('others').$type<Participant[]>().notNull(),
    /** Who disagreed and why: disagreement is recorded, not smoothed over. */
    dissent: text('dissent').notNull().default(''),
    supersedesId: uuid('supersedes_id'),
    recordedBy: userRef('recorded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('team_decisions_case').on(t.caseId, t.decidedOn)],
);

export const taskStatuses = ['open', 'done', 'cancelled'] as const;

export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    title: text('title').notNull(),
    details: text('details').notNull().default(''),
    assigneeId: userRef('assignee_id'),
    dueOn: date('due_on'),
    status: text('status', { enum: taskStatuses }).notNull().default('open'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The decision this task follows up, when it came from one. */
    decisionId: uuid('decision_id').references(() => teamDecisions.id),
    createdBy: userRef('created_by').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('case_tasks_case').on(t.caseId), index('case_tasks_assignee').on(t.assigneeId, t.status)],
);

export const appointmentKinds = ['home_visit', 'office', 'phone', 'video', 'school', 'network_meeting', 'other'] as const;
export const appointmentStatuses = ['planned', 'held', 'cancelled', 'missed'] as const;

export const caseAppointments = pgTable(
  'case_appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    kind: text('kind', { enum: appointmentKinds }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    location: text('location').notNull().default(''),
    /** Who the team meets, in words: "mama en Noor", "klasleraar". */
    withWhom: text('with_whom').notNull().default(''),
    staffIds: uuid('staff_ids').array().notNull(),
    status: text('status', { enum: appointmentStatuses }).notNull().default('planned'),
    note: text('note').notNull().default(''),
    createdBy: userRef('created_by').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('case_appointments_case').on(t.caseId, t.startsAt)],
);
