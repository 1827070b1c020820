// How team work reads in the case file: names next to ids, overdue tasks flagged.
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import type { Queryable } from '../platform/db.js';
import type { DecisionView } from './teamwork.schema.js';
import type { caseAppointments, caseConferences, caseTasks, teamDecisions } from './teamwork.tables.js';

type TaskRow = typeof caseTasks.$inferSelect;
type AppointmentRow = typeof caseAppointments.$inferSelect;
type ConferenceRow = typeof caseConferences.$inferSelect;
type DecisionRow = typeof teamDecisions.$inferSelect;

const refOf = (names: Map<string, string>) => (id: string) => ({ id, name: names.get(id) ?? '' });

export async function presentTasks(q: Queryable, tasks: TaskRow[]) {
  const ref = refOf(await staffNames(q, tasks.flatMap((t) => [t.assigneeId, t.createdBy])));
  const today = brusselsDate(new Date());
  return tasks.map((t) => ({
    id: t.id,
    title: t.title,
    details: t.details,
    assignee: t.assigneeId ? ref(t.assigneeId) : null,
    dueOn: t.dueOn,
    status: t.status,
    overdue: t.status === 'open' && t.dueOn !== null && t.dueOn < today,
    completedAt: t.completedAt?.toISOString() ?? null,
    decisionId: t.decisionId,
    createdBy: ref(t.createdBy),
    version: t.version,
  }));
}

export async function presentAppointments(q: Queryable, appointments: AppointmentRow[]) {
  const ref = refOf(await staffNames(q, appointments.flatMap((a) => a.staffIds)));
  return appointments.map((a) => ({
    id: a.id,
    kind: a.kind,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    location: a.location,
    withWhom: a.withWhom,
    staff: a.staffIds.map(ref),
    status: a.status,
    note: a.note,
    version: a.version,
  }));
}

export function presentConference(c: ConferenceRow, decisions: Pick<DecisionRow, 'id' | 'conferenceId'>[]) {
  return {
    id: c.id,
    kind: c.kind,
    scheduledAt: c.scheduledAt.toISOString(),
    status: c.status,
    agenda: c.agenda,
    participants: c.participants,
    minutes: c.minutes,
    heldAt: c.heldAt?.toISOString() ?? null,
    decisionIds: decisions.filter((d) => d.conferenceId === c.id).map((d) => d.id),
    version: c.version,
  };
}

export async function presentDecisions(q: Queryable, decisions: DecisionRow[], all: Pick<DecisionRow, 'id' | 'supersedesId'>[], tasks: Pick<TaskRow, 'id' | 'decisionId'>[]): Promise<DecisionView[]> {
  const ref = refOf(await staffNames(q, decisions.flatMap((d) => [...d.staffIds, d.recordedBy])));
  return decisions.map((d) => ({
    id: d.id,
    subject: d.subject,
    decidedOn: d.decidedOn,
    decision: d.decision,
    rationale: d.rationale,
    staff: d.staffIds.map(ref),
    others: d.others,
    dissent: d.dissent,
    conferenceId: d.conferenceId,
    supersedesId: d.supersedesId,
    supersededById: all.find((x) => x.supersedesId === d.id)?.id ?? null,
    followUpTaskIds: tasks.filter((t) => t.decisionId === d.id).map((t) => t.id),
    recordedBy: ref(d.recordedBy),
    recordedAt: d.createdAt.toISOString(),
  }));
}
