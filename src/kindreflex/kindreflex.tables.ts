import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * How often the guide was completed, and where it ended. Aggregates only: a counter per sector,
 * outcome, content version and month. No row ever holds a time finer than the month, an address
 * or anything the professional typed, so a count cannot be traced back to a visit.
 */
export const kindreflexCompletionCounts = pgTable(
  'kindreflex_completion_counts',
  {
    /** `YYYY-MM` */
    month: text('month').notNull(),
    sector: text('sector').notNull(),
    outcome: text('outcome').notNull(),
    contentVersion: text('content_version').notNull(),
    completions: integer('completions').notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.sector, t.outcome, t.contentVersion] })],
);
