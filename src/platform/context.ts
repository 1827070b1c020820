// What a service needs to act on someone's behalf: who acts, in which language, on which route,
// and a way to run work in one transaction that also writes the audit events for it.
import { appendReadAudit } from '../audit/audit-batch.js';
import { appendAudit, type AuditEventInput, type AuditMeta } from '../audit/audit.service.js';
import type { Role } from '../access/permissions.js';
import type { Db, Tx } from './db.js';
import type { Locale } from './i18n.js';

export interface Actor {
  userId: string;
  role: Role;
  centreId: string;
  teamIds: string[];
  isDemo: boolean;
}

export interface Ctx {
  actor: Actor | null;
  locale: Locale;
  /** Route pattern (never the raw URL, which may carry personal data in its query). */
  route: string | null;
  db: Db;
}

export interface Work {
  tx: Tx;
  /** Queue an audit event; it is appended to the chain in this same transaction. */
  audit: (event: AuditEventInput) => void;
}

export async function inTransaction<T>(ctx: Ctx, work: (w: Work) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const events: AuditEventInput[] = [];
    const result = await work({ tx, audit: (e) => events.push(e) });
    // Appended last: the chain's head stays locked only for the end of the transaction.
    await appendAudit(tx, auditMetaOf(ctx), events);
    return result;
  });
}

export function systemCtx(db: Db, route = 'system'): Ctx {
  return { actor: null, locale: 'en', route, db };
}

/**
 * For reads done in one statement (no transaction to share): the events are appended with the
 * reads of other requests in one transaction (src/audit/audit-batch.ts), and this resolves only
 * once they are committed, so nothing is answered that is not audited.
 */
export function auditRead(ctx: Ctx, events: AuditEventInput[]): Promise<void> {
  return appendReadAudit(ctx.db, auditMetaOf(ctx), events);
}

const auditMetaOf = (ctx: Ctx): AuditMeta => ({ actor: ctx.actor ? { userId: ctx.actor.userId, centreId: ctx.actor.centreId } : null, route: ctx.route });
