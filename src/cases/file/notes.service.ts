// Notes with author and date. A contact note is also the record that the family was reached: the
// first one meets the first-contact deadline, and each restarts the follow-up clock, so keeping
// notes is what keeps the deadlines green — no separate form to fill in.
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { loadOpenCaseFor, type CaseRow } from '../case.repository.js';
import { caseNotes, cases, type NoteKind } from '../cases.tables.js';
import { dueAfter } from '../deadlines/deadlines.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { staffNames } from '../../access/organisation.service.js';
import { loadTaxonomy } from '../taxonomy/taxonomy.service.js';
import { recordCaseEvents } from '../timeline.js';
import { assertVersion, changedFields } from '../versioned.js';
import { presentNote } from './case-file.service.js';
import { recordFactsOf } from '../../monitoring/live-facts.service.js';

export interface NoteInput {
  kind: NoteKind;
  concernsDate?: string;
  body: string;
}

/** When a contact on `concernsDate` happened: now if today, otherwise midday of that day. */
function contactMoment(concernsDate: string, now: Date): Date {
  return concernsDate === brusselsDate(now) ? now : new Date(`${concernsDate}T12:00:00+01:00`);
}

async function registerContact(tx: Tx, row: CaseRow, actorId: string, at: Date, now: Date): Promise<void> {
  const urgency = (await loadTaxonomy(tx)).urgency(row.urgency);
  const firstContact = row.firstContactAt === null;
  const followUpDueAt = urgency ? dueAfter(at, urgency.settings.followUp) : row.followUpDueAt;
  const [updated] = await tx
    .update(cases)
    .set({ ...(firstContact ? { firstContactAt: at } : {}), followUpDueAt, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(eq(cases.id, row.id))
    .returning({ version: cases.version });
  const fields = firstContact ? ['firstContactAt', 'followUpDueAt'] : ['followUpDueAt'];
  await recordCaseEvents(tx, [
    { caseId: row.id, actorId, kind: firstContact ? 'case.first_contact' : 'case.contact', recordType: 'case', recordId: row.id, recordVersion: updated!.version, occurredAt: at, details: { fields } },
  ]);
  await recordFactsOf(tx, 'cases', row.id);
}

export async function addNote(ctx: Ctx, caseId: string, input: NoteInput) {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const concernsDate = input.concernsDate ?? brusselsDate(now);
    if (concernsDate > brusselsDate(now)) throw invalid([{ path: 'concernsDate', key: 'case_note_in_future' }]);
    const [note] = await tx.insert(caseNotes).values({ caseId: row.id, authorId: actor.userId, kind: input.kind, concernsDate, body: input.body }).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'note.added', recordType: 'note', recordId: note!.id, recordVersion: 1, occurredAt: now, details: { noteKind: input.kind } }]);
    if (input.kind === 'contact') await registerContact(tx, row, actor.userId, contactMoment(concernsDate, now), now);
    audit({ action: 'case_note.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { noteId: note!.id, noteKind: input.kind } });
    return presentNote(note!, await staffNames(tx, [actor.userId]));
  });
}

/** A note is its author's words: only the author corrects it, and the correction is versioned. */
export async function updateNote(ctx: Ctx, caseId: string, noteId: string, input: { version: number; kind?: NoteKind; concernsDate?: string; body?: string }) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [note] = await tx.select().from(caseNotes).where(and(eq(caseNotes.id, noteId), eq(caseNotes.caseId, row.id))).for('update');
    if (!note) throw notFound();
    if (note.authorId !== actor.userId) throw new AppError(403, 'case_note_author_only');
    await assertVersion(tx, note, input.version);
    const { version: _version, ...change } = input;
    if (change.concernsDate && change.concernsDate > brusselsDate(new Date())) throw invalid([{ path: 'concernsDate', key: 'case_note_in_future' }]);
    const fields = changedFields(note, change);
    const names = await staffNames(tx, [note.authorId]);
    if (fields.length === 0) return presentNote(note, names);
    const [updated] = await tx.update(caseNotes).set({ ...change, version: sql`${caseNotes.version} + 1`, updatedAt: new Date() }).where(eq(caseNotes.id, note.id)).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'note.updated', recordType: 'note', recordId: note.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'case_note.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { noteId: note.id, fields } });
    return presentNote(updated!, names);
  });
}
