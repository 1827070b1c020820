// The MANO track and its prosecutor letter as the browser sees them (src/mano/mano.schema.ts).
import type { ApiClient } from '../api/client';

interface Ref {
  id: string;
  name: string;
}
export type ClockState = 'running' | 'due_soon' | 'overdue' | 'concluded_in_time' | 'concluded_late';
export interface ManoClock {
  startedOn: string;
  dueOn: string;
  workingDaysElapsed: number;
  workingDaysLeft: number;
  state: ClockState;
}
export interface Letter {
  id: string;
  status: 'draft' | 'reviewed' | 'sent' | 'superseded';
  prosecutor: Ref;
  sha256: string;
  bytes: number;
  generatedBy: Ref;
  generatedAt: string;
  reviewedBy: Ref | null;
  sentOn: string | null;
  version: number;
}
export type ManoOutcome = 'not_necessary' | 'necessary_help_accepted' | 'necessary_no_cooperation';
export interface Track {
  id: string;
  status: 'open' | 'concluded';
  justification: string;
  developmentThreatened: boolean;
  integrityHarmed: boolean;
  voluntaryHelp: 'stuck' | 'refused';
  helpOffered: string;
  familyInformedOn: string | null;
  familyInformedHow: string;
  clock: ManoClock;
  outcome: ManoOutcome | null;
  outcomeOn: string | null;
  letters: Letter[];
  version: number;
}
export interface StartManoDraft {
  decisionId: string;
  justification: string;
  concerning: string[];
  voluntaryHelp: string;
  helpOffered: string;
  startedOn: string;
  familyInformedOn: string;
  familyInformedHow: string;
}
export interface ConcludeManoDraft {
  outcome: string;
  decisionId: string;
  rationale: string;
  outcomeOn: string;
}
export const manoOutcomes = ['not_necessary', 'necessary_help_accepted', 'necessary_no_cooperation'] as const;

export interface ManoDue {
  caseId: string;
  caseNumber: string;
  trackId: string;
  familyInformed: boolean;
  clock: ManoClock;
}

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;
export const manoKeys = { file: (caseId: string) => ['cases', 'mano', caseId] as const, due: ['cases', 'mano-due'] as const };

export const manoApi = {
  read: (api: ApiClient, caseId: string) => api.get<{ tracks: Track[] }>(path(caseId, '/mano')).then((b) => b.tracks),
  start: (api: ApiClient, caseId: string, d: StartManoDraft) =>
    api.post<Track>(path(caseId, '/mano'), {
      decisionId: d.decisionId,
      justification: d.justification,
      developmentThreatened: d.concerning.includes('developmentThreatened'),
      integrityHarmed: d.concerning.includes('integrityHarmed'),
      voluntaryHelp: d.voluntaryHelp,
      helpOffered: d.helpOffered,
      ...(d.startedOn ? { startedOn: d.startedOn } : {}),
      familyInformedOn: d.familyInformedOn || null,
      familyInformedHow: d.familyInformedHow,
    }),
  update: (api: ApiClient, caseId: string, track: Track, change: { familyInformedOn?: string | null; familyInformedHow?: string }) => api.post<Track>(path(caseId, `/mano/${encodeURIComponent(track.id)}`), { version: track.version, ...change }),
  conclude: (api: ApiClient, caseId: string, track: Track, d: ConcludeManoDraft) =>
    api.post<Track>(path(caseId, `/mano/${encodeURIComponent(track.id)}/conclude`), { version: track.version, outcome: d.outcome, decisionId: d.decisionId, rationale: d.rationale, ...(d.outcomeOn ? { outcomeOn: d.outcomeOn } : {}) }),
  generate: (api: ApiClient, caseId: string, trackId: string, prosecutorId: string) => api.post<Letter>(path(caseId, `/mano/${encodeURIComponent(trackId)}/letters`), { prosecutorId }),
  review: (api: ApiClient, caseId: string, letter: Letter) => api.post<Letter>(path(caseId, `/mano-letters/${encodeURIComponent(letter.id)}/review`), { version: letter.version }),
  send: (api: ApiClient, caseId: string, letter: Letter, body: { familyInformed: boolean; notInformedReason: string }) => api.post<Letter>(path(caseId, `/mano-letters/${encodeURIComponent(letter.id)}/send`), { version: letter.version, ...body }),
  pdfUrl: (caseId: string, letterId: string) => path(caseId, `/mano-letters/${encodeURIComponent(letterId)}/pdf`),
  due: (api: ApiClient) => api.get<{ tracks: ManoDue[] }>('/api/mano/due').then((b) => b.tracks),
};
