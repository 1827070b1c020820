// What the other capabilities may know of the organisation (centres, teams, staff names): the
// access capability's service for it, so case work, plans, MANO and the rest never read the
// account tables themselves. Functions take the caller's transaction (a `Queryable`), so a name
// next to a note is read in the same snapshot as the note.
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { centres, teams, userTeams, users } from './access.tables.js';
import { rolePermissions, type Permission, type Role } from './permissions.js';
import { correlated, type Queryable } from '../platform/db.js';

export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
  teamId: string;
}

export async function staffNames(q: Queryable, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await q.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** For reads folded into one statement: a staff member's display name, their { id, name }, a team's name. */
export const staffNameOf = (id: SQL | AnyPgColumn) => correlated(sql<string | null>`(SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${id})`);
/** A staff member as the answers name them, { id, name } (name '' if the account is gone), as JSON; null for no id. */
export const staffRefJson = (id: SQL | AnyPgColumn) =>
  correlated(sql<{ id: string; name: string } | null>`CASE WHEN ${id} IS NULL THEN NULL ELSE json_build_object('id', ${id}, 'name', coalesce((SELECT ${users.displayName} FROM ${users} WHERE ${users.id} = ${id}), '')) END`);
export const teamNameOf = (teamId: SQL | AnyPgColumn) => correlated(sql<string>`(SELECT ${teams.name} FROM ${teams} WHERE ${teams.id} = ${teamId})`);

/** Active caseworkers and team leads of the given teams: who can carry a case. */
export async function caseStaffOfTeams(q: Queryable, teamIds: readonly string[]): Promise<StaffMember[]> {
  if (teamIds.length === 0) return [];
  return q
    .select({ id: users.id, displayName: users.displayName, role: users.role, teamId: userTeams.teamId })
    .from(userTeams)
    .innerJoin(users, eq(users.id, userTeams.userId))
    .where(and(inArray(userTeams.teamId, [...teamIds]), inArray(users.role, ['caseworker', 'team_lead']), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName));
}

/** Active staff of a centre whose role has `permission` (e.g. whom a consult can be assigned to). */
export async function centreStaffWith(q: Queryable, centreId: string, permission: Permission): Promise<{ id: string; name: string }[]> {
  const roles = (Object.keys(rolePermissions) as Role[]).filter((role) => rolePermissions[role].includes(permission));
  return q
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.centreId, centreId), inArray(users.role, roles), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName));
}

export async function teamsOfCentre(q: Queryable, centreId: string): Promise<{ id: string; name: string }[]> {
  return q.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.centreId, centreId)).orderBy(asc(teams.name));
}

export async function centreCode(q: Queryable, centreId: string): Promise<string> {
  const [centre] = await q.select({ code: centres.code }).from(centres).where(eq(centres.id, centreId));
  if (!centre) throw new Error(`centre ${centreId} missing`);
  return centre.code;
}

/** The centre's name as it signs documents ("VK Antwerpen"). */
export async function centreName(q: Queryable, centreId: string): Promise<string> {
  const [centre] = await q.select({ name: centres.name }).from(centres).where(eq(centres.id, centreId));
  return centre?.name ?? '';
}

export async function teamName(q: Queryable, teamId: string): Promise<string> {
  const [team] = await q.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId));
  return team?.name ?? '';
}

/** The confidential centres (not the hotline or the chat) with their teams, for demo seeding. */
export async function vkCentres(q: Queryable): Promise<{ id: string; code: string; teams: { id: string; name: string }[] }[]> {
  const rows = await q.select({ id: centres.id, code: centres.code }).from(centres).where(eq(centres.kind, 'vk')).orderBy(asc(centres.code));
  const teamRows = await q.select().from(teams).orderBy(asc(teams.name));
  return rows.map((c) => ({ ...c, teams: teamRows.filter((t) => t.centreId === c.id).map((t) => ({ id: t.id, name: t.name })) }));
}
