// The whole case file in one statement: the case (if the actor may open it), its members, people,
// relations, notes, chronology, reports and every staff name they mention, built as JSON by
// PostgreSQL. Seven statements one after another made most of a case file's time round trips.
import { eq, is, sql, SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { staffNamesJson, teamNameOf } from '../../access/organisation.service.js';
import type { Actor } from '../../platform/context.js';
import { correlated, type Queryable } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { mayAccessCase } from '../case.policy.js';
import type { CaseRow, PersonRow } from '../case.repository.js';
import { caseEvents, caseMembers, caseNotes, casePersons, caseRelations, cases, type NoteKind, type RelationKind } from '../cases.tables.js';
import { caseReports, type IntakeOutcome, type ReportSource } from '../intake/intake.tables.js';

export const MAX_NOTES = 500;
export const MAX_EVENTS = 1_000;

/** A column of the rows being turned into JSON (the subquery `x`). */
const col = (column: AnyPgColumn) => sql.raw(`x."${column.name}"`);
/** A timestamp as JavaScript's toISOString writes it (UTC, milliseconds), whatever the session's zone. */
const iso = (column: AnyPgColumn) => sql`to_char(${col(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The rows of an ordered, correlated subquery as a JSON array of objects with the given keys
 * ('[]' when there are none). json_agg keeps the subquery's order.
 */
function jsonRows<T>(fields: Record<string, AnyPgColumn | SQL>, rows: SQL): SQL<T[]> {
  const pairs = Object.entries(fields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${is(value, SQL) ? value : col(value)}`);
  return correlated(sql<T[]>`(SELECT coalesce(json_agg(json_build_object(${sql.join(pairs, sql`, `)})), '[]'::json) FROM (${rows}) AS x)`);
}

type PersonJson = Omit<PersonRow, 'createdAt' | 'updatedAt' | 'removedAt'> & { createdAt: string; updatedAt: string; removedAt: string | null };
export interface NoteJson {
  id: string;
  kind: NoteKind;
  concernsDate: string;
  body: string;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}
export interface EventJson {
  id: number;
  occurredAt: string;
  kind: string;
  actorId: string | null;
  recordType: string | null;
  recordId: string | null;
  details: Record<string, unknown> | null;
}
export interface CaseFileRows {
  row: CaseRow & { memberIds: string[] };
  persons: PersonRow[];
  /** Only relations between people still on the file (one to someone removed stays in the history). */
  relations: { id: string; fromPersonId: string; toPersonId: string; kind: RelationKind }[];
  /** The newest MAX_NOTES, newest first. */
  notes: NoteJson[];
  /** The newest MAX_EVENTS, oldest first: the chronology must end today. */
  events: EventJson[];
  reports: { id: string; receivedAt: string; source: ReportSource; concern: string; outcome: IntakeOutcome | null }[];
  names: Map<string, string>;
  teamName: string;
}

const c = casePersons;
const persons = jsonRows<PersonJson>(
  {
    id: c.id, caseId: c.caseId, kind: c.kind, firstName: c.firstName, lastName: c.lastName, searchName: c.searchName, dateOfBirth: c.dateOfBirth, unborn: c.unborn,
    expectedBirth: c.expectedBirth, roleLabel: c.roleLabel, organisation: c.organisation, phone: c.phone, livesWithChild: c.livesWithChild, notes: c.notes, version: c.version,
    createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt), removedAt: iso(c.removedAt),
  },
  sql`SELECT * FROM ${c} WHERE ${c.caseId} = ${cases.id} ORDER BY ${c.createdAt}`,
);
const r = caseRelations;
const relations = jsonRows<CaseFileRows['relations'][number]>(
  { id: r.id, fromPersonId: r.fromPersonId, toPersonId: r.toPersonId, kind: r.kind },
  sql`SELECT * FROM ${r} WHERE ${r.caseId} = ${cases.id}
        AND NOT EXISTS (SELECT 1 FROM ${c} WHERE ${c.id} IN (${r.fromPersonId}, ${r.toPersonId}) AND ${c.removedAt} IS NOT NULL)
      ORDER BY ${r.createdAt}`,
);
const n = caseNotes;
const notes = jsonRows<NoteJson>(
  { id: n.id, kind: n.kind, concernsDate: n.concernsDate, body: n.body, authorId: n.authorId, createdAt: iso(n.createdAt), updatedAt: iso(n.updatedAt), version: n.version },
  sql`SELECT * FROM ${n} WHERE ${n.caseId} = ${cases.id} ORDER BY ${n.concernsDate} DESC, ${n.createdAt} DESC LIMIT ${sql.raw(String(MAX_NOTES))}`,
);
const e = caseEvents;
const events = jsonRows<EventJson>(
  { id: e.id, occurredAt: iso(e.occurredAt), kind: e.kind, actorId: e.actorId, recordType: e.recordType, recordId: e.recordId, details: e.details },
  sql`SELECT * FROM (SELECT * FROM ${e} WHERE ${e.caseId} = ${cases.id} ORDER BY ${e.occurredAt} DESC, ${e.id} DESC LIMIT ${sql.raw(String(MAX_EVENTS))}) AS newest
      ORDER BY newest.occurred_at, newest.id`,
);
const p = caseReports;
const reports = jsonRows<CaseFileRows['reports'][number]>(
  { id: p.id, receivedAt: iso(p.receivedAt), source: p.source, concern: p.concern, outcome: p.outcome },
  sql`SELECT * FROM ${p} WHERE ${p.caseId} = ${cases.id} ORDER BY ${p.receivedAt}`,
);
const memberIds = correlated(sql<string[]>`coalesce((SELECT json_agg(${caseMembers.userId} ORDER BY ${caseMembers.addedAt}) FROM ${caseMembers} WHERE ${caseMembers.caseId} = ${cases.id}), '[]'::json)`);
// Everyone the file names: owner, members, note authors, event actors (all of them, not only the
// newest: a superset costs nothing here).
const names = staffNamesJson(
  sql`SELECT ${cases.ownerId} UNION ALL SELECT ${caseMembers.userId} FROM ${caseMembers} WHERE ${caseMembers.caseId} = ${cases.id}
      UNION ALL SELECT ${n.authorId} FROM ${n} WHERE ${n.caseId} = ${cases.id} UNION ALL SELECT ${e.actorId} FROM ${e} WHERE ${e.caseId} = ${cases.id}`,
);

/**
 * The statement, prepared once per database: the same text every time (the access rule is checked
 * on the loaded facts below, as for every single case), so PostgreSQL parses and plans it once per
 * connection instead of on every read, and nothing is rebuilt here either.
 */
const prepare = (q: Queryable) =>
  q
    .select({
      row: cases,
      memberIds: memberIds.as('member_ids'),
      persons: persons.as('persons'),
      relations: relations.as('relations'),
      notes: notes.as('notes'),
      events: events.as('events'),
      reports: reports.as('reports'),
      names: names.as('names'),
      teamName: teamNameOf(cases.teamId).as('team_name'),
    })
    .from(cases)
    .where(eq(cases.id, sql.placeholder('caseId')))
    .prepare('case_file_read');
const prepared = new WeakMap<Queryable, ReturnType<typeof prepare>>();

/** The case file if the actor may open it; otherwise 404, the same answer as for no case at all. */
export async function loadCaseFile(q: Queryable, actor: Actor, caseId: string): Promise<CaseFileRows> {
  let statement = prepared.get(q);
  if (!statement) prepared.set(q, (statement = prepare(q)));
  const [found] = await statement.execute({ caseId });
  if (!found) throw notFound();
  const row = { ...found.row, memberIds: found.memberIds };
  if (!mayAccessCase(actor, { centreId: row.centreId, teamId: row.teamId, ownerId: row.ownerId, memberIds: row.memberIds })) throw notFound();
  return {
    row,
    persons: found.persons.map((person) => ({
      ...person,
      createdAt: new Date(person.createdAt),
      updatedAt: new Date(person.updatedAt),
      removedAt: person.removedAt === null ? null : new Date(person.removedAt),
    })),
    relations: found.relations,
    notes: found.notes,
    events: found.events,
    reports: found.reports,
    names: new Map(Object.entries(found.names)),
    teamName: found.teamName ?? '',
  };
}
