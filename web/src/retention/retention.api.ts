// Retention as the browser sees it (src/retention/retention.routes.ts): periods per record type,
// dry runs and purges, and the case files on hold. Counts and case numbers only, never names.
import type { ApiClient } from '../api/client';

export const recordTypes = ['ace_screening', 'safety_assessment', 'safety_plan', 'recovery_plan', 'teamwork', 'referral', 'disclosure', 'mano_track', 'document', 'case_file', 'intake_report', 'consult_request'] as const;
export type RecordType = (typeof recordTypes)[number];

export interface Policy {
  recordType: RecordType;
  keepMonths: number;
  isDefault: boolean;
  version: number;
}
export interface ReportLine {
  recordType: RecordType;
  keepMonths: number;
  closedBefore: string;
  cases: number;
  records: number;
}
export interface Run {
  runId: string;
  ranAt: string;
  report: ReportLine[];
}
export interface PastRun {
  id: string;
  mode: 'dry_run' | 'purge';
  ranAt: string;
  report: ReportLine[];
  dryRunId: string | null;
}
export interface HeldCase {
  caseId: string;
  caseNumber: string;
  reason: string;
  setAt: string;
  setBy: { id: string; name: string };
}

export const retentionKeys = {
  all: ['retention'] as const,
  policies: ['retention', 'policies'] as const,
  runs: ['retention', 'runs'] as const,
  holds: ['retention', 'holds'] as const,
};

export const retentionApi = {
  policies: (api: ApiClient) => api.get<{ policies: Policy[] }>('/api/retention/policies').then((b) => b.policies),
  /** `keepMonths` as typed: the server answers a field error next to the field for anything but a whole number in range. */
  setPolicy: (api: ApiClient, policy: Policy, keepMonths: string) =>
    api.post<{ policies: Policy[] }>(`/api/retention/policies/${encodeURIComponent(policy.recordType)}`, { version: policy.version, keepMonths: keepMonths.trim() === '' ? null : Number(keepMonths) }).then((b) => b.policies),
  dryRun: (api: ApiClient) => api.post<Run>('/api/retention/dry-run', {}),
  purge: (api: ApiClient, dryRunId: string) => api.post<Run>('/api/retention/purge', { dryRunId }),
  runs: (api: ApiClient) => api.get<{ runs: PastRun[] }>('/api/retention/runs').then((b) => b.runs),
  holds: (api: ApiClient) => api.get<{ holds: HeldCase[] }>('/api/retention/holds').then((b) => b.holds),
};

/** What a run found (or removed) in total: for the confirmation and the list of runs. */
export function totalsOf(report: readonly ReportLine[]): { cases: number; records: number } {
  return report.reduce((sum, l) => ({ cases: sum.cases + l.cases, records: sum.records + l.records }), { cases: 0, records: 0 });
}

/** A case file's hold as its team sees it (GET /api/cases/:id/retention-hold). */
export interface CaseHold {
  reason: string;
  setAt: string;
  setBy: string;
  setByName: string;
}

const holdPath = (caseId: string, rest = '') => `/api/cases/${encodeURIComponent(caseId)}/retention-hold${rest}`;
export const holdKeys = { of: (caseId: string) => ['cases', 'retention-hold', caseId] as const };
export const holdApi = {
  read: (api: ApiClient, caseId: string) => api.get<{ hold: CaseHold | null }>(holdPath(caseId)).then((b) => b.hold),
  set: (api: ApiClient, caseId: string, reason: string) => api.post<{ hold: CaseHold }>(holdPath(caseId), { reason }).then((b) => b.hold),
  release: (api: ApiClient, caseId: string) => api.post<{ hold: null }>(holdPath(caseId, '/release'), {}),
};
