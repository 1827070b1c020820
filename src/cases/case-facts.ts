// What the other case-work capabilities (assessments, plans, team work, partners, MANO) read
// and change of a case, so that they call this module instead of the case tables. Callers have
// already loaded the case through loadCaseFor/loadOpenCaseFor, which checked access.
import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../platform/context.js';
import type { Queryable, Tx } from '../platform/db.js';
import { caseAccessWhere } from './case.policy.js';
import type { CaseRow } from './case.repository.js';
import { caseMembers, casePersons, cases, type CaseTrack, type PersonKind } from './cases.tables.js';
import { caseReporters, caseReports } from './intake/intake.tables.js';
import { recordCaseEvents } from './timeline.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

export interface CasePersonFact {
  id: string;
  kind: PersonKind;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  unborn: boolean;
  expectedBirth: string | null;
  roleLabel: string;
}

/** The people currently in the file (removed people excluded), optionally only the given ids. */
export async function personsOfCase(q: Queryable, caseId: string, ids?: readonly string[]): Promise<CasePersonFact[]> {
  if (ids && ids.length === 0) return [];
  return q
    .select({
      id: casePersons.id,
      kind: casePersons.kind,
      firstName: casePersons.firstName,
      lastName: casePersons.lastName,
      dateOfBirth: casePersons.dateOfBirth,
      unborn: casePersons.unborn,
      expectedBirth: casePersons.expectedBirth,
      roleLabel: casePersons.roleLabel,
    })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), isNull(casePersons.removedAt), ids ? inArray(casePersons.id, [...ids]) : undefined))
    .orderBy(casePersons.createdAt);
}

/** Moves a case onto the MANO track or back; the change is versioned and on the timeline. */
export async function setCaseTrack(tx: Tx, actorId: string, row: CaseRow, track: CaseTrack): Promise<void> {
  if (row.track === track) return;
  const [updated] = await tx
    .update(cases)
    .set({ track, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(eq(cases.id, row.id))
    .returning({ version: cases.version });
  await recordCaseEvents(tx, [{ caseId: row.id, actorId, kind: 'case.track_changed', recordType: 'case', recordId: row.id, recordVersion: updated!.version, details: { fields: ['track'], from: row.track, to: track } }]);
  await recordFactsOf(tx, 'cases', row.id);
}

/**
 * What identifies the people who reported this case (names, phone numbers, e-mail addresses),
 * for redaction only: documents that leave the VK must never name the reporter.
 */
export async function reporterIdentifiersOfCase(q: Queryable, caseId: string): Promise<string[]> {
  const found = await q
    .select({ name: caseReporters.name, phone: caseReporters.phone, email: caseReporters.email })
    .from(caseReporters)
    .innerJoin(caseReports, eq(caseReports.id, caseReporters.reportId))
    .where(eq(caseReports.caseId, caseId));
  return found.flatMap((r) => [r.name, r.phone, r.email]).map((s) => s.trim()).filter((s) => s.length >= 3);
}

/**
 * The ids of the open cases the actor works on (as owner or member), within what the access
 * policy lets them see: a subquery for `case_id in (…)` in lists such as "reviews due".
 */
export function myOpenCaseIds(actor: Actor): SQL {
  const mine = sql`(${cases.ownerId} = ${actor.userId} or exists (select 1 from ${caseMembers} where ${caseMembers.caseId} = ${cases.id} and ${caseMembers.userId} = ${actor.userId}))`;
  return sql`(select ${cases.id} from ${cases} where ${caseAccessWhere(actor)} and ${cases.status} <> 'closed' and ${mine})`;
}

/** Case numbers by id, for lists that name cases. */
export async function caseNumbersOf(q: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await q.select({ id: cases.id, number: cases.number }).from(cases).where(inArray(cases.id, [...new Set(ids)]));
  return new Map(found.map((r) => [r.id, r.number]));
}

/** Active, assigned cases of a team on a track, oldest number first (for demo data). */
export async function activeCasesOfTeam(q: Queryable, teamId: string, track: CaseTrack, limit: number): Promise<{ id: string; centreId: string; ownerId: string; memberIds: string[] }[]> {
  const found = await q
    .select({ id: cases.id, centreId: cases.centreId, ownerId: cases.ownerId })
    .from(cases)
    .where(and(eq(cases.teamId, teamId), eq(cases.track, track), eq(cases.status, 'active'), isNotNull(cases.ownerId)))
    .orderBy(asc(cases.number))
    .limit(limit);
  const members = found.length ? await q.select().from(caseMembers).where(inArray(caseMembers.caseId, found.map((c) => c.id))) : [];
  return found.map((c) => ({ id: c.id, centreId: c.centreId, ownerId: c.ownerId!, memberIds: members.filter((m) => m.caseId === c.id).map((m) => m.userId) }));
}

/** Closed cases of a team, oldest number first (for demo data). */
export async function closedCasesOfTeam(q: Queryable, teamId: string, limit: number): Promise<{ id: string; centreId: string }[]> {
  return q
    .select({ id: cases.id, centreId: cases.centreId })
    .from(cases)
    .where(and(eq(cases.teamId, teamId), eq(cases.status, 'closed'), isNull(cases.purgedAt)))
    .orderBy(asc(cases.number))
    .limit(limit);
}
