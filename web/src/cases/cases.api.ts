// The case-work API as the browser sees it (see src/cases/*/…schema.ts on the server).
import type { ApiClient } from '../api/client';

export type DeadlineState = 'met' | 'open' | 'due_soon' | 'missed';
export type CaseStatus = 'waiting' | 'active' | 'closed';
export type PersonKind = 'child' | 'parent' | 'family' | 'network' | 'professional';
export type RelationKind = 'parent' | 'step_parent' | 'foster_parent' | 'guardian' | 'grandparent' | 'partner' | 'ex_partner' | 'sibling' | 'half_sibling' | 'other';
export type NoteKind = 'contact' | 'observation' | 'consultation' | 'decision' | 'other';
export type ReportSource = 'professional' | 'hotline' | 'chat' | 'family' | 'child' | 'citizen' | 'other';
export type IntakeOutcome = 'advice' | 'consult' | 'case' | 'mano';
export type TaxonomyKind = 'problem_category' | 'maltreatment_form' | 'specific_context' | 'urgency' | 'closure_outcome';

export interface Term {
  kind: TaxonomyKind;
  code: string;
  labelNl: string;
  labelEn: string;
  sortOrder: number;
  active: boolean;
}

export interface ChildSummary {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  unborn: boolean;
  expectedBirth: string | null;
}

export interface CaseSummary {
  id: string;
  number: string;
  track: 'case' | 'mano';
  status: CaseStatus;
  urgency: string;
  problemCategory: string;
  teamId: string;
  owner: { id: string; name: string } | null;
  children: ChildSummary[];
  receivedAt: string;
  waitingDays: number;
  firstContactAt: string | null;
  deadline: { kind: 'first_contact' | 'follow_up'; dueAt: string; state: DeadlineState } | null;
  version: number;
}

export interface WaitingEntry extends CaseSummary {
  position: number;
  expectedWaitWeeks: number | null;
}

export interface WaitingList {
  entries: WaitingEntry[];
  summary: { waiting: number; overdue: number; longestWaitDays: number; capacity: number; activeCases: number; freeSlots: number; startsPerWeek: number };
}

export interface WorkerLoad {
  id: string;
  name: string;
  role: string;
  teamId: string;
  capacity: number;
  capacitySet: boolean;
  capacityVersion: number | null;
  activeCases: number;
}

export interface Person {
  id: string;
  kind: PersonKind;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  unborn: boolean;
  expectedBirth: string | null;
  roleLabel: string;
  organisation: string;
  phone: string;
  livesWithChild: boolean | null;
  notes: string;
  version: number;
}

export interface Relation {
  id: string;
  fromPersonId: string;
  toPersonId: string;
  kind: RelationKind;
}

export interface Note {
  id: string;
  kind: NoteKind;
  concernsDate: string;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TimelineEntry {
  id: number;
  occurredAt: string;
  kind: string;
  actor: { id: string; name: string } | null;
  recordType: string | null;
  recordId: string | null;
  details: Record<string, unknown>;
}

export interface CaseFile extends CaseSummary {
  team: { id: string; name: string };
  members: { id: string; name: string }[];
  openedAt: string;
  firstContactDueAt: string;
  followUpDueAt: string | null;
  closedAt: string | null;
  closureOutcome: string | null;
  closureNote: string | null;
  forms: string[];
  contexts: string[];
  story: { worries: string; strengths: string; nextSteps: string };
  persons: Person[];
  relations: Relation[];
  notes: Note[];
  timeline: TimelineEntry[];
  reports: { id: string; receivedAt: string; source: ReportSource; concern: string; outcome: IntakeOutcome | null }[];
  readOnly: boolean;
}

export interface Reporter {
  reportId: string;
  receivedAt: string;
  source: string;
  anonymous: boolean;
  name: string;
  organisation: string;
  profession: string;
  relationToChild: string;
  phone: string;
  email: string;
  wantsFeedback: boolean;
}

export interface SearchHit extends CaseSummary {
  matched: { personId: string; kind: PersonKind; firstName: string; lastName: string; dateOfBirth: string | null } | null;
  score: number;
}

export interface ReportChildDraft {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  unborn: boolean;
  expectedBirth: string;
}

export interface ReportDraft {
  source: ReportSource | '';
  receivedAt: string;
  concern: string;
  children: ReportChildDraft[];
  reporter: { anonymous: boolean; name: string; organisation: string; profession: string; relationToChild: string; phone: string; email: string; wantsFeedback: boolean };
  problemCategory: string;
  forms: string[];
  contexts: string[];
  urgency: string;
  outcome: IntakeOutcome | '';
  outcomeNote: string;
}

export interface RegisteredReport {
  id: string;
  caseId: string | null;
  outcome: IntakeOutcome | null;
  firstContactDueAt: string;
}

export interface ReportView {
  id: string;
  receivedAt: string;
  source: ReportSource;
  concern: string;
  problemCategory: string;
  urgency: string;
  firstContactDueAt: string;
  deadline: DeadlineState | null;
  outcome: IntakeOutcome | null;
  caseId: string | null;
  registeredBy: { id: string; name: string };
  children: { id: string; firstName: string; lastName: string; dateOfBirth: string | null; unborn: boolean; expectedBirth: string | null }[];
  /** A chat transcript came with it (handed off with the child's consent). */
  hasTranscript: boolean;
  version: number;
}

export const casesKeys = {
  all: ['cases'] as const,
  taxonomy: ['cases', 'taxonomy'] as const,
  mine: ['cases', 'mine'] as const,
  untriaged: ['cases', 'reports', 'untriaged'] as const,
  deadlines: ['cases', 'deadlines'] as const,
  waiting: ['cases', 'waiting-list'] as const,
  capacity: ['cases', 'capacity'] as const,
  file: (id: string) => ['cases', 'file', id] as const,
  reporters: (id: string) => ['cases', 'reporters', id] as const,
  search: (q: string) => ['cases', 'search', q] as const,
};

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;

export const casesApi = {
  taxonomy: (api: ApiClient) => api.get<{ terms: Term[] }>('/api/cases/taxonomy').then((b) => b.terms),
  mine: (api: ApiClient) => api.get<{ cases: CaseSummary[] }>('/api/cases/mine').then((b) => b.cases),
  deadlines: (api: ApiClient) => api.get<{ cases: CaseSummary[] }>('/api/cases/deadlines').then((b) => b.cases),
  waitingList: (api: ApiClient) => api.get<WaitingList>('/api/cases/waiting-list'),
  capacity: (api: ApiClient) => api.get<{ workers: WorkerLoad[] }>('/api/cases/capacity').then((b) => b.workers),
  setCapacity: (api: ApiClient, userId: string, capacity: number, version: number | null) =>
    api.post<WorkerLoad>(`/api/cases/capacity/${encodeURIComponent(userId)}`, { capacity, version }),
  search: (api: ApiClient, q: string, signal?: AbortSignal) => api.get<{ kind: string; results: SearchHit[] }>('/api/cases/search', { query: { q }, signal }),
  register: (api: ApiClient, body: unknown) => api.post<RegisteredReport>('/api/cases/reports', body),
  untriaged: (api: ApiClient) => api.get<{ reports: ReportView[] }>('/api/cases/reports', { query: { status: 'untriaged' } }).then((b) => b.reports),
  triage: (api: ApiClient, reportId: string, body: { version: number; outcome: IntakeOutcome; outcomeNote: string }) =>
    api.post<ReportView>(`/api/cases/reports/${encodeURIComponent(reportId)}/triage`, body),
  file: (api: ApiClient, caseId: string) => api.get<CaseFile>(path(caseId)),
  reporters: (api: ApiClient, caseId: string) => api.get<{ reporters: Reporter[] }>(path(caseId, '/reporters')).then((b) => b.reporters),
  assign: (api: ApiClient, caseId: string, body: { version: number; ownerId: string; memberIds: string[] }) => api.post<CaseSummary>(path(caseId, '/assign'), body),
  retriage: (api: ApiClient, caseId: string, body: { version: number; urgency: string }) => api.post<CaseSummary>(path(caseId, '/retriage'), body),
  story: (api: ApiClient, caseId: string, body: { version: number; worries: string; strengths: string; nextSteps: string }) => api.post<unknown>(path(caseId, '/story'), body),
  addNote: (api: ApiClient, caseId: string, body: { kind: NoteKind; concernsDate: string; body: string }) => api.post<Note>(path(caseId, '/notes'), body),
  addPerson: (api: ApiClient, caseId: string, body: Partial<Person>) => api.post<Person>(path(caseId, '/persons'), body),
  addRelation: (api: ApiClient, caseId: string, body: { fromPersonId: string; toPersonId: string; kind: RelationKind }) => api.post<Relation>(path(caseId, '/relations'), body),
  close: (api: ApiClient, caseId: string, body: { version: number; outcome: string; note: string }) => api.post<CaseSummary>(path(caseId, '/close'), body),
  reopen: (api: ApiClient, caseId: string, body: { version: number; reason: string }) => api.post<CaseSummary>(path(caseId, '/reopen'), body),
};
