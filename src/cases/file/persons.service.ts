// The people around the child: children, parents and family (with their relations, the
// genogram's lines), the child's network and the professionals involved. Removing someone hides
// them from the file but keeps them in its history.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { invalid, notFound, type FieldProblem } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { loadOpenCaseFor } from '../case.repository.js';
import { casePersons, caseRelations } from '../cases.tables.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { birthProblems, type BirthFacts } from '../person-rules.js';
import { recordCaseEvents } from '../timeline.js';
import { assertVersion, changedFields } from '../versioned.js';
import { presentPerson, type PersonRow } from './case-file.service.js';
import type { PersonInput, PersonUpdate } from './file.schema.js';

function personProblems(person: BirthFacts & { firstName: string; lastName: string; roleLabel: string }): FieldProblem[] {
  const problems = birthProblems(person, '', brusselsDate(new Date()));
  // Someone may be known only as "the new partner of the mother": a role is enough, nothing is not.
  if (!person.firstName && !person.lastName && !person.roleLabel) problems.push({ path: 'firstName', key: 'case_person_needs_name' });
  return problems;
}

async function personOfCase(q: Queryable, caseId: string, personId: string, options: { forUpdate?: boolean } = {}): Promise<PersonRow> {
  const query = q.select().from(casePersons).where(and(eq(casePersons.id, personId), eq(casePersons.caseId, caseId), isNull(casePersons.removedAt)));
  const [person] = options.forUpdate ? await query.for('update') : await query;
  if (!person) throw notFound();
  return person;
}

export async function addPerson(ctx: Ctx, caseId: string, input: PersonInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const problems = personProblems(input);
    if (problems.length) throw invalid(problems);
    const [person] = await tx.insert(casePersons).values({ caseId: row.id, ...input }).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'person.added', recordType: 'person', recordId: person!.id, recordVersion: 1, details: { personKind: input.kind } }]);
    audit({ action: 'case_person.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { personId: person!.id, personKind: input.kind } });
    return presentPerson(person!);
  });
}

export async function updatePerson(ctx: Ctx, caseId: string, personId: string, input: PersonUpdate) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const person = await personOfCase(tx, row.id, personId, { forUpdate: true });
    await assertVersion(tx, person, input.version);
    const { version: _version, ...change } = input;
    const problems = personProblems({ ...person, ...change });
    if (problems.length) throw invalid(problems);
    const fields = changedFields(person, change);
    if (fields.length === 0) return presentPerson(person);
    const [updated] = await tx
      .update(casePersons)
      .set({ ...change, version: sql`${casePersons.version} + 1`, updatedAt: new Date() })
      .where(eq(casePersons.id, person.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'person.updated', recordType: 'person', recordId: person.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'case_person.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { personId: person.id, fields } });
    return presentPerson(updated!);
  });
}

export async function removePerson(ctx: Ctx, caseId: string, personId: string, version: number): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const person = await personOfCase(tx, row.id, personId, { forUpdate: true });
    await assertVersion(tx, person, version);
    const [updated] = await tx
      .update(casePersons)
      .set({ removedAt: new Date(), version: sql`${casePersons.version} + 1`, updatedAt: new Date() })
      .where(eq(casePersons.id, person.id))
      .returning({ version: casePersons.version });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'person.removed', recordType: 'person', recordId: person.id, recordVersion: updated!.version, details: { personKind: person.kind, fields: ['removed'] } }]);
    audit({ action: 'case_person.remove', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { personId: person.id } });
  });
}

export async function addRelation(ctx: Ctx, caseId: string, input: { fromPersonId: string; toPersonId: string; kind: (typeof caseRelations.$inferInsert)['kind'] }) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const problems: FieldProblem[] = [];
    if (input.fromPersonId === input.toPersonId) problems.push({ path: 'toPersonId', key: 'case_relation_to_self' });
    for (const path of ['fromPersonId', 'toPersonId'] as const) {
      const [person] = await tx.select({ id: casePersons.id }).from(casePersons).where(and(eq(casePersons.id, input[path]), eq(casePersons.caseId, row.id), isNull(casePersons.removedAt)));
      if (!person) problems.push({ path, key: 'case_person_not_in_case' });
    }
    if (problems.length) throw invalid(problems);
    // One line per pair and kind: a second identical relation adds nothing to the genogram.
    const [existing] = await tx
      .select()
      .from(caseRelations)
      .where(and(eq(caseRelations.caseId, row.id), eq(caseRelations.kind, input.kind), or(
        and(eq(caseRelations.fromPersonId, input.fromPersonId), eq(caseRelations.toPersonId, input.toPersonId)),
        and(eq(caseRelations.fromPersonId, input.toPersonId), eq(caseRelations.toPersonId, input.fromPersonId)),
      )));
    if (existing) return { id: existing.id, fromPersonId: existing.fromPersonId, toPersonId: existing.toPersonId, kind: existing.kind };
    const [relation] = await tx.insert(caseRelations).values({ caseId: row.id, ...input }).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'relation.added', recordType: 'relation', recordId: relation!.id, details: { relationKind: input.kind, fromPersonId: input.fromPersonId, toPersonId: input.toPersonId } }]);
    audit({ action: 'case_relation.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { relationId: relation!.id } });
    return { id: relation!.id, fromPersonId: relation!.fromPersonId, toPersonId: relation!.toPersonId, kind: relation!.kind };
  });
}

/** Relations have no version: they are added and removed, never edited. */
export async function removeRelation(ctx: Ctx, caseId: string, relationId: string): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [removed] = await tx.delete(caseRelations).where(and(eq(caseRelations.id, relationId), eq(caseRelations.caseId, row.id))).returning();
    if (!removed) throw notFound();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'relation.removed', recordType: 'relation', recordId: removed.id, details: { relationKind: removed.kind, fromPersonId: removed.fromPersonId, toPersonId: removed.toPersonId } }]);
    audit({ action: 'case_relation.remove', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { relationId: removed.id } });
  });
}
