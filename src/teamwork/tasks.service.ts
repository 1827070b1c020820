// Tasks and appointments of the case team. A task belongs to someone on the case team; an
// appointment names who of the centre goes. Both are versioned and on the timeline.
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadOpenCaseFor, type CaseRow } from '../cases/case.repository.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion, changedFields } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Tx } from '../platform/db.js';
import { invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { caseTeamIds, centreCaseStaff } from './team-rules.js';
import { presentAppointments, presentTasks } from './teamwork-present.js';
import type { AppointmentInput, AppointmentUpdate, TaskInput, TaskUpdate } from './teamwork.schema.js';
import { caseAppointments, caseTasks } from './teamwork.tables.js';
import type { CaseEventKind } from '../cases/case-event-kinds.js';

export type TaskRow = typeof caseTasks.$inferSelect;
export type AppointmentRow = typeof caseAppointments.$inferSelect;

export function assigneeProblems(row: CaseRow & { memberIds: string[] }, assigneeId: string | null | undefined, path: string): FieldProblem[] {
  return assigneeId && !caseTeamIds(row).has(assigneeId) ? [{ path, key: 'teamwork_assignee_not_in_team' }] : [];
}

/** Inserts tasks for the case (also the follow-ups of a decision) with their timeline lines. */
export async function insertTasks(tx: Tx, actorId: string, row: CaseRow, tasks: TaskInput[], decisionId: string | null = null): Promise<TaskRow[]> {
  if (tasks.length === 0) return [];
  const created = await tx.insert(caseTasks).values(tasks.map((task) => ({ caseId: row.id, ...task, decisionId, createdBy: actorId }))).returning();
  await recordCaseEvents(tx, created.map((task) => ({ caseId: row.id, actorId, kind: 'task.added', recordType: 'task', recordId: task.id, recordVersion: 1, details: { decisionId } })));
  return created;
}

export async function addTask(ctx: Ctx, caseId: string, input: TaskInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const problems = assigneeProblems(row, input.assigneeId, 'assigneeId');
    if (problems.length) throw invalid(problems);
    const [task] = await insertTasks(tx, actor.userId, row, [input]);
    audit({ action: 'case_task.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { taskId: task!.id } });
    return (await presentTasks(tx, [task!]))[0]!;
  });
}

export async function updateTask(ctx: Ctx, caseId: string, taskId: string, input: TaskUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [task] = await tx.select().from(caseTasks).where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, row.id))).for('update');
    if (!task) throw notFound();
    await assertVersion(tx, task, input.version);
    const problems = assigneeProblems(row, input.assigneeId, 'assigneeId');
    if (problems.length) throw invalid(problems);
    const { version: _version, ...change } = input;
    const fields = changedFields(task, change);
    if (fields.length === 0) return (await presentTasks(tx, [task]))[0]!;
    const completedAt = change.status === undefined ? task.completedAt : change.status === 'done' ? (task.completedAt ?? new Date()) : null;
    const [updated] = await tx.update(caseTasks).set({ ...change, completedAt, version: sql`${caseTasks.version} + 1`, updatedAt: new Date() }).where(eq(caseTasks.id, task.id)).returning();
    const kind = change.status === 'done' && task.status !== 'done' ? 'task.done' : 'task.updated';
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind, recordType: 'task', recordId: task.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'case_task.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { taskId: task.id, fields } });
    return (await presentTasks(tx, [updated!]))[0]!;
  });
}

async function appointmentProblems(tx: Tx, row: CaseRow, input: { startsAt?: string; endsAt?: string; staffIds?: string[] }, current?: AppointmentRow): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const startsAt = input.startsAt ? new Date(input.startsAt) : current?.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt) : current?.endsAt;
  if (startsAt && endsAt && endsAt <= startsAt) problems.push({ path: 'endsAt', key: 'teamwork_ends_before_start' });
  if (input.staffIds?.length) {
    const staff = await centreCaseStaff(tx, row.centreId);
    input.staffIds.forEach((id, i) => !staff.has(id) && problems.push({ path: `staffIds.${i}`, key: 'teamwork_not_centre_staff' }));
  }
  return problems;
}

export async function addAppointment(ctx: Ctx, caseId: string, input: AppointmentInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const problems = await appointmentProblems(tx, row, input);
    if (problems.length) throw invalid(problems);
    const [created] = await tx
      .insert(caseAppointments)
      .values({ caseId: row.id, ...input, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), staffIds: [...new Set(input.staffIds)], createdBy: actor.userId })
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'appointment.planned', recordType: 'appointment', recordId: created!.id, recordVersion: 1, details: { appointmentKind: input.kind } }]);
    audit({ action: 'case_appointment.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { appointmentId: created!.id } });
    return (await presentAppointments(tx, [created!]))[0]!;
  });
}

export async function updateAppointment(ctx: Ctx, caseId: string, appointmentId: string, input: AppointmentUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [current] = await tx.select().from(caseAppointments).where(and(eq(caseAppointments.id, appointmentId), eq(caseAppointments.caseId, row.id))).for('update');
    if (!current) throw notFound();
    await assertVersion(tx, current, input.version);
    const problems = await appointmentProblems(tx, row, input, current);
    if (problems.length) throw invalid(problems);
    const { version: _version, startsAt, endsAt, staffIds, ...rest } = input;
    const change = { ...rest, startsAt: startsAt ? new Date(startsAt) : undefined, endsAt: endsAt ? new Date(endsAt) : undefined, staffIds: staffIds ? [...new Set(staffIds)] : undefined };
    const fields = changedFields(current, change);
    if (fields.length === 0) return (await presentAppointments(tx, [current]))[0]!;
    const [updated] = await tx.update(caseAppointments).set({ ...change, version: sql`${caseAppointments.version} + 1`, updatedAt: new Date() }).where(eq(caseAppointments.id, current.id)).returning();
    const kind: CaseEventKind = change.status && change.status !== current.status ? `appointment.${change.status}` : 'appointment.updated';
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind, recordType: 'appointment', recordId: current.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'case_appointment.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { appointmentId: current.id, fields } });
    return (await presentAppointments(tx, [updated!]))[0]!;
  });
}
