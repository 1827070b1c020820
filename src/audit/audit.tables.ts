import { bigint, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only and hash-chained: each event stores the hash of the one before it in its chain, so
 * removing or altering any stored event breaks that chain from that point (`schakel audit verify`).
 * There are AUDIT_CHAINS independent chains so that concurrent transactions do not wait for one
 * another (see audit.service.ts); `seq` orders all events, `chain_seq` is the place in the chain.
 * `details` holds identifiers and field names only — never the personal data itself.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    chain: smallint('chain').notNull().default(0),
    chainSeq: bigint('chain_seq', { mode: 'number' }).notNull(),
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
    uniqueIndex('audit_chain_position').on(t.chain, t.chainSeq),
  ],
);

/**
 * One row per chain (ids 0 … AUDIT_CHAINS − 1, a fixed count): its tip. Locking a row serialises
 * appends to that chain only; `seq` here is the chain's length (the `chain_seq` of its last event).
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
