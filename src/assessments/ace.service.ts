// Recording and correcting an ACE screening. The score is derived from the answers on every save
// (never typed), and a correction names the version it started from.
import { and, asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { personsOfCase, type CasePersonFact } from '../cases/case-facts.js';
import { loadOpenCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion, changedFields } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { invalid, notFound } from '../platform/errors.js';
import { translate, type Locale } from '../platform/i18n.js';
import { aceInterpretation, scoreAce } from './ace.js';
import type { AceInput, AceUpdate } from './assessments.schema.js';
import { aceScreenings } from './assessments.tables.js';

type AceRow = typeof aceScreenings.$inferSelect;

export const personName = (p: Pick<CasePersonFact, 'firstName' | 'lastName' | 'roleLabel'>): string => `${p.firstName} ${p.lastName}`.trim() || p.roleLabel;

export function presentAce(row: AceRow, persons: Map<string, CasePersonFact>, names: Map<string, string>, locale: Locale) {
  const result = scoreAce(row.answers);
  const person = persons.get(row.personId);
  return {
    id: row.id,
    person: { id: row.personId, name: person ? personName(person) : '' },
    screenedOn: row.screenedOn,
    answers: row.answers,
    score: result.score,
    unanswered: result.unanswered,
    signal: result.signal,
    signalPossible: result.signalPossible,
    interpretation: aceInterpretation(result).map((line) => translate(locale, line.key, line.params)),
    note: row.note,
    recordedBy: { id: row.recordedBy, name: names.get(row.recordedBy) ?? '' },
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function aceScreeningsOf(q: Queryable, caseId: string): Promise<AceRow[]> {
  return q.select().from(aceScreenings).where(eq(aceScreenings.caseId, caseId)).orderBy(asc(aceScreenings.screenedOn), asc(aceScreenings.createdAt));
}

function assertNotFuture(date: string, path: string): void {
  if (date > brusselsDate(new Date())) throw invalid([{ path, key: 'assessment_date_in_future' }]);
}

export async function recordAce(ctx: Ctx, caseId: string, input: AceInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [person] = await personsOfCase(tx, row.id, [input.personId]);
    if (!person) throw invalid([{ path: 'personId', key: 'case_person_not_in_case' }]);
    const screenedOn = input.screenedOn ?? brusselsDate(new Date());
    assertNotFuture(screenedOn, 'screenedOn');
    const { score, unanswered } = scoreAce(input.answers);
    const [screening] = await tx
      .insert(aceScreenings)
      .values({ caseId: row.id, personId: person.id, screenedOn, answers: input.answers, score, unanswered, note: input.note, recordedBy: actor.userId })
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'ace.recorded', recordType: 'ace_screening', recordId: screening!.id, recordVersion: 1 }]);
    audit({ action: 'ace_screening.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { aceScreeningId: screening!.id } });
    return presentAce(screening!, new Map([[person.id, person]]), await staffNames(tx, [actor.userId]), ctx.locale);
  });
}

export async function updateAce(ctx: Ctx, caseId: string, screeningId: string, input: AceUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [current] = await tx.select().from(aceScreenings).where(and(eq(aceScreenings.id, screeningId), eq(aceScreenings.caseId, row.id))).for('update');
    if (!current) throw notFound();
    await assertVersion(tx, current, input.version);
    if (input.screenedOn) assertNotFuture(input.screenedOn, 'screenedOn');
    const answers = { ...current.answers, ...input.answers };
    const change = { screenedOn: input.screenedOn, note: input.note };
    const answerFields = Object.keys(input.answers ?? {}).filter((item) => answers[item as keyof typeof answers] !== current.answers[item as keyof typeof answers]);
    const fields = [...changedFields(current, change), ...answerFields.map((item) => `answers.${item}`)];
    const persons = new Map((await personsOfCase(tx, row.id, [current.personId])).map((p) => [p.id, p]));
    if (fields.length === 0) return presentAce(current, persons, await staffNames(tx, [current.recordedBy]), ctx.locale);
    const { score, unanswered } = scoreAce(answers);
    const [updated] = await tx
      .update(aceScreenings)
      .set({ ...change, answers, score, unanswered, version: sql`${aceScreenings.version} + 1`, updatedAt: new Date() })
      .where(eq(aceScreenings.id, current.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'ace.updated', recordType: 'ace_screening', recordId: current.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'ace_screening.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { aceScreeningId: current.id, fields } });
    return presentAce(updated!, persons, await staffNames(tx, [updated!.recordedBy]), ctx.locale);
  });
}
