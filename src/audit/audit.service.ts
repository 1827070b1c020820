// The audit trail: who did or saw what, when and why. Written in the caller's transaction, so a
// change that rolls back leaves no event, and an event exists for every change that commits.
import { createHash, randomInt } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { one, type Tx } from '../platform/db.js';

export interface AuditActor {
  userId: string;
  centreId: string;
}

export interface AuditEventInput {
  /** e.g. `user.create`, `case.read`, `auth.login_failed` */
  action: string;
  recordType?: string;
  recordId?: string;
  /** The centre that owns the record: scopes what a DPO sees. */
  centreId?: string;
  /** Why: the route or the stated purpose of the access. */
  purpose?: string;
  /** Identifiers and field names only, never personal data. */
  details?: Record<string, unknown>;
}

export interface AuditMeta {
  actor: AuditActor | null;
  route: string | null;
}

/** Canonical JSON (sorted keys) so the hash does not depend on how jsonb reorders keys. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface StoredEvent {
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorCentreId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  centreId: string | null;
  route: string | null;
  purpose: string | null;
  details: unknown;
  prevHash: string;
}

export function eventHash(e: StoredEvent): string {
  const material = canonicalJson([
    e.seq,
    e.prevHash,
    e.occurredAt.toISOString(),
    e.actorId,
    e.actorCentreId,
    e.action,
    e.recordType,
    e.recordId,
    e.centreId,
    e.route,
    e.purpose,
    e.details ?? null,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

/**
 * Independent chains. One chain meant one locked head row, and every audited read in every
 * process waited for the previous one to commit. With several, a transaction takes any chain
 * no one holds; each chain is still a complete hash chain, verified on its own.
 */
export const AUDIT_CHAINS = 16;

interface LockedHead {
  id: number;
  seq: string | number;
  hash: string;
  seqs: (string | number)[];
}

/** Where this process looks for a free chain first: it moves on each time, spreading the load. */
let nextChain = 0;

/** Locks a chain's head (a free one, else waits for one) and draws `n` global seqs. */
async function lockHead(tx: Tx, n: number): Promise<LockedHead> {
  const start = nextChain;
  nextChain = (nextChain + 1) % AUDIT_CHAINS;
  const pick = (which: SQL) =>
    one<LockedHead>(
      tx,
      sql`SELECT h.id, h.seq, h.hash, (SELECT array_agg(nextval('audit_events_seq_seq')) FROM generate_series(1, ${n}::int)) AS seqs
          FROM (SELECT id, seq, hash FROM audit_head ${which}) h`,
    );
  const free = await pick(sql`ORDER BY (id + ${AUDIT_CHAINS - start}::int) % ${AUDIT_CHAINS}::int LIMIT 1 FOR UPDATE SKIP LOCKED`);
  if (free) return free;
  // Every chain is held by a running transaction: queue behind one of them, chosen at random so
  // the waiters spread over the chains.
  const head = await pick(sql`WHERE id = ${randomInt(AUDIT_CHAINS)} FOR UPDATE`);
  if (!head) throw new Error('audit head missing: migrations not applied');
  return head;
}

export interface AuditEntry {
  meta: AuditMeta;
  input: AuditEventInput;
}

/** A chain's head: its id, its length and its last hash. */
export interface ChainHead {
  chain: number;
  seq: number;
  hash: string;
}

/**
 * The rows that continue a chain from `head` with the given events (global `seqs` drawn for
 * them), as the JSON the insert reads, and the head after them.
 */
export function chainEvents(head: ChainHead, seqs: number[], entries: AuditEntry[]): ChainHead & { json: string } {
  let chainSeq = head.seq;
  let hash = head.hash;
  const occurredAt = new Date();
  const rows = entries.map(({ meta, input }, i) => {
    chainSeq += 1;
    const event: StoredEvent = {
      seq: seqs[i]!,
      occurredAt,
      actorId: meta.actor?.userId ?? null,
      actorCentreId: meta.actor?.centreId ?? null,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      centreId: input.centreId ?? null,
      route: meta.route,
      purpose: input.purpose ?? null,
      details: input.details ?? null,
      prevHash: hash,
    };
    hash = eventHash(event);
    return {
      seq: event.seq, chain: head.chain, chain_seq: chainSeq, occurred_at: occurredAt.toISOString(), actor_id: event.actorId, actor_centre_id: event.actorCentreId, action: event.action,
      record_type: event.recordType, record_id: event.recordId, centre_id: event.centreId, route: event.route, purpose: event.purpose, details: event.details, prev_hash: event.prevHash, hash,
    };
  });
  return { chain: head.chain, seq: chainSeq, hash, json: JSON.stringify(rows) };
}

/**
 * Appends events to a chain inside `tx`: one statement locks a free chain and draws the seqs, one
 * inserts the events and moves the head. The head stays locked until the transaction ends, so
 * the chain's order is the commit order and a rollback leaves neither events nor a moved head.
 */
export async function appendAudit(tx: Tx, meta: AuditMeta, inputs: AuditEventInput[]): Promise<void> {
  await appendAuditEntries(
    tx,
    inputs.map((input) => ({ meta, input })),
  );
}

/** The same for events of several actors at once (reads audited together: audit-batch.ts). */
export async function appendAuditEntries(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await lockHead(tx, entries.length);
  const { json, seq: chainSeq, hash } = chainEvents({ chain: head.id, seq: Number(head.seq), hash: head.hash }, head.seqs.map(Number), entries);
  const chain = head.id;
  await tx.execute(
    sql`WITH appended AS (
          INSERT INTO audit_events (seq, chain, chain_seq, occurred_at, actor_id, actor_centre_id, action, record_type, record_id, centre_id, route, purpose, details, prev_hash, hash)
          SELECT seq, chain, chain_seq, occurred_at, actor_id, actor_centre_id, action, record_type, record_id, centre_id, route, purpose, details, prev_hash, hash
          FROM json_populate_recordset(NULL::audit_events, ${json}::json))
        UPDATE audit_head SET seq = ${chainSeq}, hash = ${hash} WHERE id = ${chain}`,
  );
}
