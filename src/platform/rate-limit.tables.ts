import { bigint, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Request counters for rate-limited public routes, shared by every process on one database. */
export const rateLimits = pgTable('rate_limits', {
  /** HMAC of route + client address: the counter recognises an address without storing it. */
  key: text('key').primaryKey(),
  windowStartMs: bigint('window_start_ms', { mode: 'number' }).notNull(),
  hits: integer('hits').notNull(),
});
