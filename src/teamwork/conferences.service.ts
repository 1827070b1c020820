// Case conferences: an agenda, who takes part (colleagues, partners, the family) and, once held,
// the minutes. What the conference decides is recorded as team decisions that point back to it.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadOpenCaseFor } from '../cases/case.repository.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion, changedFields } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { resolveParticipants } from './team-rules.js';
import { presentConference } from './teamwork-present.js';
import type { ConferenceInput, ConferenceUpdate } from './teamwork.schema.js';
import { caseConferences, teamDecisions, type AgendaItem } from './teamwork.tables.js';
import type { CaseEventKind } from '../cases/case-event-kinds.js';

const agendaWithIds = (items: { id?: string | undefined; topic: string; notes: string }[]): AgendaItem[] => items.map((a) => ({ id: a.id ?? randomUUID(), topic: a.topic, notes: a.notes }));

export async function planConference(ctx: Ctx, caseId: string, input: ConferenceInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const problems: FieldProblem[] = [];
    const participants = await resolveParticipants(tx, row.centreId, input.participants, 'participants', problems);
    if (problems.length) throw invalid(problems);
    const [created] = await tx
      .insert(caseConferences)
      .values({ caseId: row.id, kind: input.kind, scheduledAt: new Date(input.scheduledAt), agenda: agendaWithIds(input.agenda), participants, createdBy: actor.userId })
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'conference.planned', recordType: 'conference', recordId: created!.id, recordVersion: 1, details: { conferenceKind: input.kind, participants: participants.length } }]);
    audit({ action: 'case_conference.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { conferenceId: created!.id } });
    return presentConference(created!, []);
  });
}

export async function updateConference(ctx: Ctx, caseId: string, conferenceId: string, input: ConferenceUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [current] = await tx.select().from(caseConferences).where(and(eq(caseConferences.id, conferenceId), eq(caseConferences.caseId, row.id))).for('update');
    if (!current) throw notFound();
    await assertVersion(tx, current, input.version);
    const problems: FieldProblem[] = [];
    const participants = input.participants ? await resolveParticipants(tx, row.centreId, input.participants, 'participants', problems) : undefined;
    if (input.agenda) {
      const known = new Set(current.agenda.map((a) => a.id));
      input.agenda.forEach((a, i) => a.id && !known.has(a.id) && problems.push({ path: `agenda.${i}.id`, key: 'assessment_unknown_item' }));
    }
    if (problems.length) throw invalid(problems);
    const change = {
      scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : undefined,
      status: input.status,
      agenda: input.agenda ? agendaWithIds(input.agenda) : undefined,
      participants,
      minutes: input.minutes,
    };
    const fields = changedFields(current, change).filter((f) => JSON.stringify(current[f as keyof typeof current]) !== JSON.stringify(change[f as keyof typeof change]));
    const decisions = await tx.select({ id: teamDecisions.id, conferenceId: teamDecisions.conferenceId }).from(teamDecisions).where(eq(teamDecisions.conferenceId, current.id));
    if (fields.length === 0) return presentConference(current, decisions);
    // When and with whom belong to the plan: once the meeting is held or cancelled they are history.
    if (current.status !== 'planned' && fields.some((f) => f === 'scheduledAt' || f === 'participants')) throw new AppError(409, 'teamwork_conference_not_planned');
    const heldAt = change.status === 'held' && current.status !== 'held' ? new Date() : current.heldAt;
    const [updated] = await tx.update(caseConferences).set({ ...change, heldAt, version: sql`${caseConferences.version} + 1`, updatedAt: new Date() }).where(eq(caseConferences.id, current.id)).returning();
    const kind: CaseEventKind = change.status && change.status !== current.status ? `conference.${change.status}` : 'conference.updated';
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind, recordType: 'conference', recordId: current.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'case_conference.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { conferenceId: current.id, fields } });
    return presentConference(updated!, decisions);
  });
}
