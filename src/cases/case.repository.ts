// Loading cases for an actor. One case: read, then checked with the policy's in-memory rule.
// Many cases: filtered in SQL with the policy's WHERE clause. Both come from case.policy.ts.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../platform/context.js';
import { correlated, type Queryable } from '../platform/db.js';
import { AppError, notFound } from '../platform/errors.js';
import { caseAccessWhere, mayAccessCase } from './case.policy.js';
import { caseMembers, casePersons, cases } from './cases.tables.js';
import { caseTaxonomyTerms } from './taxonomy/taxonomy.tables.js';

export type CaseRow = typeof cases.$inferSelect;

export async function memberIdsOf(q: Queryable, caseId: string): Promise<string[]> {
  const rows = await q.select({ userId: caseMembers.userId }).from(caseMembers).where(eq(caseMembers.caseId, caseId)).orderBy(asc(caseMembers.addedAt));
  return rows.map((r) => r.userId);
}

/**
 * The case if the actor may open it; otherwise 404, the same answer as for no case at all. Its
 * members come in the same statement (they decide access, and every caller needs them).
 */
export async function loadCaseFor(q: Queryable, actor: Actor, caseId: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow & { memberIds: string[] }> {
  const memberIds = correlated(sql<string[]>`coalesce((select array_agg(${caseMembers.userId} order by ${caseMembers.addedAt}) from ${caseMembers} where ${caseMembers.caseId} = ${cases.id}), '{}')`);
  const query = q.select({ row: cases, memberIds: memberIds.as('member_ids') }).from(cases).where(eq(cases.id, caseId));
  const [found] = options.forUpdate ? await query.for('update', { of: cases }) : await query;
  if (!found) throw notFound();
  const { row } = found;
  const members = parseUuidArray(found.memberIds);
  if (!mayAccessCase(actor, { centreId: row.centreId, teamId: row.teamId, ownerId: row.ownerId, memberIds: members })) throw notFound();
  return { ...row, memberIds: members };
}

/** node-postgres hands a uuid[] back as its text form; PGlite as an array. */
function parseUuidArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',');
}

/** For changes: a closed case is read-only until it is reopened. */
export async function loadOpenCaseFor(q: Queryable, actor: Actor, caseId: string) {
  const row = await loadCaseFor(q, actor, caseId, { forUpdate: true });
  if (row.status === 'closed') throw new AppError(409, 'case_closed');
  return row;
}

/**
 * Urgency rank from the taxonomy (unknown codes last), for ordering in SQL. Through correlated():
 * the waiting list selects from cases alone, where an unqualified "urgency" would bind to any
 * column of that name the taxonomy table ever gained, not to the case's.
 */
export const urgencyRank = correlated(sql<number>`coalesce((select ${caseTaxonomyTerms.sortOrder} from ${caseTaxonomyTerms} where ${caseTaxonomyTerms.kind} = 'urgency' and ${caseTaxonomyTerms.code} = ${cases.urgency}), 1000000)`);

export async function listCasesFor(q: Queryable, actor: Actor, filter: SQL | undefined, orderBy: SQL[], limit: number): Promise<CaseRow[]> {
  return q
    .select()
    .from(cases)
    .where(and(caseAccessWhere(actor), filter))
    .orderBy(...orderBy)
    .limit(limit);
}

export type PersonRow = typeof casePersons.$inferSelect;

/** The children of each case, oldest first and the unborn last. */
/** A case's children from its loaded people, in the order childrenOf gives them. */
export function childrenAmong(persons: PersonRow[]): PersonRow[] {
  const born = (p: PersonRow) => (p.unborn ? 1 : 0);
  return persons
    .filter((p) => p.kind === 'child' && p.removedAt === null)
    .sort((a, b) => born(a) - born(b) || (a.dateOfBirth ?? '\uffff').localeCompare(b.dateOfBirth ?? '\uffff') || (a.firstName < b.firstName ? -1 : a.firstName > b.firstName ? 1 : 0));
}

export async function childrenOf(q: Queryable, caseIds: string[]): Promise<Map<string, PersonRow[]>> {
  const byCase = new Map<string, PersonRow[]>();
  if (caseIds.length === 0) return byCase;
  const children = await q
    .select()
    .from(casePersons)
    .where(and(inArray(casePersons.caseId, caseIds), eq(casePersons.kind, 'child'), sql`${casePersons.removedAt} is null`))
    .orderBy(asc(casePersons.unborn), sql`${casePersons.dateOfBirth} asc nulls last`, asc(casePersons.firstName));
  for (const child of children) byCase.set(child.caseId, [...(byCase.get(child.caseId) ?? []), child]);
  return byCase;
}
