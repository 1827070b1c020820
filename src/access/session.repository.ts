// Sessions live in the database so any process can serve any request and "sign out everywhere"
// is one UPDATE. The cookie carries a random token; only its SHA-256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { sessions, teams, userTeams, users } from './access.tables.js';
import type { Role } from './permissions.js';

export type SessionStage = 'mfa_enrol' | 'mfa_challenge' | 'complete';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
/** The CSRF token is derived from the session token: only its holder can compute it. */
export const csrfFor = (token: string): string =>
  createHash('sha256').update(`csrf:${token}`).digest('base64url');

export async function createSession(q: Queryable, userId: string, stage: SessionStage, absoluteMs: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await q.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    stage,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt: new Date(now.getTime() + absoluteMs),
  });
  return token;
}

export interface SessionRow {
  tokenHash: string;
  stage: SessionStage;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  user: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    centreId: string;
    isDemo: boolean;
    disabled: boolean;
    /** The user's teams, read with the session: every request needs them for case access. */
    teamIds: string[];
  };
}

/** Prepared once per database: every request asks it, so PostgreSQL plans it once per connection. */
const prepareFind = (q: Queryable) =>
  q
    .select({
      tokenHash: sessions.tokenHash,
      stage: sessions.stage,
      lastSeenAt: sessions.lastSeenAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      revokedAt: sessions.revokedAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      centreId: users.centreId,
      isDemo: users.isDemo,
      disabledAt: users.disabledAt,
      teamIds: sql<string[]>`coalesce((SELECT json_agg(${userTeams.teamId}) FROM ${userTeams} WHERE ${userTeams.userId} = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('hash')))
    .prepare('session_find');
const preparedFind = new WeakMap<Queryable, ReturnType<typeof prepareFind>>();

export async function findSession(q: Queryable, token: string): Promise<SessionRow | undefined> {
  let statement = preparedFind.get(q);
  if (!statement) preparedFind.set(q, (statement = prepareFind(q)));
  const [row] = await statement.execute({ hash: tokenHash(token) });
  if (!row || row.revokedAt) return undefined;
  return {
    tokenHash: row.tokenHash,
    stage: row.stage,
    lastSeenAt: row.lastSeenAt,
    absoluteExpiresAt: row.absoluteExpiresAt,
    user: {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      centreId: row.centreId,
      isDemo: row.isDemo,
      disabled: row.disabledAt !== null,
      teamIds: row.teamIds,
    },
  };
}

export async function touchSession(q: Queryable, hash: string): Promise<void> {
  await q.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, hash));
}

export async function setSessionStage(q: Queryable, hash: string, stage: SessionStage): Promise<void> {
  await q.update(sessions).set({ stage }).where(eq(sessions.tokenHash, hash));
}

export async function revokeSession(q: Queryable, hash: string): Promise<void> {
  await q.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.tokenHash, hash));
}

export async function revokeUserSessions(q: Queryable, userId: string): Promise<void> {
  await q
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** Removes sessions that can never be used again (the retention job). */
export async function purgeDeadSessions(q: Queryable, idleMs: number): Promise<void> {
  const now = new Date();
  await q
    .delete(sessions)
    .where(
      or(
        lt(sessions.absoluteExpiresAt, now),
        lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
        sql`${sessions.revokedAt} IS NOT NULL`,
      ),
    );
}

export async function teamsOf(q: Queryable, userId: string): Promise<{ id: string; name: string }[]> {
  return q
    .select({ id: teams.id, name: teams.name })
    .from(userTeams)
    .innerJoin(teams, eq(teams.id, userTeams.teamId))
    .where(eq(userTeams.userId, userId))
    .orderBy(teams.name);
}
