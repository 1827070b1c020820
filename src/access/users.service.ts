// Account administration. An admin manages accounts of their own centre only, and never sees case
// content. Every change is audited; disabling or resetting 2FA ends the user's sessions at once.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { centres, recoveryCodes, teams, userTeams, users } from './access.tables.js';
import { hashPassword, passwordProblems } from './password.js';
import type { Role } from './permissions.js';
import { revokeUserSessions } from './session.repository.js';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  centreId: string;
  teamIds: string[];
  password: string;
  isDemo?: boolean;
}

function actorOf(ctx: Ctx) {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated');
  return ctx.actor;
}

export async function listCentres(q: Queryable, centreId?: string) {
  const rows = await q.select().from(centres).where(centreId ? eq(centres.id, centreId) : undefined).orderBy(asc(centres.name));
  const teamRows = await q.select().from(teams).orderBy(asc(teams.name));
  return rows.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    kind: c.kind,
    teams: teamRows.filter((t) => t.centreId === c.id).map((t) => ({ id: t.id, name: t.name })),
  }));
}

/** Users of one centre, filtered in SQL: another centre's accounts are never read. */
export async function listUsers(ctx: Ctx) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    audit({ action: 'user.list', recordType: 'user', centreId: actor.centreId });
    return usersOfCentre(tx, actor.centreId);
  });
}

async function usersOfCentre(q: Queryable, centreId: string) {
  const rows = await q
    .select({ user: users, centre: { id: centres.id, code: centres.code, name: centres.name } })
    .from(users)
    .innerJoin(centres, eq(centres.id, users.centreId))
    .where(eq(users.centreId, centreId))
    .orderBy(asc(users.displayName));
  const memberships = rows.length
    ? await q
        .select({ userId: userTeams.userId, id: teams.id, name: teams.name })
        .from(userTeams)
        .innerJoin(teams, eq(teams.id, userTeams.teamId))
        .where(inArray(userTeams.userId, rows.map((r) => r.user.id)))
    : [];
  return rows.map(({ user, centre }) => presentUser(user, centre, memberships.filter((m) => m.userId === user.id)));
}

type UserRow = typeof users.$inferSelect;
function presentUser(user: UserRow, centre: { id: string; code: string; name: string }, memberTeams: { id: string; name: string }[]) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    centre,
    teams: memberTeams.map((t) => ({ id: t.id, name: t.name })),
    disabled: user.disabledAt !== null,
    mfaEnrolled: user.mfaEnrolledAt !== null,
    isDemo: user.isDemo,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

/** Creates an account (also used by the CLI and the demo seed, with a system context). */
export async function createUser(ctx: Ctx, input: NewUser) {
  // All problems at once, so the form can mark every field in one round trip.
  const problems: FieldProblem[] = [];
  if (ctx.actor && input.centreId !== ctx.actor.centreId) problems.push({ path: 'centreId', key: 'centre_not_allowed' });
  problems.push(...passwordProblems(input.password, { email: input.email }));
  const email = input.email.trim();
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (taken) problems.push({ path: 'email', key: 'email_taken' });
  const [centre] = await ctx.db.select().from(centres).where(eq(centres.id, input.centreId));
  if (!centre && !problems.some((p) => p.path === 'centreId')) problems.push({ path: 'centreId', key: 'centre_not_allowed' });
  const teamRows = input.teamIds.length && centre
    ? await ctx.db.select().from(teams).where(and(inArray(teams.id, input.teamIds), eq(teams.centreId, centre.id)))
    : [];
  if (teamRows.length !== new Set(input.teamIds).size) problems.push({ path: 'teamIds', key: 'team_not_in_centre' });
  if (problems.length || !centre) throw invalid(problems);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [user] = await tx
      .insert(users)
      .values({ email, displayName: input.displayName.trim(), role: input.role, centreId: centre.id, passwordHash, isDemo: input.isDemo ?? false })
      .returning();
    if (teamRows.length) await tx.insert(userTeams).values(teamRows.map((t) => ({ userId: user!.id, teamId: t.id })));
    audit({ action: 'user.create', recordType: 'user', recordId: user!.id, centreId: centre.id, details: { role: input.role } });
    return presentUser(user!, { id: centre.id, code: centre.code, name: centre.name }, teamRows);
  });
}

async function userInActorCentre(ctx: Ctx, userId: string): Promise<UserRow> {
  const actor = actorOf(ctx);
  const [user] = await ctx.db.select().from(users).where(and(eq(users.id, userId), eq(users.centreId, actor.centreId)));
  if (!user) throw notFound(); // another centre's account is indistinguishable from none
  return user;
}

export async function disableUser(ctx: Ctx, userId: string): Promise<void> {
  const user = await userInActorCentre(ctx, userId);
  await inTransaction(ctx, async ({ tx, audit }) => {
    await tx.update(users).set({ disabledAt: new Date(), version: sql`${users.version} + 1` }).where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id);
    audit({ action: 'user.disable', recordType: 'user', recordId: user.id, centreId: user.centreId });
  });
}

export async function resetMfa(ctx: Ctx, userId: string): Promise<void> {
  const user = await userInActorCentre(ctx, userId);
  await resetMfaOf(ctx, user);
}

export async function resetMfaOf(ctx: Ctx, user: { id: string; centreId: string }): Promise<void> {
  await inTransaction(ctx, async ({ tx, audit }) => {
    await tx
      .update(users)
      .set({ mfaSecret: null, mfaPendingSecret: null, mfaEnrolledAt: null, mfaLastStep: null, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await revokeUserSessions(tx, user.id);
    audit({ action: 'user.reset_mfa', recordType: 'user', recordId: user.id, centreId: user.centreId });
  });
}
