// Team work on a case as the browser sees it: the types are those of the server's schemas
// (src/teamwork/teamwork.schema.ts; type-only imports, so nothing of the server reaches the
// bundle), and a field added or renamed there is a type error here.
import type { z } from 'zod';
import type {
  appointmentInput,
  appointmentResponse,
  appointmentUpdate,
  colleaguesResponse,
  conferenceInput,
  conferenceResponse,
  conferenceUpdate,
  decisionInput,
  disciplineInput,
  decisionResponse,
  myTasksResponse,
  taskInput,
  taskResponse,
  taskUpdate,
  teamworkResponse,
} from '../../../src/teamwork/teamwork.schema';
import type { ApiClient } from '../api/client';

export type Task = z.infer<typeof taskResponse>;
export type Appointment = z.infer<typeof appointmentResponse>;
export type Conference = z.infer<typeof conferenceResponse>;
export type Decision = z.infer<typeof decisionResponse>;
export type Teamwork = z.infer<typeof teamworkResponse>;
export type TeamMember = Teamwork['team']['members'][number];
export type Participant = Conference['participants'][number];
/** A centre colleague who can be invited to a conference (name, role and discipline only). */
export type Colleague = z.infer<typeof colleaguesResponse>['colleagues'][number];
export type MyTask = z.infer<typeof myTasksResponse>['tasks'][number];
/** What the browser sends (defaults filled in by the server may be left out). */
export type DecisionInput = z.input<typeof decisionInput>;
export type ConferenceInput = z.input<typeof conferenceInput>;

export type Discipline = NonNullable<TeamMember['discipline']>;
export type ConferenceKind = Conference['kind'];
export type AppointmentKind = Appointment['kind'];
export type AppointmentStatus = Appointment['status'];
export const decisionSubjects = ['safety', 'safety_plan', 'recovery_plan', 'referral', 'disclosure', 'mano_start', 'mano_outcome', 'closure', 'other'] as const satisfies readonly Decision['subject'][];
export const conferenceKinds = ['team', 'multidisciplinary', 'network', 'family'] as const satisfies readonly ConferenceKind[];
export const appointmentKinds = ['home_visit', 'office', 'phone', 'video', 'school', 'network_meeting', 'other'] as const satisfies readonly AppointmentKind[];
export const disciplines = ['social_worker', 'psychologist', 'orthopedagogue', 'doctor', 'criminologist', 'lawyer', 'other'] as const satisfies readonly Discipline[];

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;
export const teamworkKeys = { file: (caseId: string) => ['cases', 'teamwork', caseId] as const, mine: ['cases', 'my-tasks'] as const, colleagues: (caseId: string) => ['cases', 'colleagues', caseId] as const };

export const teamworkApi = {
  read: (api: ApiClient, caseId: string) => api.get<Teamwork>(path(caseId, '/teamwork')),
  addTask: (api: ApiClient, caseId: string, body: { title: string; assigneeId: string | null; dueOn: string | null }) => api.post<Task>(path(caseId, '/tasks'), body satisfies z.input<typeof taskInput>),
  updateTask: (api: ApiClient, caseId: string, taskId: string, body: { version: number; status: Task['status'] }) => api.post<Task>(path(caseId, `/tasks/${encodeURIComponent(taskId)}`), body satisfies z.input<typeof taskUpdate>),
  recordDecision: (api: ApiClient, caseId: string, body: DecisionInput) => api.post<Decision>(path(caseId, '/decisions'), body),
  setDiscipline: (api: ApiClient, caseId: string, member: TeamMember, body: { discipline: Discipline; task: string }) =>
    api.post<Teamwork['team']>(path(caseId, `/team/${encodeURIComponent(member.id)}/discipline`), { ...(member.version === null ? {} : { version: member.version }), ...body } satisfies z.input<typeof disciplineInput>),
  planConference: (api: ApiClient, caseId: string, body: ConferenceInput) => api.post<Conference>(path(caseId, '/conferences'), body),
  updateConference: (api: ApiClient, caseId: string, conference: Conference, change: Partial<Pick<Conference, 'status' | 'minutes' | 'scheduledAt' | 'participants'>> & { agenda?: { id?: string; topic: string; notes: string }[] }) =>
    api.post<Conference>(path(caseId, `/conferences/${encodeURIComponent(conference.id)}`), { version: conference.version, ...change } satisfies z.input<typeof conferenceUpdate>),
  addAppointment: (api: ApiClient, caseId: string, body: { kind: AppointmentKind; startsAt: string; endsAt: string; location: string; withWhom: string; staffIds: string[]; note: string }) => api.post<Appointment>(path(caseId, '/appointments'), body satisfies z.input<typeof appointmentInput>),
  updateAppointment: (api: ApiClient, caseId: string, appointment: Appointment, change: { status?: AppointmentStatus; note?: string }) =>
    api.post<Appointment>(path(caseId, `/appointments/${encodeURIComponent(appointment.id)}`), { version: appointment.version, ...change } satisfies z.input<typeof appointmentUpdate>),
  colleagues: (api: ApiClient, caseId: string) => api.get<{ colleagues: Colleague[] }>(path(caseId, '/colleagues')).then((b) => b.colleagues),
  myTasks: (api: ApiClient) => api.get<{ tasks: MyTask[] }>('/api/teamwork/my-tasks').then((b) => b.tasks),
};
