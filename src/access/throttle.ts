// Failed-login counters: slow down after a few wrong passwords, lock after many, per account and
// per client address. Counters live in the database so every process sees the same numbers.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AuthSettings } from '../platform/config.js';
import type { Queryable } from '../platform/db.js';
import { loginThrottle } from './access.tables.js';

export const accountKey = (userId: string): string => `account:${userId}`;
// The address is hashed: the counter needs to recognise it, not to know it.
export const addressKey = (ip: string): string => `ip:${createHash('sha256').update(`schakel-ip:${ip}`).digest('hex').slice(0, 32)}`;

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
}

export async function throttleState(q: Queryable, key: string): Promise<ThrottleState> {
  const [row] = await q.select().from(loginThrottle).where(eq(loginThrottle.key, key));
  return { failures: row?.failures ?? 0, lockedUntil: row?.lockedUntil ?? null };
}

export function isLocked(state: ThrottleState, now = new Date()): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** Delay before checking the password once failures pile up (slows guessing without locking). */
export function slowDownMs(failures: number, s: AuthSettings): number {
  if (failures < s.slowDownAfter) return 0;
  return Math.min(s.slowDownStepMs * (failures - s.slowDownAfter + 1), s.slowDownMaxMs);
}

/**
 * Counts one failure; the window restarts after `windowMs` of quiet (or after a lock expired).
 * Returns the state after counting, including a new lock when the limit is reached.
 */
export async function recordFailure(q: Queryable, key: string, limit: number, lockMs: number, windowMs: number): Promise<ThrottleState> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - windowMs);
  const [row] = await q
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} OR (${loginThrottle.lockedUntil} IS NOT NULL AND ${loginThrottle.lockedUntil} <= ${now}) THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} OR (${loginThrottle.lockedUntil} IS NOT NULL AND ${loginThrottle.lockedUntil} <= ${now}) THEN ${now} ELSE ${loginThrottle.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN ${loginThrottle.lockedUntil} IS NOT NULL AND ${loginThrottle.lockedUntil} <= ${now} THEN NULL ELSE ${loginThrottle.lockedUntil} END`,
      },
    })
    .returning();
  const failures = row?.failures ?? 1;
  if (failures >= limit) {
    const lockedUntil = new Date(now.getTime() + lockMs);
    await q.update(loginThrottle).set({ lockedUntil }).where(eq(loginThrottle.key, key));
    return { failures, lockedUntil };
  }
  return { failures, lockedUntil: row?.lockedUntil ?? null };
}

export async function clearFailures(q: Queryable, key: string): Promise<void> {
  await q.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
