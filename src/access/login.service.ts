// Password sign-in with throttling. Failures are recorded in their own transaction (they must
// survive the error response); a success opens a session at the right 2FA stage.
import { setTimeout as sleep } from 'node:timers/promises';
import { eq, sql } from 'drizzle-orm';
import type { AuthSettings } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { users } from './access.tables.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import { createSession, type SessionStage } from './session.repository.js';
import { accountKey, addressKey, clearFailures, isLocked, recordFailure, slowDownMs, throttleState } from './throttle.js';

const ACCOUNT_WINDOW_MS = 24 * 3_600_000;
const formatUntil = (d: Date): string => d.toISOString().slice(0, 16).replace('T', ' ');

function lockedError(code: 'account_locked' | 'too_many_attempts', until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(code === 'account_locked' ? 423 : 429, code, { until: formatUntil(until) }, [], {
    'retry-after': String(retryAfter),
  });
}

export function initialStage(user: { isDemo: boolean; mfaEnrolledAt: Date | null }): SessionStage {
  if (user.isDemo) return 'complete'; // demo accounts are exempt and visibly labelled "demo"
  return user.mfaEnrolledAt ? 'mfa_challenge' : 'mfa_enrol';
}

export interface LoginResult {
  token: string;
  userId: string;
  stage: SessionStage;
}

export async function login(ctx: Ctx, settings: AuthSettings, input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const ipKey = addressKey(input.ip);
  const ipState = await throttleState(ctx.db, ipKey);
  if (isLocked(ipState)) throw lockedError('too_many_attempts', ipState.lockedUntil!);

  const [user] = await ctx.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.trim().toLowerCase()));

  if (!user || !user.passwordHash) {
    await burnPasswordCheck(input.password);
    await failed(ctx, settings, ipKey, null);
    throw new AppError(401, 'invalid_credentials');
  }

  const accKey = accountKey(user.id);
  const accState = await throttleState(ctx.db, accKey);
  // A locked account refuses even the right password until the lock expires.
  if (isLocked(accState)) throw lockedError('account_locked', accState.lockedUntil!);
  const delay = slowDownMs(accState.failures, settings);
  if (delay > 0) await sleep(delay);

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const after = await failed(ctx, settings, ipKey, { id: user.id, centreId: user.centreId });
    if (after && isLocked(after)) throw lockedError('account_locked', after.lockedUntil!);
    throw new AppError(401, 'invalid_credentials');
  }
  if (user.disabledAt) throw new AppError(403, 'account_disabled');

  const stage = initialStage(user);
  const actor = { userId: user.id, role: user.role, centreId: user.centreId, teamIds: [], isDemo: user.isDemo };
  const token = await inTransaction({ ...ctx, actor }, async ({ tx, audit }) => {
    await clearFailures(tx, accKey);
    await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    audit({ action: 'auth.login', recordType: 'user', recordId: user.id, centreId: user.centreId, details: { stage } });
    return createSession(tx, user.id, stage, settings.absoluteTimeoutMs);
  });
  return { token, userId: user.id, stage };
}

async function failed(ctx: Ctx, s: AuthSettings, ipKey: string, user: { id: string; centreId: string } | null) {
  return inTransaction({ ...ctx, actor: null }, async ({ tx, audit }) => {
    await recordFailure(tx, ipKey, s.ipLockAfter, s.ipWindowMs, s.ipWindowMs);
    audit({
      action: 'auth.login_failed',
      ...(user ? { recordType: 'user', recordId: user.id, centreId: user.centreId } : {}),
      details: { reason: user ? 'wrong_password' : 'unknown_account' },
    });
    if (!user) return null;
    // Failures count within a day: slow, patient guessing still ends in a lock.
    return recordFailure(tx, accountKey(user.id), s.lockAfter, s.lockMs, ACCOUNT_WINDOW_MS);
  });
}
