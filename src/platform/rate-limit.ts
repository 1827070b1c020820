// A database-backed store for @fastify/rate-limit: with several processes behind a proxy, one
// address gets one budget, not one per process. Keys are keyed hashes (no address is stored), and
// a job removes windows that have ended.
import { createHmac } from 'node:crypto';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import { lt, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { rows } from './db.js';
import { rateLimits } from './rate-limit.tables.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface StoreOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

export function databaseRateLimitStore(db: Db, secret: string) {
  const hash = (scope: string, key: string) => createHmac('sha256', secret).update(`rate:${scope}:${key}`).digest('base64url');

  return class DatabaseRateLimitStore {
    private readonly scope: string;

    constructor(options: StoreOptions = {}) {
      const info = options.routeInfo;
      this.scope = info?.url ? `${[info.method].flat().join(',')} ${info.url}` : 'global';
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      const now = Date.now();
      const expired = sql`${rateLimits.windowStartMs} + ${timeWindow} <= ${now}`;
      rows<{ hits: number; window_start_ms: string | number }>(
        db,
        sql`INSERT INTO ${rateLimits} (key, window_start_ms, hits) VALUES (${hash(this.scope, key)}, ${now}, 1)
            ON CONFLICT (key) DO UPDATE SET
              hits = CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.hits} + 1 END,
              window_start_ms = CASE WHEN ${expired} THEN ${now} ELSE ${rateLimits.windowStartMs} END
            RETURNING hits, window_start_ms`,
      ).then(
        ([row]) => cb(null, { current: Number(row!.hits), ttl: Math.max(0, Number(row!.window_start_ms) + timeWindow - now) }),
        (error: unknown) => cb(error instanceof Error ? error : new Error('rate limit store failed')),
      );
    }

    child(options: StoreOptions): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore(options);
    }
  };
}

/** Options for registering @fastify/rate-limit in a scope: per-route limits, shared counters. */
export function rateLimitOptions(db: Db, secret: string): RateLimitPluginOptions {
  return { global: false, store: databaseRateLimitStore(db, secret) as unknown as RateLimitPluginOptions['store'] };
}

/** Removes counters whose window ended more than an hour ago (the longest window in use is 1 h). */
export async function purgeRateLimits(db: Db): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStartMs, Date.now() - 2 * 3_600_000));
}
