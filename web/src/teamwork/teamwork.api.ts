// Team work on a case as the browser sees it (src/teamwork/teamwork.schema.ts).
import type { z } from 'zod';
import type { colleaguesResponse } from '../../../src/teamwork/teamwork.schema';
import type { ApiClient } from '../api/client';

interface Ref {
  id: string;
  name: string;
}
export const decisionSubjects = ['safety', 'safety_plan', 'recovery_plan', 'referral', 'disclosure', 'mano_start', 'mano_outcome', 'closure', 'other'] as const;
export type Discipline = 'social_worker' | 'psychologist' | 'orthopedagogue' | 'doctor' | 'criminologist' | 'lawyer' | 'other';
export interface Task {
  id: string;
  title: string;
  details: string;
  assignee: Ref | null;
  dueOn: string | null;
  status: 'open' | 'done' | 'cancelled';
  overdue: boolean;
  decisionId: string | null;
  version: number;
}
export const conferenceKinds = ['team', 'multidisciplinary', 'network', 'family'] as const;
export type ConferenceKind = (typeof conferenceKinds)[number];
export const appointmentKinds = ['home_visit', 'office', 'phone', 'video', 'school', 'network_meeting', 'other'] as const;
export type AppointmentKind = (typeof appointmentKinds)[number];
export type AppointmentStatus = 'planned' | 'held' | 'cancelled' | 'missed';
export const disciplines = ['social_worker', 'psychologist', 'orthopedagogue', 'doctor', 'criminologist', 'lawyer', 'other'] as const;
export interface Participant {
  kind: 'staff' | 'partner' | 'family' | 'other';
  userId: string | null;
  partnerId: string | null;
  name: string;
  role: string;
}
export interface Conference {
  id: string;
  kind: ConferenceKind;
  scheduledAt: string;
  status: 'planned' | 'held' | 'cancelled';
  agenda: { id: string; topic: string; notes: string }[];
  participants: Participant[];
  minutes: string;
  heldAt: string | null;
  decisionIds: string[];
  version: number;
}
export interface Appointment {
  id: string;
  kind: AppointmentKind;
  startsAt: string;
  endsAt: string;
  location: string;
  withWhom: string;
  staff: Ref[];
  status: AppointmentStatus;
  note: string;
  version: number;
}
export interface TeamMember {
  id: string;
  name: string;
  isOwner: boolean;
  discipline: Discipline | null;
  task: string;
  version: number | null;
}
export interface DecisionInput {
  subject: (typeof decisionSubjects)[number];
  decision: string;
  rationale: string;
  dissent: string;
  staffIds: string[];
  conferenceId?: string;
  followUps?: { title: string; assigneeId: string | null; dueOn: string | null }[];
}
export interface ConferenceInput {
  kind: ConferenceKind;
  scheduledAt: string;
  agenda: { id?: string; topic: string; notes: string }[];
  participants: Participant[];
}
export interface Decision {
  id: string;
  subject: string;
  decidedOn: string;
  decision: string;
  rationale: string;
  staff: Ref[];
  others: Participant[];
  dissent: string;
  conferenceId: string | null;
  supersededById: string | null;
  followUpTaskIds: string[];
  recordedBy: Ref;
}
export interface Teamwork {
  team: { members: TeamMember[]; disciplines: Discipline[]; multidisciplinary: boolean };
  tasks: Task[];
  appointments: Appointment[];
  conferences: Conference[];
  decisions: Decision[];
}
/** A centre colleague who can be invited to a conference (name, role and discipline only). */
export type Colleague = z.infer<typeof colleaguesResponse>['colleagues'][number];
export interface MyTask extends Task {
  caseId: string;
  caseNumber: string;
}

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;
export const teamworkKeys = { file: (caseId: string) => ['cases', 'teamwork', caseId] as const, mine: ['cases', 'my-tasks'] as const, colleagues: (caseId: string) => ['cases', 'colleagues', caseId] as const };

export const teamworkApi = {
  read: (api: ApiClient, caseId: string) => api.get<Teamwork>(path(caseId, '/teamwork')),
  addTask: (api: ApiClient, caseId: string, body: { title: string; assigneeId: string | null; dueOn: string | null }) => api.post<Task>(path(caseId, '/tasks'), body),
  updateTask: (api: ApiClient, caseId: string, taskId: string, body: { version: number; status: Task['status'] }) => api.post<Task>(path(caseId, `/tasks/${encodeURIComponent(taskId)}`), body),
  recordDecision: (api: ApiClient, caseId: string, body: DecisionInput) => api.post<Decision>(path(caseId, '/decisions'), body),
  setDiscipline: (api: ApiClient, caseId: string, member: TeamMember, body: { discipline: Discipline; task: string }) =>
    api.post<Teamwork['team']>(path(caseId, `/team/${encodeURIComponent(member.id)}/discipline`), { ...(member.version === null ? {} : { version: member.version }), ...body }),
  planConference: (api: ApiClient, caseId: string, body: ConferenceInput) => api.post<Conference>(path(caseId, '/conferences'), body),
  updateConference: (api: ApiClient, caseId: string, conference: Conference, change: Partial<Pick<Conference, 'status' | 'minutes' | 'scheduledAt' | 'participants'>> & { agenda?: { id?: string; topic: string; notes: string }[] }) =>
    api.post<Conference>(path(caseId, `/conferences/${encodeURIComponent(conference.id)}`), { version: conference.version, ...change }),
  addAppointment: (api: ApiClient, caseId: string, body: { kind: AppointmentKind; startsAt: string; endsAt: string; location: string; withWhom: string; staffIds: string[]; note: string }) => api.post<Appointment>(path(caseId, '/appointments'), body),
  updateAppointment: (api: ApiClient, caseId: string, appointment: Appointment, change: { status?: AppointmentStatus; note?: string }) =>
    api.post<Appointment>(path(caseId, `/appointments/${encodeURIComponent(appointment.id)}`), { version: appointment.version, ...change }),
  colleagues: (api: ApiClient, caseId: string) => api.get<{ colleagues: Colleague[] }>(path(caseId, '/colleagues')).then((b) => b.colleagues),
  myTasks: (api: ApiClient) => api.get<{ tasks: MyTask[] }>('/api/teamwork/my-tasks').then((b) => b.tasks),
};
