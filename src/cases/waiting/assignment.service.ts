// Moving a case off the waiting list (the lead assigns an owner and colleagues) and re-triage
// while it waits: new information can make a case more or less urgent, and its deadline moves
// with it without resetting the time the child has already waited.
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import { AppError, invalid, type FieldProblem } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { leadsTeam } from '../case.policy.js';
import { loadOpenCaseFor } from '../case.repository.js';
import { presentSummaries, type CaseSummary } from '../case-summary.js';
import { caseMembers, cases } from '../cases.tables.js';
import { retriagedDue } from '../deadlines/deadlines.js';
import { caseStaffOfTeams, teamsOfCentre } from '../../access/organisation.service.js';
import { classificationProblems, loadTaxonomy } from '../taxonomy/taxonomy.service.js';
import { recordCaseEvents } from '../timeline.js';
import { assertVersion, changedFields } from '../versioned.js';
import { recordFactsOf } from '../../monitoring/live-facts.service.js';

export interface AssignInput {
  version: number;
  ownerId: string;
  memberIds: string[];
}

export async function assignCase(ctx: Ctx, caseId: string, input: AssignInput): Promise<CaseSummary> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    // Case team members may see the case; only the lead of its team hands it out.
    if (!leadsTeam(actor, row.teamId)) throw new AppError(403, 'case_lead_only');
    await assertVersion(tx, row, input.version);
    const staff = await caseStaffOfTeams(tx, (await teamsOfCentre(tx, actor.centreId)).map((t) => t.id));
    const problems: FieldProblem[] = [];
    if (!staff.some((s) => s.id === input.ownerId && s.teamId === row.teamId)) problems.push({ path: 'ownerId', key: 'case_assignee_not_in_team' });
    const memberIds = [...new Set(input.memberIds)].filter((id) => id !== input.ownerId);
    memberIds.forEach((id, index) => {
      if (!staff.some((s) => s.id === id)) problems.push({ path: `memberIds.${index}`, key: 'case_member_not_in_centre' });
    });
    if (problems.length) throw invalid(problems);

    const fields = changedFields({ ownerId: row.ownerId, memberIds: row.memberIds, status: row.status }, { ownerId: input.ownerId, memberIds, status: 'active' as const });
    const ownerChanged = row.ownerId !== input.ownerId;
    const [updated] = await tx
      .update(cases)
      .set({ ownerId: input.ownerId, status: 'active', ...(ownerChanged ? { assignedAt: now } : {}), version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, row.id))
      .returning();
    await tx.delete(caseMembers).where(eq(caseMembers.caseId, row.id));
    if (memberIds.length) await tx.insert(caseMembers).values(memberIds.map((userId) => ({ caseId: row.id, userId })));
    await recordCaseEvents(tx, [
      { caseId: row.id, actorId: actor.userId, kind: row.status === 'waiting' ? 'case.assigned' : 'case.reassigned', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields, ownerId: input.ownerId, memberIds } },
    ]);
    await recordFactsOf(tx, 'cases', row.id);
    audit({ action: 'case.assign', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { ownerId: input.ownerId, memberIds } });
    return (await presentSummaries(tx, [updated!], now))[0]!;
  });
}

export interface RetriageInput {
  version: number;
  urgency?: string;
  problemCategory?: string;
  forms?: string[];
  contexts?: string[];
}

export async function retriageCase(ctx: Ctx, caseId: string, input: RetriageInput): Promise<CaseSummary> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    await assertVersion(tx, row, input.version);
    const taxonomy = await loadTaxonomy(tx);
    const problems = classificationProblems(taxonomy, input);
    if (problems.length) throw invalid(problems);
    const change = {
      urgency: input.urgency ?? row.urgency,
      problemCategory: input.problemCategory ?? row.problemCategory,
      forms: input.forms ?? row.forms,
      contexts: input.contexts ?? row.contexts,
    };
    const fields = changedFields(row, change);
    if (fields.length === 0) return (await presentSummaries(tx, [row], now))[0]!;
    const currentRank = taxonomy.urgency(row.urgency)?.rank ?? Number.MAX_SAFE_INTEGER;
    const next = taxonomy.urgency(change.urgency)!;
    // Once the first contact happened, the first-contact deadline is history and stays as it was.
    const firstContactDueAt = row.firstContactAt
      ? row.firstContactDueAt
      : retriagedDue({ receivedAt: row.receivedAt, currentDue: row.firstContactDueAt, now, currentRank, newRank: next.rank, newSpec: next.settings.firstContact });
    const [updated] = await tx
      .update(cases)
      .set({ ...change, firstContactDueAt, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(eq(cases.id, row.id))
      .returning();
    await recordCaseEvents(tx, [
      { caseId: row.id, actorId: actor.userId, kind: 'case.retriaged', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields, from: row.urgency, to: change.urgency } },
    ]);
    await recordFactsOf(tx, 'cases', row.id);
    audit({ action: 'case.retriage', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { fields } });
    return (await presentSummaries(tx, [updated!], now))[0]!;
  });
}
