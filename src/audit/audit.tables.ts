import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only and hash-chained: each event stores the hash of the one before, so removing or
 * altering any stored event breaks the chain from that point (`schakel audit verify`).
 * `details` holds identifiers and field names only — never the personal data itself.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorCentreId: uuid('actor_centre_id'),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    centreId: uuid('centre_id'),
    route: text('route'),
    purpose: text('purpose'),
    details: jsonb('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_actor').on(t.actorId, t.seq),
    index('audit_record').on(t.recordType, t.recordId, t.seq),
    index('audit_centre').on(t.centreId, t.seq),
  ],
);

/** One row: the tip of the chain. Locking it serialises appends across processes. */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
