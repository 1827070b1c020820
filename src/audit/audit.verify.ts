// Walks the whole chain in order and names the first event whose link or content does not hold.
import { asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { eventHash } from './audit.service.js';
import { auditEvents, auditHead } from './audit.tables.js';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

const BATCH = 5_000;

export async function verifyAuditChain(q: Queryable, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  let prevHash = 'genesis';
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await q
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(BATCH);
    for (const e of batch) {
      const broken = (reason: string): VerifyResult => ({ ok: false, checked, firstBroken: { seq: e.seq, reason } });
      if (e.seq !== expectedSeq) {
        return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: `event ${expectedSeq} is missing (next stored is ${e.seq})` } };
      }
      if (e.prevHash !== prevHash) return broken('link to the previous event does not match');
      if (eventHash(e) !== e.hash) return broken('content does not match its hash (altered)');
      prevHash = e.hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked);
    if (batch.length < BATCH) break;
  }
  const [head] = await q.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head || head.seq !== checked || head.hash !== prevHash) {
    return { ok: false, checked, firstBroken: { seq: checked + 1, reason: 'events after the last stored one were removed (head does not match)' } };
  }
  return { ok: true, checked, firstBroken: null };
}
