// Safety and recovery plans as the browser sees them: the response types are those of the
// server's schemas (src/plans/*.schema.ts; type-only imports, so nothing of the server reaches
// the bundle), so a field added or renamed there is a type error here. The drafts are the forms'
// own shapes.
import type { z } from 'zod';
import type { partnerViewResponse, progressNoteInput, recoveryPlanInput, recoveryPlanResponse, recoveryPlanUpdate } from '../../../src/plans/recovery-plan.schema';
import type { diffResponse, reviewInput, reviewsDueResponse, safetyPlanInput, safetyPlanResponse, safetyPlanVersionInput } from '../../../src/plans/safety-plan.schema';
import type { ApiClient } from '../api/client';
import type { LegalBasis } from '../partners/partners.api';

export type SafetyPlan = z.infer<typeof safetyPlanResponse>;
export type PlanVersion = SafetyPlan['current'];
export type SafetyRule = PlanVersion['rules'][number];
export type NetworkMember = PlanVersion['network'][number];
export type PlanDiff = z.infer<typeof diffResponse>;
export type ReviewDue = z.infer<typeof reviewsDueResponse>['reviews'][number];
export type RecoveryPlan = z.infer<typeof recoveryPlanResponse>;
export type PartnerView = z.infer<typeof partnerViewResponse>;

type Signature = PlanVersion['signatures'][number];
export type ReviewState = SafetyPlan['reviewState'];
export type SignerRole = Signature['signerRole'];
export type SignatureMethod = Signature['method'];
export type Progress = RecoveryPlan['actions'][number]['progress'];
export type OwnerKind = RecoveryPlan['actions'][number]['ownerKind'];
export type ShareableField = RecoveryPlan['shares'][number]['fields'][number];
export const signerRoles = ['parent', 'child', 'caregiver', 'network', 'other'] as const satisfies readonly SignerRole[];
export const signatureMethods = ['signed_on_paper', 'verbal', 'digital'] as const satisfies readonly SignatureMethod[];
export const ownerKinds = ['staff', 'partner', 'family'] as const satisfies readonly OwnerKind[];
export const progressStates = ['planned', 'in_progress', 'reached', 'dropped'] as const satisfies readonly Progress[];
export const shareableFields = ['childGoals', 'familyGoals', 'protectiveFactors', 'actions', 'progressNotes'] as const satisfies readonly ShareableField[];

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
/** The recovery plan's lists as the form holds them: a new item has no id until it is saved. */
type Draft<T extends { id: string }> = Omit<T, 'id'> & { id?: string };
export type Goal = Draft<RecoveryPlan['childGoals'][number]>;
export type Factor = Draft<RecoveryPlan['protectiveFactors'][number]>;
export type Action = Draft<RecoveryPlan['actions'][number]>;
export interface RecoveryLists {
  childGoals: Goal[];
  familyGoals: Goal[];
  protectiveFactors: Factor[];
  actions: Action[];
}
export interface ShareDraft {
  partnerId: string;
  fields: ShareableField[];
  legalBasis: LegalBasis | '';
  reason: string;
  familyInformed: boolean;
  notInformedReason: string;
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
  createSafety: (api: ApiClient, caseId: string, d: SafetyPlanDraft) => api.post<SafetyPlan>(path(caseId, '/safety-plan'), { rules: d.rules, network: d.network, reviewOn: d.reviewOn, changeNote: d.changeNote } satisfies z.input<typeof safetyPlanInput>),
  newVersion: (api: ApiClient, caseId: string, version: number, d: SafetyPlanDraft) => api.post<SafetyPlan>(path(caseId, '/safety-plan/versions'), { version, ...d } satisfies z.input<typeof safetyPlanVersionInput>),
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
  review: (api: ApiClient, caseId: string, body: { version: number; outcome: 'continue' | 'ended'; note: string; nextReviewOn: string | null }) => api.post<SafetyPlan>(path(caseId, '/safety-plan/reviews'), body satisfies z.input<typeof reviewInput>),
  recovery: (api: ApiClient, caseId: string) => api.get<{ plan: RecoveryPlan | null }>(path(caseId, '/recovery-plan')).then((b) => b.plan),
  partnerView: (api: ApiClient, caseId: string, planId: string, partnerId: string) => api.get<PartnerView>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}/partner-view/${encodeURIComponent(partnerId)}`)),
  createRecovery: (api: ApiClient, caseId: string, lists: RecoveryLists) => api.post<RecoveryPlan>(path(caseId, '/recovery-plan'), lists satisfies z.input<typeof recoveryPlanInput>),
  updateRecovery: (api: ApiClient, caseId: string, planId: string, version: number, lists: RecoveryLists) => api.post<RecoveryPlan>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}`), { version, ...lists } satisfies z.input<typeof recoveryPlanUpdate>),
  addProgress: (api: ApiClient, caseId: string, planId: string, body: { concernsDate?: string; body: string; shareable: boolean }) => api.post<RecoveryPlan>(path(caseId, `/recovery-plan/${encodeURIComponent(planId)}/progress`), body satisfies z.input<typeof progressNoteInput>),
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
