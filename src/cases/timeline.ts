// Writes the case's generated chronology. Called by the services inside their transaction, so a
// change and its line in the timeline commit together or not at all.
import type { Queryable } from '../platform/db.js';
import type { CaseEventKind } from './case-event-kinds.js';
import { caseEvents } from './cases.tables.js';

export interface CaseEventInput {
  caseId: string;
  actorId: string | null;
  /** One of case-event-kinds.ts: the UI words each of them. */
  kind: CaseEventKind;
  recordType?: string;
  recordId?: string;
  recordVersion?: number;
  /** Codes, ids and field names only: never what was typed. */
  details?: Record<string, unknown>;
  occurredAt?: Date;
}

export async function recordCaseEvents(q: Queryable, events: CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await q.insert(caseEvents).values(
    events.map((e) => ({
      caseId: e.caseId,
      actorId: e.actorId,
      kind: e.kind,
      recordType: e.recordType ?? null,
      recordId: e.recordId ?? null,
      recordVersion: e.recordVersion ?? null,
      details: e.details ?? null,
      // The application's clock, as for the times services pass: mixing it with the database's
      // transaction time would put events of one change out of order.
      occurredAt: e.occurredAt ?? new Date(),
    })),
  );
}
