// The case file as one read: the child's story at a glance (who is who, what happened, what we
// are worried about, what is working, what needs to happen, the chronology). Every read is
// audited. The reporter's identity is not part of it: it has its own route for the case team.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { actorOf } from '../actor.js';
import { childrenAmong, loadCaseFor, type CaseRow } from '../case.repository.js';
import { summaryOf } from '../case-summary.js';
import { caseEvents, caseNotes, casePersons, caseRelations } from '../cases.tables.js';
import { caseReporters, caseReports } from '../intake/intake.tables.js';
import { staffAndTeamNames } from '../../access/organisation.service.js';
import type { CaseFile } from './file.schema.js';

const MAX_NOTES = 500;
const MAX_EVENTS = 1_000;

export type PersonRow = typeof casePersons.$inferSelect;
export type NoteRow = typeof caseNotes.$inferSelect;

export const presentPerson = (p: PersonRow) => ({
  id: p.id,
  kind: p.kind,
  firstName: p.firstName,
  lastName: p.lastName,
  dateOfBirth: p.dateOfBirth,
  unborn: p.unborn,
  expectedBirth: p.expectedBirth,
  roleLabel: p.roleLabel,
  organisation: p.organisation,
  phone: p.phone,
  livesWithChild: p.livesWithChild,
  notes: p.notes,
  version: p.version,
});

export const presentNote = (n: NoteRow, names: Map<string, string>) => ({
  id: n.id,
  kind: n.kind,
  concernsDate: n.concernsDate,
  body: n.body,
  author: { id: n.authorId, name: names.get(n.authorId) ?? '' },
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
  version: n.version,
});

async function assemble(q: Queryable, row: CaseRow & { memberIds: string[] }): Promise<CaseFile> {
  const persons = await q.select().from(casePersons).where(eq(casePersons.caseId, row.id)).orderBy(asc(casePersons.createdAt));
  const living = persons.filter((p) => p.removedAt === null);
  const relations = await q.select().from(caseRelations).where(eq(caseRelations.caseId, row.id)).orderBy(asc(caseRelations.createdAt));
  const notes = await q.select().from(caseNotes).where(eq(caseNotes.caseId, row.id)).orderBy(desc(caseNotes.concernsDate), desc(caseNotes.createdAt)).limit(MAX_NOTES);
  // The most recent events when a long case has more than fit: the chronology must end today.
  const events = (await q.select().from(caseEvents).where(eq(caseEvents.caseId, row.id)).orderBy(desc(caseEvents.occurredAt), desc(caseEvents.id)).limit(MAX_EVENTS)).reverse();
  const reports = await q.select().from(caseReports).where(eq(caseReports.caseId, row.id)).orderBy(asc(caseReports.receivedAt));
  // Every staff name of the file (owner, members, authors, actors) and the team's, looked up once.
  const { names, teamName } = await staffAndTeamNames(q, [row.ownerId, ...row.memberIds, ...notes.map((n) => n.authorId), ...events.map((e) => e.actorId)], row.teamId);
  const livingIds = new Set(living.map((p) => p.id));
  return {
    ...summaryOf(row, childrenAmong(persons), names),
    team: { id: row.teamId, name: teamName },
    members: row.memberIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    openedAt: row.openedAt.toISOString(),
    firstContactDueAt: row.firstContactDueAt.toISOString(),
    followUpDueAt: row.followUpDueAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    closureOutcome: row.closureOutcome,
    closureNote: row.closureNote,
    forms: row.forms,
    contexts: row.contexts,
    story: { worries: row.worries, strengths: row.strengths, nextSteps: row.nextSteps },
    persons: living.map(presentPerson),
    // A relation to someone removed from the file is not shown (it stays in the history).
    relations: relations.filter((r) => livingIds.has(r.fromPersonId) && livingIds.has(r.toPersonId)).map((r) => ({ id: r.id, fromPersonId: r.fromPersonId, toPersonId: r.toPersonId, kind: r.kind })),
    notes: notes.map((n) => presentNote(n, names)),
    timeline: events.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt.toISOString(),
      kind: e.kind,
      actor: e.actorId ? { id: e.actorId, name: names.get(e.actorId) ?? '' } : null,
      recordType: e.recordType,
      recordId: e.recordId,
      details: (e.details as Record<string, unknown> | null) ?? {},
    })),
    reports: reports.map((r) => ({ id: r.id, receivedAt: r.receivedAt.toISOString(), source: r.source, concern: r.concern, outcome: r.outcome })),
    readOnly: row.status === 'closed',
  };
}

export async function readCaseFile(ctx: Ctx, caseId: string): Promise<CaseFile> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    audit({ action: 'case.read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    return assemble(tx, row);
  });
}

/** Who reported the concerns of this case: for the case team only, each read audited. */
export async function readCaseReporters(ctx: Ctx, caseId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const reports = await tx.select({ id: caseReports.id, receivedAt: caseReports.receivedAt, source: caseReports.source }).from(caseReports).where(eq(caseReports.caseId, row.id));
    const reporters = reports.length
      ? await tx.select().from(caseReporters).where(inArray(caseReporters.reportId, reports.map((r) => r.id)))
      : [];
    audit({ action: 'case.reporters_read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { reportIds: reports.map((r) => r.id) } });
    return reports
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
      .map((r) => {
        const who = reporters.find((x) => x.reportId === r.id);
        return {
          reportId: r.id,
          receivedAt: r.receivedAt.toISOString(),
          source: r.source,
          anonymous: who?.anonymous ?? true,
          name: who?.name ?? '',
          organisation: who?.organisation ?? '',
          profession: who?.profession ?? '',
          relationToChild: who?.relationToChild ?? '',
          phone: who?.phone ?? '',
          email: who?.email ?? '',
          wantsFeedback: who?.wantsFeedback ?? false,
        };
      });
  });
}
