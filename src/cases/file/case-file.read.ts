// The whole case file in one statement: the case (if the actor may open it), its members, people,
// relations, notes, chronology and reports, with every staff name they mention. PostgreSQL builds
// the large parts as the answer's JSON text, which goes to the client as it is: parsing it here
// only to write it out again cost more than the statement (the small head is built in JS, where
// the deadline and waiting-time rules live).
import { eq, is, sql, SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { staffNameOf, staffRefJson, teamNameOf } from '../../access/organisation.service.js';
import type { Actor } from '../../platform/context.js';
import { correlated, type Queryable } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { mayAccessCase } from '../case.policy.js';
import type { CaseRow } from '../case.repository.js';
import { childrenJson, type ChildFacts } from '../case-summary.js';
import { caseEvents, caseMembers, caseNotes, casePersons, caseRelations, cases } from '../cases.tables.js';
import { caseReports } from '../intake/intake.tables.js';

export const MAX_NOTES = 500;
export const MAX_EVENTS = 1_000;

/** A column of the rows being turned into JSON (the subquery `x`). */
const col = (column: AnyPgColumn) => sql.raw(`x."${column.name}"`);
/** A timestamp as JavaScript's toISOString writes it (UTC, milliseconds), whatever the session's zone. */
const iso = (column: AnyPgColumn) => sql`to_char(${col(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The rows of an ordered, correlated subquery as the text of a JSON array of objects with the
 * given keys ('[]' when there are none). json_agg keeps the subquery's order.
 */
function jsonRows(fields: Record<string, AnyPgColumn | SQL>, rows: SQL): SQL<string> {
  const pairs = Object.entries(fields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${is(value, SQL) ? value : col(value)}`);
  return correlated(sql<string>`(SELECT coalesce(json_agg(json_build_object(${sql.join(pairs, sql`, `)})), '[]'::json)::text FROM (${rows}) AS x)`);
}

/** What the statement returns: the facts the access rule and the head need, the rest as JSON text. */
export interface CaseFileRows {
  row: CaseRow & { memberIds: string[] };
  children: ChildFacts[];
  ownerName: string | null;
  teamName: string;
  /** The answer's arrays, each already the JSON text of the response's field. */
  json: {
    members: string;
    /** People still on the file, in the order they were added. */
    persons: string;
    /** Only relations between people still on the file (one to someone removed stays in the history). */
    relations: string;
    /** The newest MAX_NOTES, newest first. */
    notes: string;
    /** The newest MAX_EVENTS, oldest first: the chronology must end today. */
    timeline: string;
    reports: string;
  };
}

const c = casePersons;
const persons = jsonRows(
  {
    id: c.id, kind: c.kind, firstName: c.firstName, lastName: c.lastName, dateOfBirth: c.dateOfBirth, unborn: c.unborn, expectedBirth: c.expectedBirth,
    roleLabel: c.roleLabel, organisation: c.organisation, phone: c.phone, livesWithChild: c.livesWithChild, notes: c.notes, version: c.version,
  },
  sql`SELECT * FROM ${c} WHERE ${c.caseId} = ${cases.id} AND ${c.removedAt} IS NULL ORDER BY ${c.createdAt}`,
);
const r = caseRelations;
const relations = jsonRows(
  { id: r.id, fromPersonId: r.fromPersonId, toPersonId: r.toPersonId, kind: r.kind },
  sql`SELECT * FROM ${r} WHERE ${r.caseId} = ${cases.id}
        AND NOT EXISTS (SELECT 1 FROM ${c} WHERE ${c.id} IN (${r.fromPersonId}, ${r.toPersonId}) AND ${c.removedAt} IS NOT NULL)
      ORDER BY ${r.createdAt}`,
);
const n = caseNotes;
const notes = jsonRows(
  { id: n.id, kind: n.kind, concernsDate: n.concernsDate, body: n.body, author: staffRefJson(col(n.authorId)), createdAt: iso(n.createdAt), updatedAt: iso(n.updatedAt), version: n.version },
  sql`SELECT * FROM ${n} WHERE ${n.caseId} = ${cases.id} ORDER BY ${n.concernsDate} DESC, ${n.createdAt} DESC LIMIT ${sql.raw(String(MAX_NOTES))}`,
);
const e = caseEvents;
const timeline = jsonRows(
  {
    id: e.id, occurredAt: iso(e.occurredAt), kind: e.kind, actor: staffRefJson(col(e.actorId)), recordType: e.recordType, recordId: e.recordId,
    details: sql`coalesce(${col(e.details)}, '{}'::jsonb)`,
  },
  sql`SELECT * FROM (SELECT * FROM ${e} WHERE ${e.caseId} = ${cases.id} ORDER BY ${e.occurredAt} DESC, ${e.id} DESC LIMIT ${sql.raw(String(MAX_EVENTS))}) AS newest
      ORDER BY newest.occurred_at, newest.id`,
);
const p = caseReports;
const reports = jsonRows(
  { id: p.id, receivedAt: iso(p.receivedAt), source: p.source, concern: p.concern, outcome: p.outcome },
  sql`SELECT * FROM ${p} WHERE ${p.caseId} = ${cases.id} ORDER BY ${p.receivedAt}`,
);
const m = caseMembers;
const memberIds = correlated(sql<string[]>`coalesce((SELECT json_agg(${m.userId} ORDER BY ${m.addedAt}) FROM ${m} WHERE ${m.caseId} = ${cases.id}), '[]'::json)`);
const members = jsonRows({ id: m.userId, name: sql`coalesce(${sql.raw('x.name')}, '')` }, sql`SELECT ${m.userId}, ${staffNameOf(m.userId)} AS name FROM ${m} WHERE ${m.caseId} = ${cases.id} ORDER BY ${m.addedAt}`);

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
      children: childrenJson.as('children'),
      ownerName: staffNameOf(cases.ownerId).as('owner_name'),
      teamName: teamNameOf(cases.teamId).as('team_name'),
      members: members.as('members'),
      persons: persons.as('persons'),
      relations: relations.as('relations'),
      notes: notes.as('notes'),
      timeline: timeline.as('timeline'),
      reports: reports.as('reports'),
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
  const { row, memberIds, children, ownerName, teamName, ...json } = found;
  if (!mayAccessCase(actor, { centreId: row.centreId, teamId: row.teamId, ownerId: row.ownerId, memberIds })) throw notFound();
  return { row: { ...row, memberIds }, children, ownerName, teamName: teamName ?? '', json };
}
