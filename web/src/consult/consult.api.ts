// The advice-and-consult API as the browser sees it (see src/consult/consult.schema.ts).
import type { ApiClient } from '../api/client';
import type { ConsultChannel, ConsultStatus, ConsultUrgency, ProfessionalSector } from '../../../src/consult/consult-vocabulary';

export type { ConsultChannel, ConsultStatus, ConsultUrgency, ProfessionalSector };
export type FollowUpState = 'overdue' | 'today' | 'soon' | 'planned';
export type ConsultView = 'open' | 'mine' | 'due' | 'all';
export type ConsultSort = 'newest' | 'urgent';
export type StatusChange = 'start' | 'close' | 'reopen';

interface PersonRef {
  id: string;
  name: string;
}

export interface ConsultListItem {
  id: string;
  reference: string;
  channel: ConsultChannel;
  sector: string;
  professionalSector: ProfessionalSector;
  status: ConsultStatus;
  urgency: ConsultUrgency;
  organisation: string | null;
  familyNamed: boolean;
  kindreflexStep: string | null;
  assignedTo: PersonRef | null;
  followUpOn: string | null;
  followUpState: FollowUpState | null;
  reportId: string | null;
  expectedResponseBy: string;
  createdAt: string;
  version: number;
}

export interface FamilyPerson {
  firstName: string;
  lastName: string;
}
export interface FamilyChild extends FamilyPerson {
  dateOfBirth: string | null;
}

export interface ConsultDetail extends ConsultListItem {
  guideOutcome: string | null;
  observations: string | null;
  considerations: string | null;
  decisions: string | null;
  question: string | null;
  contact: { name: string | null; role: string | null; organisation: string | null; phone: string | null; email: string | null };
  family: { children: FamilyChild[]; parents: FamilyPerson[] } | null;
  registeredBy: PersonRef | null;
  advice: { id: string; text: string; givenBy: PersonRef; givenAt: string }[];
}

export interface FollowUp {
  id: string;
  reference: string;
  organisation: string | null;
  urgency: ConsultUrgency;
  followUpOn: string;
  followUpState: FollowUpState;
}

export const consultKeys = {
  all: ['consult'] as const,
  list: (view: ConsultView, sort: ConsultSort) => ['consult', 'list', view, sort] as const,
  detail: (id: string) => ['consult', 'detail', id] as const,
  followUps: ['consult', 'follow-ups'] as const,
  handlers: ['consult', 'handlers'] as const,
};

const path = (id: string, rest = '') => `/api/consult/requests/${encodeURIComponent(id)}${rest}`;

export const consultApi = {
  list: (api: ApiClient, view: ConsultView, sort: ConsultSort) => api.get<{ requests: ConsultListItem[]; more: boolean }>('/api/consult/requests', { query: { view, sort } }),
  detail: (api: ApiClient, id: string) => api.get<ConsultDetail>(path(id)),
  register: (api: ApiClient, body: unknown) => api.post<ConsultDetail>('/api/consult/requests', body),
  update: (api: ApiClient, id: string, body: unknown) => api.post<ConsultDetail>(path(id), body),
  advise: (api: ApiClient, id: string, body: { version: number; text: string; followUpOn: string | null }) => api.post<ConsultDetail>(path(id, '/advice'), body),
  status: (api: ApiClient, id: string, body: { version: number; change: StatusChange }) => api.post<ConsultDetail>(path(id, '/status'), body),
  convert: (api: ApiClient, id: string, body: { version: number; problemCategory: string; forms: string[]; contexts: string[] }) =>
    api.post<{ reportId: string; consult: ConsultDetail }>(path(id, '/convert'), body),
  followUps: (api: ApiClient) => api.get<{ followUps: FollowUp[] }>('/api/consult/follow-ups').then((b) => b.followUps),
  handlers: (api: ApiClient) => api.get<{ handlers: PersonRef[] }>('/api/consult/handlers').then((b) => b.handlers),
};
