// The assessments of a case as the browser sees them: the types are those of the server's
// response schemas (src/assessments/assessments.schema.ts).
import type { z } from 'zod';
import type { aceResponse, assessmentsResponse, doubtResponse, safetyAssessmentResponse } from '../../../src/assessments/assessments.schema';
import type { AceItem as ServerAceItem } from '../../../src/assessments/assessments.tables';
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
] as const satisfies readonly ServerAceItem[];
export type AceItem = (typeof aceItems)[number];
export const aceAnswers = ['yes', 'no', 'unknown', 'declined'] as const satisfies readonly AceAnswer[];
export type AceAnswer = AceScreening['answers'][AceItem];
export type ScorerKind = ScaleScore['scorerKind'];
export type DoubtKind = Doubt['kind'];
export const doubtKinds = ['doubt', 'open_question', 'disagreement'] as const satisfies readonly DoubtKind[];

// The shapes are the server's response schemas themselves (type-only imports: nothing of the
// server reaches the bundle), so a field added or renamed there is a type error here.
export type AceScreening = z.infer<typeof aceResponse>;
export type SafetyAssessment = z.infer<typeof safetyAssessmentResponse>;
export type ScaleScore = SafetyAssessment['scale']['latest'][number];
export type Doubt = z.infer<typeof doubtResponse>;
export type Assessments = z.infer<typeof assessmentsResponse>;

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
  updateDoubt: (api: ApiClient, caseId: string, doubtId: string, body: { version: number; kind: DoubtKind; question: string; whyItMatters: string; wouldResolve: string }) => api.post<Doubt>(path(caseId, `/doubts/${encodeURIComponent(doubtId)}`), body),
  updateAce: (api: ApiClient, caseId: string, screeningId: string, body: { version: number; screenedOn?: string; answers: Partial<Record<AceItem, AceAnswer>>; note: string }) =>
    api.post<AceScreening>(path(caseId, `/ace-screenings/${encodeURIComponent(screeningId)}`), body),
  resolveDoubt: (api: ApiClient, caseId: string, doubtId: string, body: { version: number; answer: string }) => api.post<Doubt>(path(caseId, `/doubts/${encodeURIComponent(doubtId)}/resolve`), body),
};
