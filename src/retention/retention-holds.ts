// Retention holds: the lead of a case's team keeps a closed file from being purged while it may
// still be needed (a court case, a complaint, a question from the prosecutor). The reason is
// stored with the hold; the audit log records that a hold was set or released, never the reason.
import { eq } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { leadsTeam } from '../cases/case.policy.js';
import { loadCaseFor } from '../cases/case.repository.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { retentionHolds } from './retention.tables.js';

export interface HoldView {
  reason: string;
  setAt: string;
  setBy: string;
}

export async function readHold(ctx: Ctx, caseId: string): Promise<HoldView | null> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const [hold] = await tx.select().from(retentionHolds).where(eq(retentionHolds.caseId, row.id));
    if (hold) audit({ action: 'retention.hold_read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    return hold ? { reason: hold.reason, setAt: hold.setAt.toISOString(), setBy: hold.setBy } : null;
  });
}

export async function setHold(ctx: Ctx, caseId: string, reason: string): Promise<HoldView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
    if (!leadsTeam(actor, row.teamId)) throw new AppError(403, 'retention_hold_lead_only');
    if (row.purgedAt) throw new AppError(409, 'case_purged');
    const now = new Date();
    const [hold] = await tx
      .insert(retentionHolds)
      .values({ caseId: row.id, reason, setBy: actor.userId, setAt: now })
      .onConflictDoUpdate({ target: retentionHolds.caseId, set: { reason, setBy: actor.userId, setAt: now } })
      .returning();
    audit({ action: 'retention.hold_set', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { fields: ['reason'] } });
    return { reason: hold!.reason, setAt: hold!.setAt.toISOString(), setBy: hold!.setBy };
  });
}

export async function releaseHold(ctx: Ctx, caseId: string): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
    if (!leadsTeam(actor, row.teamId)) throw new AppError(403, 'retention_hold_lead_only');
    const released = await tx.delete(retentionHolds).where(eq(retentionHolds.caseId, row.id)).returning({ caseId: retentionHolds.caseId });
    if (released.length > 0) audit({ action: 'retention.hold_released', recordType: 'case', recordId: row.id, centreId: row.centreId });
  });
}
