// Safety and recovery plans as the browser sees them (src/plans/*.schema.ts).
import type { ApiClient } from '../api/client';

interface Ref {
  id: string;
  name: string;
}
export type ReviewState = 'scheduled' | 'due' | 'overdue' | 'ended';
export interface SafetyRule {
  id: string;
  rule: string;
}
export interface NetworkMember {
  id: string;
  name: string;
  relation: string;
  checks: string;
  ruleIds: string[];
}
export interface PlanVersion {
  number: number;
  rules: SafetyRule[];
  network: NetworkMember[];
  reviewOn: string;
  changeNote: string;
  createdBy: Ref;
  createdAt: string;
  signatures: { id: string; signerLabel: string; signerRole: string; agrees: boolean; method: string; signedOn: string; remark: string }[];
}
export interface SafetyPlan {
  id: string;
  status: 'active' | 'ended';
  currentNumber: number;
  nextReviewOn: string;
  reviewState: ReviewState;
  current: PlanVersion;
  versions: { number: number; createdAt: string; createdBy: Ref; changeNote: string; reviewOn: string; signatures: number }[];
  reviews: { id: string; versionNumber: number; reviewedOn: string; outcome: string; note: string }[];
  version: number;
}
interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: { id: string; fields: string[]; from: T; to: T }[];
}
export interface PlanDiff {
  from: number;
  to: number;
  rules: ListDiff<SafetyRule>;
  network: ListDiff<NetworkMember>;
  reviewOn: { from: string; to: string } | null;
  unchanged: boolean;
}
export type Progress = 'planned' | 'in_progress' | 'reached' | 'dropped';
export type ShareableField = 'childGoals' | 'familyGoals' | 'protectiveFactors' | 'actions' | 'progressNotes';
export interface RecoveryPlan {
  id: string;
  childGoals: { id: string; goal: string; progress: Progress }[];
  familyGoals: { id: string; goal: string; progress: Progress }[];
  protectiveFactors: { id: string; factor: string; progress: Progress }[];
  actions: { id: string; what: string; ownerKind: string; ownerLabel: string; dueOn: string | null; progress: Progress }[];
  progressNotes: { id: string; concernsDate: string; body: string; shareable: boolean; author: Ref }[];
  shares: { id: string; partner: { id: string; name: string; kind: string }; fields: ShareableField[]; version: number }[];
  version: number;
}
export interface PartnerView {
  partner: { id: string; name: string };
  sharedFields: ShareableField[];
  childGoals?: { goal: string; progress: Progress }[];
  familyGoals?: { goal: string; progress: Progress }[];
  protectiveFactors?: { factor: string; progress: Progress }[];
  actions?: { what: string; owner: string; dueOn: string | null; progress: Progress }[];
  progressNotes?: { concernsDate: string; body: string }[];
}
export interface ReviewDue {
  caseId: string;
  caseNumber: string;
  currentNumber: number;
  nextReviewOn: string;
  reviewState: ReviewState;
}

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;

export const plansKeys = {
  safety: (caseId: string) => ['cases', 'safety-plan', caseId] as const,
  recovery: (caseId: string) => ['cases', 'recovery-plan', caseId] as const,
  diff: (caseId: string, from: number, to: number) => ['cases', 'safety-plan', caseId, 'diff', from, to] as const,
  partnerView: (caseId: string, partnerId: string) => ['cases', 'recovery-plan', caseId, 'partner', partnerId] as const,
  reviewsDue: ['cases', 'reviews-due'] as const,
};

export const plansApi = {
  safety: (api: ApiClient, caseId: string) => api.get<{ plan: SafetyPlan | null }>(path(caseId, '/safety-plan')).then((b) => b.plan),
  diff: (api: ApiClient, caseId: string, from: number, to: number) => api.get<PlanDiff>(path(caseId, '/safety-plan/diff'), { query: { from, to } }),
  review: (api: ApiClient, caseId: string, body: { version: number; outcome: 'continue' | 'ended'; note: string; nextReviewOn: string | null }) => api.post<SafetyPlan>(path(caseId, '/safety-plan/reviews'), body),
  recovery: (api: ApiClient, caseId: string) => api.get<{ plan: RecoveryPlan | null }>(path(caseId, '/recovery-plan')).then((b) => b.plan),
  partnerView: (api: ApiClient, caseId: string, planId: string, partnerId: string) => api.get<PartnerView>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}/partner-view/${encodeURIComponent(partnerId)}`)),
  reviewsDue: (api: ApiClient) => api.get<{ reviews: ReviewDue[] }>('/api/plans/reviews-due').then((b) => b.reviews),
};
