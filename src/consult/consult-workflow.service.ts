// The workflow of a request: new → in progress → advised → closed, and closed → reopened (in
// progress again). Advice can be given more than once (each entry keeps who and when); a closed
// request takes no advice until it is reopened. Every step names the version it saw.
import { eq } from 'drizzle-orm';
import type { Ctx } from '../platform/context.js';
import { AppError, invalid, type FieldProblem } from '../platform/errors.js';
import { editRequest } from './consult-edit.js';
import type { AdviceInput, ConsultDetail, StatusChange } from './consult.schema.js';
import { consultAdvice, consultRequests } from './consult.tables.js';
import type { ConsultStatus } from './consult-vocabulary.js';

/** Which change may happen from which status, and where it leads. */
const transitions: Record<StatusChange, { from: readonly ConsultStatus[]; to: ConsultStatus }> = {
  start: { from: ['new', 'advised'], to: 'in_progress' },
  close: { from: ['new', 'in_progress', 'advised'], to: 'closed' },
  reopen: { from: ['closed'], to: 'in_progress' },
};

export async function changeConsultStatus(ctx: Ctx, id: string, input: { version: number; change: StatusChange }): Promise<ConsultDetail> {
  return editRequest(ctx, id, input.version, async ({ tx, audit, actor, row, now }) => {
    const rule = transitions[input.change];
    if (!rule.from.includes(row.status)) throw new AppError(409, 'consult_status_refused', { change: input.change, status: row.status });
    const [updated] = await tx
      .update(consultRequests)
      // Starting work on an unassigned request (e.g. one from the guide) takes it on.
      // Retention counts from the (last) closure; a reopened request is open again and never purged.
      .set({ status: rule.to, closedAt: rule.to === 'closed' ? now : null, assignedTo: row.assignedTo ?? actor.userId, version: row.version + 1, updatedAt: now })
      .where(eq(consultRequests.id, row.id))
      .returning();
    audit({ action: `consult_request.${input.change}`, recordType: 'consult_request', recordId: row.id, centreId: row.centreId, details: { from: row.status, to: rule.to } });
    return updated!;
  });
}

export async function giveConsultAdvice(ctx: Ctx, id: string, input: AdviceInput): Promise<ConsultDetail> {
  return editRequest(ctx, id, input.version, async ({ tx, audit, actor, row, now, today }) => {
    if (row.status === 'closed') throw new AppError(409, 'consult_status_refused', { change: 'advice', status: row.status });
    const problems: FieldProblem[] = [];
    if (input.text === '') problems.push({ path: 'text', key: 'consult_advice_required' });
    if (input.followUpOn !== null && input.followUpOn < today) problems.push({ path: 'followUpOn', key: 'consult_follow_up_past' });
    if (problems.length > 0) throw invalid(problems);
    const [advice] = await tx.insert(consultAdvice).values({ requestId: row.id, text: input.text, givenBy: actor.userId, givenAt: now }).returning({ id: consultAdvice.id });
    const [updated] = await tx
      .update(consultRequests)
      .set({ status: 'advised', assignedTo: row.assignedTo ?? actor.userId, followUpOn: input.followUpOn, version: row.version + 1, updatedAt: now })
      .where(eq(consultRequests.id, row.id))
      .returning();
    audit({ action: 'consult_request.advise', recordType: 'consult_request', recordId: row.id, centreId: row.centreId, details: { adviceId: advice!.id, followUp: input.followUpOn !== null } });
    return updated!;
  });
}
