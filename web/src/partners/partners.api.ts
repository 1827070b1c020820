// Partners, referrals and disclosures as the browser sees them (src/partners/partners.schema.ts).
import type { ApiClient } from '../api/client';

export const legalBases = ['consent', '458bis_a', '458bis_b', '458ter', 'state_of_necessity', 'mano'] as const;
export type LegalBasis = (typeof legalBases)[number];
export type ReferralStatus = 'sent' | 'accepted' | 'waiting' | 'started' | 'refused' | 'withdrawn';
export const partnerKinds = ['youth_care', 'itp', 'ocj', 'caw', 'mental_health', 'police', 'prosecutor', 'zsg', 'fjc', 'school', 'medical', 'other'] as const;
export type PartnerKind = (typeof partnerKinds)[number];
/** The Flemish provinces and Brussels as the directory names them; no province = all of Flanders. */
export const provinces = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'West-Vlaanderen', 'Vlaams-Brabant', 'Brussel'] as const;

/** Where a referral can go from each status (as src/partners/referrals.service.ts allows). */
export const nextStatuses: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'waiting', 'started', 'refused', 'withdrawn'],
  accepted: ['waiting', 'started', 'refused', 'withdrawn'],
  waiting: ['started', 'refused', 'withdrawn'],
  started: [],
  refused: [],
  withdrawn: [],
};

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  province: string | null;
  city: string;
  phone: string;
  email: string;
  notes: string;
  active: boolean;
  version: number;
}
export type PartnerDraft = Pick<Partner, 'name' | 'kind' | 'city' | 'phone' | 'email' | 'notes'> & { province: string };
export interface Referral {
  id: string;
  partner: { id: string; name: string; kind: PartnerKind };
  reason: string;
  status: ReferralStatus;
  sentOn: string;
  history: { status: ReferralStatus; changedOn: string; note: string; recordedBy: { id: string; name: string } }[];
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

export interface ReferralDraft {
  kind: PartnerKind | '';
  partnerId: string;
  reason: string;
  sentOn: string;
  sharesInformation: boolean;
  legalBasis: LegalBasis | '';
  information: string;
  familyInformed: boolean;
  notInformedReason: string;
}

const path = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}${rest}`;
export const partnersKeys = {
  directory: ['partners'] as const,
  search: (filter: object) => ['partners', 'search', filter] as const,
  referrals: (caseId: string) => ['cases', 'referrals', caseId] as const,
  disclosures: (caseId: string) => ['cases', 'disclosures', caseId] as const,
};

export const partnersApi = {
  directory: (api: ApiClient) => api.get<{ partners: Partner[] }>('/api/partners').then((b) => b.partners),
  search: (api: ApiClient, filter: { kind: PartnerKind | ''; q: string; includeInactive: boolean }) =>
    api.get<{ partners: Partner[] }>('/api/partners', { query: { kind: filter.kind || undefined, q: filter.q.trim() || undefined, includeInactive: String(filter.includeInactive) } }).then((b) => b.partners),
  createPartner: (api: ApiClient, draft: PartnerDraft) => api.post<Partner>('/api/partners', { ...draft, province: draft.province || null }),
  updatePartner: (api: ApiClient, partner: Partner, change: Partial<PartnerDraft> & { active?: boolean }) =>
    api.post<Partner>(`/api/partners/${encodeURIComponent(partner.id)}`, { version: partner.version, ...change, ...(change.province === undefined ? {} : { province: change.province || null }) }),
  refer: (api: ApiClient, caseId: string, draft: ReferralDraft) =>
    api.post<Referral>(path(caseId, '/referrals'), {
      partnerId: draft.partnerId,
      reason: draft.reason,
      ...(draft.sentOn ? { sentOn: draft.sentOn } : {}),
      disclosure: draft.sharesInformation
        ? { legalBasis: draft.legalBasis, information: draft.information, familyInformed: draft.familyInformed, notInformedReason: draft.familyInformed ? '' : draft.notInformedReason }
        : null,
    }),
  referrals: (api: ApiClient, caseId: string) => api.get<{ referrals: Referral[] }>(path(caseId, '/referrals')).then((b) => b.referrals),
  setStatus: (api: ApiClient, caseId: string, referralId: string, body: { version: number; status: ReferralStatus; note: string; changedOn?: string }) => api.post<Referral>(path(caseId, `/referrals/${encodeURIComponent(referralId)}/status`), body),
  disclosures: (api: ApiClient, caseId: string) => api.get<{ disclosures: Disclosure[] }>(path(caseId, '/disclosures')).then((b) => b.disclosures),
  disclose: (api: ApiClient, caseId: string, draft: DisclosureDraft) =>
    api.post<Disclosure>(path(caseId, '/disclosures'), { partnerId: draft.partnerId || null, legalBasis: draft.legalBasis, reason: draft.reason, information: draft.information, familyInformed: draft.familyInformed, notInformedReason: draft.familyInformed ? '' : draft.notInformedReason }),
};
