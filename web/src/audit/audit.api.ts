import type { ApiClient } from '../api/client';
import type { AuditFilters } from './audit-search';

export interface AuditActor {
  id: string;
  email: string;
  displayName: string;
}

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  /** null for events the system itself recorded (jobs, migrations). */
  actor: AuditActor | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  route: string | null;
  purpose: string | null;
  hash: string;
}

export interface AuditPage {
  events: AuditEvent[];
  nextCursor: string | null;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

export const auditApi = {
  events: (api: ApiClient, filters: AuditFilters, cursor: string | null, signal?: AbortSignal) =>
    api.get<AuditPage>('/api/audit/events', { query: { ...filters, cursor }, signal }),
  verify: (api: ApiClient) => api.get<ChainVerification>('/api/audit/verify'),
};
