// Partners, referrals and disclosures as the browser sees them (src/partners/partners.schema.ts).
import type { ApiClient } from '../api/client';

export const legalBases = ['consent', '458bis_a', '458bis_b', '458ter', 'state_of_necessity', 'mano'] as const;
export type LegalBasis = (typeof legalBases)[number];
export type ReferralStatus = 'sent' | 'accepted' | 'waiting' | 'started' | 'refused' | 'withdrawn';

export interface Partner {
  id: string;
  name: string;
  kind: string;
  province: string | null;
  city: string;
}
export interface Referral {
  id: string;
  partner: { id: string; name: string; kind: string };
  reason: string;
  status: ReferralStatus;
  sentOn: string;
  waitingDays: number;
  stillWaiting: boolean;
  statusNote: string;
  disclosureId: string | null;
  version: number;
}
export interface Disclosure {
  id: string;
  recipientName: string;
  recipientKind: string;
  legalBasis: LegalBasis;
  reason: string;
  information: string;
  disclosedOn: string;
  familyInformed: boolean;
  familyInformedOn: string | null;
  notInformedReason: string;
  source: string;
  recordedBy: { id: string; name: string };
  version: number;
}
export interface DisclosureDraft {
  partnerId: string;
  legalBasis: LegalBasis | '';
  reason: string;
  information: string;
  familyInformed: boolean;
  notInformedReason: string;
}

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;
export const partnersKeys = {
  directory: ['partners'] as const,
  referrals: (caseId: string) => ['cases', 'referrals', caseId] as const,
  disclosures: (caseId: string) => ['cases', 'disclosures', caseId] as const,
};

export const partnersApi = {
  directory: (api: ApiClient) => api.get<{ partners: Partner[] }>('/api/partners').then((b) => b.partners),
  referrals: (api: ApiClient, caseId: string) => api.get<{ referrals: Referral[] }>(path(caseId, '/referrals')).then((b) => b.referrals),
  setStatus: (api: ApiClient, caseId: string, referralId: string, body: { version: number; status: ReferralStatus; note: string }) => api.post<Referral>(path(caseId, `/referrals/${encodeURIComponent(referralId)}/status`), body),
  disclosures: (api: ApiClient, caseId: string) => api.get<{ disclosures: Disclosure[] }>(path(caseId, '/disclosures')).then((b) => b.disclosures),
  disclose: (api: ApiClient, caseId: string, draft: DisclosureDraft) =>
    api.post<Disclosure>(path(caseId, '/disclosures'), { partnerId: draft.partnerId || null, legalBasis: draft.legalBasis, reason: draft.reason, information: draft.information, familyInformed: draft.familyInformed, notInformedReason: draft.familyInformed ? '' : draft.notInformedReason }),
};
