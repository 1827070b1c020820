// The assessments of a case as the browser sees them (src/assessments/assessments.schema.ts).
import type { ApiClient } from '../api/client';

export const aceItems = [
  'emotional_abuse',
  'physical_abuse',
  'sexual_abuse',
  'emotional_neglect',
  'physical_neglect',
  'mother_treated_violently',
  'household_substance_abuse',
  'household_mental_illness',
  'parental_separation',
  'incarcerated_household_member',
] as const;
export type AceItem = (typeof aceItems)[number];
export const aceAnswers = ['yes', 'no', 'unknown', 'declined'] as const;
export type AceAnswer = (typeof aceAnswers)[number];
export type ScorerKind = 'worker' | 'parent' | 'child' | 'partner' | 'network';
export type DoubtKind = 'doubt' | 'open_question' | 'disagreement';

interface Ref {
  id: string;
  name: string;
}

export interface AceScreening {
  id: string;
  person: Ref;
  screenedOn: string;
  answers: Record<AceItem, AceAnswer>;
  score: number;
  unanswered: number;
  signal: boolean;
  signalPossible: boolean;
  interpretation: string[];
  note: string;
  version: number;
}

export interface ScaleScore {
  id: string;
  scorerKind: ScorerKind;
  scorerLabel: string;
  score: number;
  explanation: string;
  scoredOn: string;
}

export interface SafetyAssessment {
  id: string;
  assessedOn: string;
  status: 'draft' | 'completed';
  harm: string;
  dangerStatements: { id: string; worriedWho: string; worry: string; impact: string; safetyGoal: string }[];
  complicatingFactors: string;
  strengths: string;
  existingSafety: string;
  nextSteps: { id: string; what: string; who: string; dueOn: string | null }[];
  scale: { latest: ScaleScore[]; history: ScaleScore[]; lowest: number | null; highest: number | null; spread: number; disagreement: boolean };
  hints: { code: string; message: string }[];
  recordedBy: Ref;
  completedAt: string | null;
  version: number;
}

export interface Doubt {
  id: string;
  kind: DoubtKind;
  question: string;
  whyItMatters: string;
  wouldResolve: string;
  raisedBy: Ref;
  raisedAt: string;
  resolved: boolean;
  resolvedBy: Ref | null;
  answer: string | null;
  version: number;
}

export interface Assessments {
  aceScreenings: AceScreening[];
  safetyAssessments: SafetyAssessment[];
  doubts: Doubt[];
}

/** The editable part of a safety assessment, as the form holds it (dates as '' when empty). */
export interface SafetyAssessmentDraft {
  assessedOn: string;
  harm: string;
  dangerStatements: { id?: string; worriedWho: string; worry: string; impact: string; safetyGoal: string }[];
  complicatingFactors: string;
  strengths: string;
  existingSafety: string;
  nextSteps: { id?: string; what: string; who: string; dueOn: string }[];
}

function assessmentBody(d: SafetyAssessmentDraft) {
  return {
    ...(d.assessedOn ? { assessedOn: d.assessedOn } : {}),
    harm: d.harm,
    dangerStatements: d.dangerStatements,
    complicatingFactors: d.complicatingFactors,
    strengths: d.strengths,
    existingSafety: d.existingSafety,
    nextSteps: d.nextSteps.map((s) => ({ ...s, dueOn: s.dueOn || null })),
  };
}

export const assessmentsKey = (caseId: string) => ['cases', 'assessments', caseId] as const;
const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;

export const assessmentsApi = {
  read: (api: ApiClient, caseId: string) => api.get<Assessments>(path(caseId, '/assessments')),
  recordAce: (api: ApiClient, caseId: string, body: { personId: string; answers: Record<AceItem, AceAnswer>; note: string }) => api.post<AceScreening>(path(caseId, '/ace-screenings'), body),
  startSafety: (api: ApiClient, caseId: string, draft: SafetyAssessmentDraft) => api.post<SafetyAssessment>(path(caseId, '/safety-assessments'), assessmentBody(draft)),
  updateSafety: (api: ApiClient, caseId: string, assessmentId: string, version: number, draft: SafetyAssessmentDraft) =>
    api.post<SafetyAssessment>(path(caseId, `/safety-assessments/${encodeURIComponent(assessmentId)}`), { version, ...assessmentBody(draft) }),
  completeSafety: (api: ApiClient, caseId: string, assessmentId: string, version: number) => api.post<SafetyAssessment>(path(caseId, `/safety-assessments/${encodeURIComponent(assessmentId)}/complete`), { version }),
  addScore: (api: ApiClient, caseId: string, assessmentId: string, body: { scorerKind: ScorerKind; scorerLabel: string; score: number | null; explanation: string }) =>
    api.post<SafetyAssessment>(path(caseId, `/safety-assessments/${encodeURIComponent(assessmentId)}/scores`), body),
  raiseDoubt: (api: ApiClient, caseId: string, body: { kind: DoubtKind; question: string; whyItMatters: string; wouldResolve: string }) => api.post<Doubt>(path(caseId, '/doubts'), body),
  resolveDoubt: (api: ApiClient, caseId: string, doubtId: string, body: { version: number; answer: string }) => api.post<Doubt>(path(caseId, `/doubts/${encodeURIComponent(doubtId)}/resolve`), body),
};
