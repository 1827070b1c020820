// Safety and recovery plans as the browser sees them (src/plans/*.schema.ts).
import type { ApiClient } from '../api/client';
import type { LegalBasis } from '../partners/partners.api';

interface Ref {
  id: string;
  name: string;
}
export type ReviewState = 'scheduled' | 'due' | 'overdue' | 'ended';
export const signerRoles = ['parent', 'child', 'caregiver', 'network', 'other'] as const;
export type SignerRole = (typeof signerRoles)[number];
export const signatureMethods = ['signed_on_paper', 'verbal', 'digital'] as const;
export type SignatureMethod = (typeof signatureMethods)[number];
export interface SafetyRule {
  id: string;
  rule: string;
}
export interface NetworkMember {
  id: string;
  name: string;
  relation: string;
  personId: string | null;
  checks: string;
  ruleIds: string[];
}
/** What the plan form holds: a new version's content (new items get their id in the browser). */
export interface SafetyPlanDraft {
  rules: SafetyRule[];
  network: NetworkMember[];
  reviewOn: string;
  changeNote: string;
  reviewed: boolean;
}
export interface SignatureDraft {
  signerLabel: string;
  signerRole: SignerRole | '';
  agrees: '' | 'yes' | 'no';
  method: SignatureMethod | '';
  signedOn: string;
  remark: string;
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
export const ownerKinds = ['staff', 'partner', 'family'] as const;
export type OwnerKind = (typeof ownerKinds)[number];
export const progressStates = ['planned', 'in_progress', 'reached', 'dropped'] as const;
export const shareableFields = ['childGoals', 'familyGoals', 'protectiveFactors', 'actions', 'progressNotes'] as const;
export interface Goal {
  id?: string;
  personId: string | null;
  goal: string;
  progress: Progress;
}
export interface Factor {
  id?: string;
  factor: string;
  progress: Progress;
}
export interface Action {
  id?: string;
  what: string;
  ownerKind: OwnerKind;
  ownerUserId: string | null;
  ownerPartnerId: string | null;
  ownerLabel: string;
  dueOn: string | null;
  progress: Progress;
}
export interface RecoveryLists {
  childGoals: Goal[];
  familyGoals: Goal[];
  protectiveFactors: Factor[];
  actions: Action[];
}
export interface RecoveryPlan extends RecoveryLists {
  id: string;
  progressNotes: { id: string; concernsDate: string; body: string; shareable: boolean; author: Ref }[];
  shares: { id: string; partner: { id: string; name: string; kind: string }; fields: ShareableField[]; version: number }[];
  version: number;
}
export interface ShareDraft {
  partnerId: string;
  fields: ShareableField[];
  legalBasis: LegalBasis | '';
  reason: string;
  familyInformed: boolean;
  notInformedReason: string;
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
  createSafety: (api: ApiClient, caseId: string, d: SafetyPlanDraft) => api.post<SafetyPlan>(path(caseId, '/safety-plan'), { rules: d.rules, network: d.network, reviewOn: d.reviewOn, changeNote: d.changeNote }),
  newVersion: (api: ApiClient, caseId: string, version: number, d: SafetyPlanDraft) => api.post<SafetyPlan>(path(caseId, '/safety-plan/versions'), { version, ...d }),
  sign: (api: ApiClient, caseId: string, number: number, d: SignatureDraft) =>
    api.post<SafetyPlan>(path(caseId, `/safety-plan/versions/${number}/signatures`), {
      signerLabel: d.signerLabel,
      signerRole: d.signerRole,
      // Unanswered is sent as null: the server then names the field instead of guessing.
      agrees: d.agrees === '' ? null : d.agrees === 'yes',
      method: d.method,
      ...(d.signedOn ? { signedOn: d.signedOn } : {}),
      remark: d.remark,
    }),
  review: (api: ApiClient, caseId: string, body: { version: number; outcome: 'continue' | 'ended'; note: string; nextReviewOn: string | null }) => api.post<SafetyPlan>(path(caseId, '/safety-plan/reviews'), body),
  recovery: (api: ApiClient, caseId: string) => api.get<{ plan: RecoveryPlan | null }>(path(caseId, '/recovery-plan')).then((b) => b.plan),
  partnerView: (api: ApiClient, caseId: string, planId: string, partnerId: string) => api.get<PartnerView>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}/partner-view/${encodeURIComponent(partnerId)}`)),
  createRecovery: (api: ApiClient, caseId: string, lists: RecoveryLists) => api.post<RecoveryPlan>(path(caseId, '/recovery-plan'), lists),
  updateRecovery: (api: ApiClient, caseId: string, planId: string, version: number, lists: RecoveryLists) => api.post<RecoveryPlan>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}`), { version, ...lists }),
  addProgress: (api: ApiClient, caseId: string, planId: string, body: { concernsDate?: string; body: string; shareable: boolean }) => api.post<RecoveryPlan>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}/progress`), body),
  share: (api: ApiClient, caseId: string, planId: string, version: number | undefined, d: ShareDraft, widening: boolean) =>
    api.post<RecoveryPlan>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}/shares`), {
      partnerId: d.partnerId,
      fields: d.fields,
      ...(version === undefined ? {} : { version }),
      // Only sharing more is a disclosure; narrowing or stopping needs no legal basis.
      disclosure: widening ? { legalBasis: d.legalBasis, reason: d.reason, familyInformed: d.familyInformed, notInformedReason: d.familyInformed ? '' : d.notInformedReason } : null,
    }),
  reviewsDue: (api: ApiClient) => api.get<{ reviews: ReviewDue[] }>('/api/plans/reviews-due').then((b) => b.reviews),
};
