// Retention holds: the lead of a case's team keeps a closed file from being purged while it may
// still be needed (a court case, a complaint, a question from the prosecutor). The reason is
// stored with the hold; the audit log records that a hold was set or released, never the reason.
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { staffNames } from '../access/organisation.service.js';
import { cases } from '../cases/cases.tables.js';
import { actorOf } from '../cases/actor.js';
import { leadsTeam } from '../cases/case.policy.js';
import { loadCaseFor } from '../cases/case.repository.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { retentionHolds } from './retention.tables.js';

/** True in SQL while the case with this id is on hold: the purge leaves it alone. */
export const caseOnHold = (caseId: AnyPgColumn): SQL => sql`exists (select 1 from ${retentionHolds} where ${retentionHolds.caseId} = ${caseId})`;

export interface HoldView {
  reason: string;
  setAt: string;
  setBy: string;
  /** Who set it, as the case team knows them (a hold is a decision someone answers for). */
  setByName: string;
}

export async function readHold(ctx: Ctx, caseId: string): Promise<HoldView | null> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const [hold] = await tx.select().from(retentionHolds).where(eq(retentionHolds.caseId, row.id));
    if (hold) audit({ action: 'retention.hold_read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    if (!hold) return null;
    const names = await staffNames(tx, [hold.setBy]);
    return { reason: hold.reason, setAt: hold.setAt.toISOString(), setBy: hold.setBy, setByName: names.get(hold.setBy) ?? '' };
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
    const names = await staffNames(tx, [actor.userId]);
    return { reason: hold!.reason, setAt: hold!.setAt.toISOString(), setBy: hold!.setBy, setByName: names.get(actor.userId) ?? '' };
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

export interface HeldCase {
  caseId: string;
  caseNumber: string;
  reason: string;
  setAt: string;
  setBy: { id: string; name: string };
}

/**
 * The DPO's view of what the purge is told to leave alone: the case files of the actor's centre on
 * hold, by case number, with the reason and who set it. Never the child's or family's names: the
 * DPO checks the holds, not the files. The read is audited (a count; the reasons stay here).
 */
export async function listHolds(ctx: Ctx): Promise<HeldCase[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const held = await tx
      .select({ caseId: cases.id, caseNumber: cases.number, reason: retentionHolds.reason, setAt: retentionHolds.setAt, setById: users.id, setByName: users.displayName })
      .from(retentionHolds)
      .innerJoin(cases, eq(cases.id, retentionHolds.caseId))
      .innerJoin(users, eq(users.id, retentionHolds.setBy))
      .where(eq(cases.centreId, actor.centreId))
      .orderBy(desc(retentionHolds.setAt));
    audit({ action: 'retention.list_holds', recordType: 'retention_hold', centreId: actor.centreId, details: { count: held.length } });
    return held.map((h) => ({ caseId: h.caseId, caseNumber: h.caseNumber, reason: h.reason, setAt: h.setAt.toISOString(), setBy: { id: h.setById, name: h.setByName } }));
  });
}
