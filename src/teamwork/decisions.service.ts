// Team decisions, recorded as such: who took part (at least two colleagues), what was decided,
// why, and who disagreed. A decision is never edited; a later decision can supersede it. Its
// follow-up tasks are created with it. MANO and other capabilities check their decisions here.
import { and, eq } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadOpenCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { invalid, type FieldProblem } from '../platform/errors.js';
import { assigneeProblems, insertTasks } from './tasks.service.js';
import { centreCaseStaff, resolveParticipants } from './team-rules.js';
import { presentDecisions } from './teamwork-present.js';
import type { DecisionInput, DecisionView } from './teamwork.schema.js';
import { caseConferences, teamDecisions, type DecisionSubject } from './teamwork.tables.js';

export type TeamDecisionRow = typeof teamDecisions.$inferSelect;

/** A decision must be taken with at least this many colleagues: decisions are team decisions. */
export const MIN_DECIDING_STAFF = 2;

/** The decision of this case, if it exists and is about one of `subjects`. */
export async function teamDecisionOf(q: Queryable, caseId: string, decisionId: string, subjects: readonly DecisionSubject[]): Promise<TeamDecisionRow | undefined> {
  const [decision] = await q.select().from(teamDecisions).where(and(eq(teamDecisions.id, decisionId), eq(teamDecisions.caseId, caseId)));
  return decision && subjects.includes(decision.subject) ? decision : undefined;
}

export async function recordDecision(ctx: Ctx, caseId: string, input: DecisionInput): Promise<DecisionView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const problems: FieldProblem[] = [];
    const staffIds = [...new Set(input.staffIds)];
    const staff = await centreCaseStaff(tx, row.centreId);
    staffIds.forEach((id, i) => !staff.has(id) && problems.push({ path: `staffIds.${i}`, key: 'teamwork_not_centre_staff' }));
    if (staffIds.length < MIN_DECIDING_STAFF) problems.push({ path: 'staffIds', key: 'teamwork_decision_needs_team' });
    const decidedOn = input.decidedOn ?? brusselsDate(new Date());
    if (decidedOn > brusselsDate(new Date())) problems.push({ path: 'decidedOn', key: 'teamwork_date_in_future' });
    const others = await resolveParticipants(tx, row.centreId, input.others, 'others', problems);
    if (input.conferenceId) {
      const [conference] = await tx.select({ id: caseConferences.id }).from(caseConferences).where(and(eq(caseConferences.id, input.conferenceId), eq(caseConferences.caseId, row.id)));
      if (!conference) problems.push({ path: 'conferenceId', key: 'assessment_unknown_item' });
    }
    if (input.supersedesId && !(await teamDecisionOf(tx, row.id, input.supersedesId, [input.subject]))) problems.push({ path: 'supersedesId', key: 'teamwork_supersedes_other_subject' });
    input.followUps.forEach((task, i) => problems.push(...assigneeProblems(row, task.assigneeId, `followUps.${i}.assigneeId`)));
    if (problems.length) throw invalid(problems);

    const [decision] = await tx
      .insert(teamDecisions)
      .values({ caseId: row.id, conferenceId: input.conferenceId, subject: input.subject, decidedOn, decision: input.decision, rationale: input.rationale, staffIds, others, dissent: input.dissent, supersedesId: input.supersedesId, recordedBy: actor.userId })
      .returning();
    const tasks = await insertTasks(tx, actor.userId, row, input.followUps, decision!.id);
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'decision.recorded', recordType: 'team_decision', recordId: decision!.id, details: { subject: input.subject, staff: staffIds.length, dissent: input.dissent.length > 0, followUps: tasks.length } }]);
    audit({ action: 'team_decision.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { decisionId: decision!.id, subject: input.subject } });
    return (await presentDecisions(tx, [decision!], [decision!], tasks))[0]!;
  });
}
