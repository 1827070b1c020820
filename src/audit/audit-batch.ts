// Group commit for audited reads. A read is answered only once its audit event is committed, but
// reads arriving while an append is at the database wait for the next one and share it. And an
// append is one statement, not a transaction of four: this process keeps the head of one chain in
// memory and moves it only if nobody else did meanwhile (else it appends the locked way).
import { randomInt } from 'node:crypto';
import { one, rows, sql, type Db } from '../platform/db.js';
import { AUDIT_CHAINS, appendAuditEntries, chainEvents, type AuditEntry, type AuditEventInput, type AuditMeta, type ChainHead } from './audit.service.js';

interface Waiting {
  meta: AuditMeta;
  inputs: AuditEventInput[];
  done: (error?: unknown) => void;
}

/** Enough to share a transaction, few enough that one chain head is not held for long. */
const MAX_PER_APPEND = 200;
/**
 * Global seq numbers drawn ahead, so most appends need no statement to draw them. Unused ones are
 * dropped after a second (gaps are allowed): the DPO's search lists events by seq, and a number
 * drawn long before its event would put it out of place.
 */
const SEQ_RESERVE = 32;
const SEQ_MAX_AGE_MS = 1_000;

class AuditBatcher {
  private waiting: Waiting[] = [];
  private running = false;
  /** The chain this process appends to, as it left it; null until read (again). */
  private owned: ChainHead | null = null;
  private chain = randomInt(AUDIT_CHAINS);
  private seqs: number[] = [];
  private seqsDrawnAt = 0;

  constructor(private readonly db: Db) {}

  add(meta: AuditMeta, inputs: AuditEventInput[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ meta, inputs, done: (error) => (error === undefined ? resolve() : reject(error instanceof Error ? error : new Error('audit append failed', { cause: error }))) });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.takeBatch();
        try {
          await this.append(batch);
          for (const item of batch) item.done();
        } catch {
          // One bad item must not fail the others: each is tried again alone, with its own answer.
          for (const item of batch) await this.append([item]).then(() => item.done(), (error: unknown) => item.done(error ?? new Error('audit append failed')));
        }
      }
    } finally {
      this.running = false;
    }
  }

  private takeBatch(): Waiting[] {
    let events = 0;
    let count = 0;
    while (count < this.waiting.length && (count === 0 || events + this.waiting[count]!.inputs.length <= MAX_PER_APPEND)) {
      events += this.waiting[count]!.inputs.length;
      count += 1;
    }
    return this.waiting.splice(0, count);
  }

  private async append(batch: Waiting[]): Promise<void> {
    const entries = batch.flatMap((item) => item.inputs.map((input) => ({ meta: item.meta, input })));
    if (await this.appendToOwnChain(entries)) return;
    await this.db.transaction((tx) => appendAuditEntries(tx, entries));
  }

  /**
   * One statement: insert the events and move the head of the chain this process keeps, only if
   * the head is still as this process left it (a transaction that took the chain meanwhile has
   * moved it; then the statement changes nothing, and the head is read again, on another chain).
   */
  private async appendToOwnChain(entries: AuditEntry[]): Promise<boolean> {
    try {
      if (!this.owned) {
        const found = await one<{ chain: number; seq: string | number; hash: string }>(this.db, sql`SELECT id AS chain, seq, hash FROM audit_head WHERE id = ${this.chain}`);
        if (!found) return false;
        this.owned = { chain: Number(found.chain), seq: Number(found.seq), hash: found.hash };
      }
      if (Date.now() - this.seqsDrawnAt > SEQ_MAX_AGE_MS) this.seqs = [];
      if (this.seqs.length < entries.length) {
        this.seqsDrawnAt = Date.now();
        this.seqs = [];
        const drawn = await rows<{ seq: string | number }>(this.db, sql`SELECT nextval('audit_events_seq_seq') AS seq FROM generate_series(1, ${Math.max(SEQ_RESERVE, entries.length)}::int)`);
        this.seqs.push(...drawn.map((d) => Number(d.seq)));
      }
      const head = this.owned;
      const next = chainEvents(head, this.seqs.splice(0, entries.length), entries);
      const result = await one<{ moved: number }>(
        this.db,
        sql`WITH moved AS (
              UPDATE audit_head SET seq = ${next.seq}, hash = ${next.hash} WHERE id = ${head.chain} AND seq = ${head.seq} AND hash = ${head.hash} RETURNING id),
            appended AS (
              INSERT INTO audit_events (seq, chain, chain_seq, occurred_at, actor_id, actor_centre_id, action, record_type, record_id, centre_id, route, purpose, details, prev_hash, hash)
              SELECT seq, chain, chain_seq, occurred_at, actor_id, actor_centre_id, action, record_type, record_id, centre_id, route, purpose, details, prev_hash, hash
              FROM json_populate_recordset(NULL::audit_events, ${next.json}::json) WHERE EXISTS (SELECT 1 FROM moved)
              RETURNING 1)
            SELECT (SELECT count(*) FROM moved)::int AS moved`,
      );
      if (result?.moved === 1) {
        this.owned = { chain: next.chain, seq: next.seq, hash: next.hash };
        return true;
      }
    } catch (error) {
      // Whatever failed, start again from what the database says (a restore restarts sequences too).
      this.owned = null;
      this.seqs = [];
      throw error;
    }
    this.owned = null;
    this.chain = (this.chain + 1) % AUDIT_CHAINS;
    return false;
  }
}

const batchers = new WeakMap<Db, AuditBatcher>();

/** Appends the events of a read that is already done; resolves once they are committed. */
export function appendReadAudit(db: Db, meta: AuditMeta, inputs: AuditEventInput[]): Promise<void> {
  if (inputs.length === 0) return Promise.resolve();
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new AuditBatcher(db)));
  return batcher.add(meta, inputs);
}
