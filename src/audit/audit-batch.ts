// Group commit for audited reads. A read is answered only once its audit event is committed, but
// reads arriving while an append is at the database wait for the next one and share it: one
// transaction (BEGIN, chain lock, insert, COMMIT) for all of them instead of one each. Under load
// this takes most of the round trips out of reading a case file; when idle an append starts at once.
import type { Db } from '../platform/db.js';
import { appendAuditEntries, type AuditEventInput, type AuditMeta } from './audit.service.js';

interface Waiting {
  meta: AuditMeta;
  inputs: AuditEventInput[];
  done: (error?: unknown) => void;
}

/** Enough to share a transaction, few enough that one chain head is not held for long. */
const MAX_PER_APPEND = 200;

class AuditBatcher {
  private waiting: Waiting[] = [];
  private running = false;

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

  private append(batch: Waiting[]): Promise<void> {
    return this.db.transaction((tx) => appendAuditEntries(tx, batch.flatMap((item) => item.inputs.map((input) => ({ meta: item.meta, input })))));
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
