// The audit trail: who did or saw what, when and why. Written in the caller's transaction, so a
// change that rolls back leaves no event, and an event exists for every change that commits.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../platform/db.js';
import { auditEvents, auditHead } from './audit.tables.js';

export interface AuditActor {
  userId: string;
  centreId: string;
}

export interface AuditEventInput {
  /** e.g. `user.create`, `case.read`, `auth.login_failed` */
  action: string;
  recordType?: string;
  recordId?: string;
  /** The centre that owns the record: scopes what a DPO sees. */
  centreId?: string;
  /** Why: the route or the stated purpose of the access. */
  purpose?: string;
  /** Identifiers and field names only, never personal data. */
  details?: Record<string, unknown>;
}

export interface AuditMeta {
  actor: AuditActor | null;
  route: string | null;
}

/** Canonical JSON (sorted keys) so the hash does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface StoredEvent {
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorCentreId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  centreId: string | null;
  route: string | null;
  purpose: string | null;
  details: unknown;
  prevHash: string;
}

export function eventHash(e: StoredEvent): string {
  const material = canonicalJson([
    e.seq,
    e.prevHash,
    e.occurredAt.toISOString(),
    e.actorId,
    e.actorCentreId,
    e.action,
    e.recordType,
    e.recordId,
    e.centreId,
    e.route,
    e.purpose,
    e.details ?? null,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

/**
 * Appends events to the chain inside `tx`. The head row is locked FOR UPDATE, which serialises
 * appends across all processes on one PostgreSQL until this transaction ends.
 */
export async function appendAudit(tx: Tx, meta: AuditMeta, inputs: AuditEventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit head missing: migrations not applied');
  let { seq, hash } = head;
  const occurredAt = new Date();
  const rows = inputs.map((input) => {
    seq += 1;
    const event: StoredEvent = {
      seq,
      occurredAt,
      actorId: meta.actor?.userId ?? null,
      actorCentreId: meta.actor?.centreId ?? null,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      centreId: input.centreId ?? null,
      route: meta.route,
      purpose: input.purpose ?? null,
      details: input.details ?? null,
      prevHash: hash,
    };
    hash = eventHash(event);
    return { ...event, hash };
  });
  await tx.insert(auditEvents).values(rows);
  await tx.update(auditHead).set({ seq, hash }).where(eq(auditHead.id, 1));
}

export async function latestAuditSeq(q: Queryable): Promise<number> {
  const [head] = await q.select({ seq: auditHead.seq }).from(auditHead).where(eq(auditHead.id, 1));
  return head?.seq ?? 0;
}
