// Doubts, open questions and disagreements, recorded as such: what we do not know, why it
// matters and what would resolve it. Resolving one adds the answer; the question stays visible
// in the file, so a later reader sees what the team was unsure about when it decided.
import { and, asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadOpenCaseFor } from '../cases/case.repository.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion, changedFields } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable, Tx } from '../platform/db.js';
import { AppError, invalid, notFound } from '../platform/errors.js';
import type { DoubtInput, DoubtUpdate } from './assessments.schema.js';
import { caseDoubts, safetyAssessments } from './assessments.tables.js';

type DoubtRow = typeof caseDoubts.$inferSelect;

export function presentDoubt(row: DoubtRow, names: Map<string, string>) {
  const staff = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: row.id,
    kind: row.kind,
    question: row.question,
    whyItMatters: row.whyItMatters,
    wouldResolve: row.wouldResolve,
    assessmentId: row.assessmentId,
    raisedBy: staff(row.raisedBy),
    raisedAt: row.raisedAt.toISOString(),
    resolved: row.resolvedAt !== null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy ? staff(row.resolvedBy) : null,
    answer: row.answer,
    version: row.version,
  };
}

/** Open doubts first (oldest first: they have waited longest), then the resolved ones. */
export async function doubtsOf(q: Queryable, caseId: string): Promise<DoubtRow[]> {
  return q
    .select()
    .from(caseDoubts)
    .where(eq(caseDoubts.caseId, caseId))
    .orderBy(sql`${caseDoubts.resolvedAt} is not null`, asc(caseDoubts.raisedAt));
}

async function loadDoubt(tx: Tx, caseId: string, doubtId: string): Promise<DoubtRow> {
  const [doubt] = await tx.select().from(caseDoubts).where(and(eq(caseDoubts.id, doubtId), eq(caseDoubts.caseId, caseId))).for('update');
  if (!doubt) throw notFound();
  return doubt;
}

export async function raiseDoubt(ctx: Ctx, caseId: string, input: DoubtInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    if (input.assessmentId) {
      const [assessment] = await tx.select({ id: safetyAssessments.id }).from(safetyAssessments).where(and(eq(safetyAssessments.id, input.assessmentId), eq(safetyAssessments.caseId, row.id)));
      if (!assessment) throw invalid([{ path: 'assessmentId', key: 'assessment_unknown_item' }]);
    }
    const [doubt] = await tx.insert(caseDoubts).values({ caseId: row.id, ...input, raisedBy: actor.userId }).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'doubt.raised', recordType: 'doubt', recordId: doubt!.id, recordVersion: 1, details: { doubtKind: input.kind } }]);
    audit({ action: 'case_doubt.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { doubtId: doubt!.id } });
    return presentDoubt(doubt!, await staffNames(tx, [actor.userId]));
  });
}

export async function updateDoubt(ctx: Ctx, caseId: string, doubtId: string, input: DoubtUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const doubt = await loadDoubt(tx, row.id, doubtId);
    await assertVersion(tx, doubt, input.version);
    if (doubt.resolvedAt) throw new AppError(409, 'doubt_resolved');
    const { version: _version, ...change } = input;
    const fields = changedFields(doubt, change);
    if (fields.length === 0) return presentDoubt(doubt, await staffNames(tx, [doubt.raisedBy]));
    const [updated] = await tx.update(caseDoubts).set({ ...change, version: sql`${caseDoubts.version} + 1`, updatedAt: new Date() }).where(eq(caseDoubts.id, doubt.id)).returning();
    // A corrected kind (a doubt that was really an open question) is named, as when it was raised.
    const kindChange = fields.includes('kind') ? { doubtKind: updated!.kind } : {};
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'doubt.updated', recordType: 'doubt', recordId: doubt.id, recordVersion: updated!.version, details: { fields, ...kindChange } }]);
    audit({ action: 'case_doubt.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { doubtId: doubt.id, fields, ...kindChange } });
    return presentDoubt(updated!, await staffNames(tx, [doubt.raisedBy]));
  });
}

export async function resolveDoubt(ctx: Ctx, caseId: string, doubtId: string, input: { version: number; answer: string }) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const doubt = await loadDoubt(tx, row.id, doubtId);
    await assertVersion(tx, doubt, input.version);
    if (doubt.resolvedAt) throw new AppError(409, 'doubt_resolved');
    const now = new Date();
    const [updated] = await tx
      .update(caseDoubts)
      .set({ answer: input.answer, resolvedAt: now, resolvedBy: actor.userId, version: sql`${caseDoubts.version} + 1`, updatedAt: now })
      .where(eq(caseDoubts.id, doubt.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'doubt.resolved', recordType: 'doubt', recordId: doubt.id, recordVersion: updated!.version, details: { fields: ['answer', 'resolvedAt'] } }]);
    audit({ action: 'case_doubt.resolve', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { doubtId: doubt.id } });
    return presentDoubt(updated!, await staffNames(tx, [doubt.raisedBy, actor.userId]));
  });
}
