// Who may open a case: the one rule for the whole capability. A case belongs to a centre and a
// team; its owner, its assigned members and the lead of its team may read and write it. Everyone
// else (colleagues in the same centre, other centres, analysts, admins, the DPO) is told it does
// not exist. The rules are data: each names a condition once and yields both an in-memory check
// (for one loaded record) and the SQL that filters lists, so the two can never drift apart.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { roleHas } from '../access/permissions.js';
import type { Actor } from '../platform/context.js';
import { caseMembers, cases } from './cases.tables.js';
import { caseReports } from './intake/intake.tables.js';

export interface CaseAccessFacts {
  centreId: string;
  teamId: string;
  ownerId: string | null;
  memberIds: readonly string[];
}

interface AccessRule<F> {
  name: string;
  holds(actor: Actor, facts: F): boolean;
  where(actor: Actor): SQL;
}

const never = sql`false`;

export const caseAccessRules: AccessRule<CaseAccessFacts>[] = [
  {
    name: 'is_owner',
    holds: (actor, c) => c.ownerId === actor.userId,
    where: (actor) => eq(cases.ownerId, actor.userId),
  },
  {
    name: 'is_member',
    holds: (actor, c) => c.memberIds.includes(actor.userId),
    where: (actor) => sql`exists (select 1 from ${caseMembers} where ${caseMembers.caseId} = ${cases.id} and ${caseMembers.userId} = ${actor.userId})`,
  },
  {
    name: 'leads_team',
    holds: (actor, c) => roleHas(actor.role, 'cases:lead') && actor.teamIds.includes(c.teamId),
    where: (actor) => (roleHas(actor.role, 'cases:lead') && actor.teamIds.length > 0 ? inArray(cases.teamId, actor.teamIds) : never),
  },
];

/** Roles without case permissions never pass, whatever their team or centre. */
const mayDoCaseWork = (actor: Actor | null): actor is Actor => actor !== null && roleHas(actor.role, 'cases:read');

export function mayAccessCase(actor: Actor | null, facts: CaseAccessFacts): boolean {
  if (!mayDoCaseWork(actor) || facts.centreId !== actor.centreId) return false;
  return caseAccessRules.some((rule) => rule.holds(actor, facts));
}

/** The same rule as a WHERE clause on `cases`, for every list and search. */
export function caseAccessWhere(actor: Actor | null): SQL {
  if (!mayDoCaseWork(actor)) return never;
  return and(eq(cases.centreId, actor.centreId), or(...caseAccessRules.map((rule) => rule.where(actor))))!;
}

/** The team lead's own rule, for what only a lead does (assigning, the waiting list). */
export function leadsTeam(actor: Actor | null, teamId: string): boolean {
  return mayDoCaseWork(actor) && roleHas(actor.role, 'cases:lead') && actor.teamIds.includes(teamId);
}

export interface ReportAccessFacts {
  centreId: string;
  teamId: string;
  registeredBy: string;
  /** Set when the report opened a case: then the case team may read it too. */
  case: CaseAccessFacts | null;
}

/**
 * A report is seen by whoever took it, by the lead of the team that received it and, once it
 * opened a case, by that case's team. Nobody else: a report names a child and often a reporter.
 */
export const reportAccessRules: AccessRule<ReportAccessFacts>[] = [
  {
    name: 'registered_it',
    holds: (actor, r) => r.registeredBy === actor.userId,
    where: (actor) => eq(caseReports.registeredBy, actor.userId),
  },
  {
    name: 'leads_receiving_team',
    holds: (actor, r) => roleHas(actor.role, 'cases:lead') && actor.teamIds.includes(r.teamId),
    where: (actor) => (roleHas(actor.role, 'cases:lead') && actor.teamIds.length > 0 ? inArray(caseReports.teamId, actor.teamIds) : never),
  },
  {
    name: 'case_team',
    holds: (actor, r) => r.case !== null && mayAccessCase(actor, r.case),
    where: (actor) => sql`exists (select 1 from ${cases} where ${cases.id} = ${caseReports.caseId} and ${caseAccessWhere(actor)})`,
  },
];

export function mayAccessReport(actor: Actor | null, facts: ReportAccessFacts): boolean {
  if (!mayDoCaseWork(actor) || facts.centreId !== actor.centreId) return false;
  return reportAccessRules.some((rule) => rule.holds(actor, facts));
}

export function reportAccessWhere(actor: Actor | null): SQL {
  if (!mayDoCaseWork(actor)) return never;
  return and(eq(caseReports.centreId, actor.centreId), or(...reportAccessRules.map((rule) => rule.where(actor))))!;
}
