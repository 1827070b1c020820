// Walks every chain in order and names the first event whose link or content does not hold.
import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { AUDIT_CHAINS, eventHash } from './audit.service.js';
import { auditEvents, auditHead } from './audit.tables.js';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** `seq` is the event where the break shows; `position` its place in chain `chain`. */
  firstBroken: { seq: number; chain: number; position: number; reason: string } | null;
}

const BATCH = 5_000;

type Broken = NonNullable<VerifyResult['firstBroken']>;

/** One chain from its first event to its head; the first problem, or null when it holds. */
async function verifyChain(q: Queryable, head: { id: number; seq: number; hash: string }, counted: () => void, onProgress?: () => void): Promise<Broken | null> {
  const chain = head.id;
  let prevHash = 'genesis';
  let position = 0;
  let lastSeq = 0;
  for (;;) {
    const batch = await q
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chain, chain), gt(auditEvents.chainSeq, position)))
      .orderBy(asc(auditEvents.chainSeq))
      .limit(BATCH);
    for (const e of batch) {
      const broken = (reason: string): Broken => ({ seq: e.seq, chain, position: position + 1, reason });
      if (e.chainSeq !== position + 1) return broken(`the event at position ${position + 1} of chain ${chain} is missing (next stored is event ${e.seq})`);
      if (e.prevHash !== prevHash) return broken('link to the previous event does not match');
      if (eventHash(e) !== e.hash) return broken('content does not match its hash (altered)');
      prevHash = e.hash;
      position += 1;
      lastSeq = e.seq;
      counted();
    }
    onProgress?.();
    if (batch.length < BATCH) break;
  }
  if (head.seq !== position || head.hash !== prevHash) {
    return { seq: lastSeq, chain, position: position + 1, reason: `events after the last stored one of chain ${chain} were removed (its head says ${head.seq} events, ${position} found)` };
  }
  return null;
}

export async function verifyAuditChain(q: Queryable, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  let checked = 0;
  const heads = await q.select().from(auditHead).orderBy(asc(auditHead.id));
  // The number of chains is fixed: a head row removed (with its chain) or added shows here.
  const expected = Array.from({ length: AUDIT_CHAINS }, (_, i) => i);
  if (heads.length !== AUDIT_CHAINS || heads.some((h, i) => h.id !== expected[i])) {
    return { ok: false, checked, firstBroken: { seq: 0, chain: -1, position: 0, reason: `the audit log must have exactly ${AUDIT_CHAINS} chains (0–${AUDIT_CHAINS - 1}); found ${heads.map((h) => h.id).join(', ')}` } };
  }
  for (const head of heads) {
    const broken = await verifyChain(q, head, () => (checked += 1), () => onProgress?.(checked));
    if (broken) return { ok: false, checked, firstBroken: broken };
  }
  // Every stored event must sit in one of the chains just walked.
  const [stored] = await q.select({ n: count() }).from(auditEvents);
  if (Number(stored?.n ?? 0) !== checked) {
    return { ok: false, checked, firstBroken: { seq: 0, chain: -1, position: 0, reason: `${Number(stored?.n ?? 0) - checked} events belong to no chain` } };
  }
  return { ok: true, checked, firstBroken: null };
}
