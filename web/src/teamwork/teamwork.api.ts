// Team work on a case as the browser sees it (src/teamwork/teamwork.schema.ts).
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
export interface Participant {
  kind: 'staff' | 'partner' | 'family' | 'other';
  name: string;
  role: string;
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
  supersededById: string | null;
  followUpTaskIds: string[];
  recordedBy: Ref;
}
export interface Teamwork {
  team: { members: { id: string; name: string; isOwner: boolean; discipline: Discipline | null; task: string }[]; disciplines: Discipline[]; multidisciplinary: boolean };
  tasks: Task[];
  appointments: { id: string; kind: string; startsAt: string; endsAt: string; location: string; withWhom: string; staff: Ref[]; status: string }[];
  conferences: { id: string; kind: string; scheduledAt: string; status: string; agenda: { id: string; topic: string }[]; participants: Participant[]; minutes: string; decisionIds: string[] }[];
  decisions: Decision[];
}
export interface MyTask extends Task {
  caseId: string;
  caseNumber: string;
}

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;
export const teamworkKeys = { file: (caseId: string) => ['cases', 'teamwork', caseId] as const, mine: ['cases', 'my-tasks'] as const };

export const teamworkApi = {
  read: (api: ApiClient, caseId: string) => api.get<Teamwork>(path(caseId, '/teamwork')),
  addTask: (api: ApiClient, caseId: string, body: { title: string; assigneeId: string | null; dueOn: string | null }) => api.post<Task>(path(caseId, '/tasks'), body),
  updateTask: (api: ApiClient, caseId: string, taskId: string, body: { version: number; status: Task['status'] }) => api.post<Task>(path(caseId, `/tasks/${encodeURIComponent(taskId)}`), body),
  recordDecision: (api: ApiClient, caseId: string, body: { subject: (typeof decisionSubjects)[number]; decision: string; rationale: string; dissent: string; staffIds: string[] }) => api.post<Decision>(path(caseId, '/decisions'), body),
  myTasks: (api: ApiClient) => api.get<{ tasks: MyTask[] }>('/api/teamwork/my-tasks').then((b) => b.tasks),
};
