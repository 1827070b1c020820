// The case-level changes: the worker's summary of the story, the planned follow-up, closing with
// an outcome and reopening. A closed case is read-only; reopening says why, in a decision note.
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import { AppError, invalid } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { loadCaseFor, loadOpenCaseFor } from '../case.repository.js';
import { presentSummaries, type CaseSummary } from '../case-summary.js';
import { caseNotes, cases } from '../cases.tables.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.service.js';
import { recordCaseEvents } from '../timeline.js';
import { assertVersion, changedFields } from '../versioned.js';
import { recordFactsOf } from '../../monitoring/live-facts.service.js';

export interface StoryInput {
  version: number;
  worries?: string;
  strengths?: string;
  nextSteps?: string;
}

export async function updateStory(ctx: Ctx, caseId: string, input: StoryInput): Promise<{ worries: string; strengths: string; nextSteps: string; version: number }> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    await assertVersion(tx, row, input.version);
    const { version: _version, ...change } = input;
    const fields = changedFields(row, change);
    if (fields.length === 0) return { worries: row.worries, strengths: row.strengths, nextSteps: row.nextSteps, version: row.version };
    const [updated] = await tx.update(cases).set({ ...change, version: sql`${cases.version} + 1`, updatedAt: new Date() }).where(eq(cases.id, row.id)).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'case.story_updated', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'case.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { fields } });
    return { worries: updated!.worries, strengths: updated!.strengths, nextSteps: updated!.nextSteps, version: updated!.version };
  });
}

export async function planFollowUp(ctx: Ctx, caseId: string, input: { version: number; dueAt: string }): Promise<CaseSummary> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    await assertVersion(tx, row, input.version);
    const dueAt = new Date(input.dueAt);
    if (dueAt <= now) throw invalid([{ path: 'dueAt', key: 'case_follow_up_in_past' }]);
    const [updated] = await tx.update(cases).set({ followUpDueAt: dueAt, version: sql`${cases.version} + 1`, updatedAt: now }).where(eq(cases.id, row.id)).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'case.follow_up_planned', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields: ['followUpDueAt'] } }]);
    audit({ action: 'case.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { fields: ['followUpDueAt'] } });
    return (await presentSummaries(tx, [updated!], now))[0]!;
  });
}

export async function closeCase(ctx: Ctx, caseId: string, input: { version: number; outcome: string; note: string }): Promise<CaseSummary> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    await assertVersion(tx, row, input.version);
    if (!(await loadTaxonomy(tx)).has('closure_outcome', input.outcome, { activeOnly: true })) throw invalid([{ path: 'outcome', key: 'case_unknown_term' }]);
    const [updated] = await tx
      .update(cases)
      .set({ status: 'closed', closedAt: now, closureOutcome: input.outcome, closureNote: input.note, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, row.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'case.closed', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields: ['status', 'closureOutcome', 'closureNote'], outcome: input.outcome } }]);
    await recordFactsOf(tx, 'cases', row.id);
    audit({ action: 'case.close', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { outcome: input.outcome } });
    return (await presentSummaries(tx, [updated!], now))[0]!;
  });
}

/** Back to work: to its owner if it has one, otherwise onto the waiting list again. */
export async function reopenCase(ctx: Ctx, caseId: string, input: { version: number; reason: string }): Promise<CaseSummary> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId, { forUpdate: true });
    // Retention left only a tombstone: nothing to go back to; a new concern is a new report.
    if (row.purgedAt) throw new AppError(409, 'case_purged');
    await assertVersion(tx, row, input.version);
    if (row.status !== 'closed') throw new AppError(409, 'case_not_closed');
    const status = row.ownerId ? ('active' as const) : ('waiting' as const);
    const [updated] = await tx
      .update(cases)
      .set({ status, reopenedAt: now, closedAt: null, closureOutcome: null, closureNote: null, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, row.id))
      .returning();
    const [note] = await tx.insert(caseNotes).values({ caseId: row.id, authorId: actor.userId, kind: 'decision', concernsDate: brusselsDate(now), body: input.reason }).returning({ id: caseNotes.id });
    await recordCaseEvents(tx, [
      { caseId: row.id, actorId: actor.userId, kind: 'case.reopened', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields: ['status', 'closureOutcome', 'closureNote'], previousOutcome: row.closureOutcome, noteId: note!.id } },
    ]);
    await recordFactsOf(tx, 'cases', row.id);
    audit({ action: 'case.reopen', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { noteId: note!.id } });
    return (await presentSummaries(tx, [updated!], now))[0]!;
  });
}
