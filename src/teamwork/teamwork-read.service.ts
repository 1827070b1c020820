// The team-work section of the case file in one audited read, and each worker's open tasks.
import { and, asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { caseNumbersOf, myOpenCaseIds } from '../cases/case-facts.js';
import { loadCaseFor } from '../cases/case.repository.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { presentTeam } from './case-team.service.js';
import { presentAppointments, presentConference, presentDecisions, presentTasks } from './teamwork-present.js';
import { caseAppointments, caseConferences, caseTasks, teamDecisions } from './teamwork.tables.js';

const MAX_TASKS = 300;

export async function readTeamwork(ctx: Ctx, caseId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const tasks = await tx.select().from(caseTasks).where(eq(caseTasks.caseId, row.id)).orderBy(sql`${caseTasks.status} <> 'open'`, sql`${caseTasks.dueOn} asc nulls last`, asc(caseTasks.createdAt));
    const appointments = await tx.select().from(caseAppointments).where(eq(caseAppointments.caseId, row.id)).orderBy(asc(caseAppointments.startsAt));
    const conferences = await tx.select().from(caseConferences).where(eq(caseConferences.caseId, row.id)).orderBy(asc(caseConferences.scheduledAt));
    const decisions = await tx.select().from(teamDecisions).where(eq(teamDecisions.caseId, row.id)).orderBy(asc(teamDecisions.decidedOn), asc(teamDecisions.createdAt));
    audit({ action: 'teamwork.read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    return {
      team: await presentTeam(tx, row),
      tasks: await presentTasks(tx, tasks),
      appointments: await presentAppointments(tx, appointments),
      conferences: conferences.map((c) => presentConference(c, decisions)),
      decisions: await presentDecisions(tx, decisions, decisions, tasks),
    };
  });
}

/** Open tasks assigned to me on the open cases I work on, the most pressing first. */
export async function myTasks(ctx: Ctx) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const tasks = await tx
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.assigneeId, actor.userId), eq(caseTasks.status, 'open'), sql`${caseTasks.caseId} in ${myOpenCaseIds(actor)}`))
      .orderBy(sql`${caseTasks.dueOn} asc nulls last`, asc(caseTasks.createdAt))
      .limit(MAX_TASKS);
    const numbers = await caseNumbersOf(tx, tasks.map((t) => t.caseId));
    audit({ action: 'case_task.list', recordType: 'case', centreId: actor.centreId, details: { view: 'mine', caseIds: [...new Set(tasks.map((t) => t.caseId))] } });
    const presented = await presentTasks(tx, tasks);
    return { tasks: presented.map((p, i) => ({ ...p, caseId: tasks[i]!.caseId, caseNumber: numbers.get(tasks[i]!.caseId) ?? '' })) };
  });
}
