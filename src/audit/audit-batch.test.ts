// Reads audited together: each read's answer waits for its own event, reads arriving meanwhile
// share one append, and one event that cannot be written fails only its own read.
import { describe, expect, it } from 'vitest';
import { inTransaction, systemCtx } from '../platform/context.js';
import { rows, sql } from '../platform/db.js';
import { useTestApp } from '../../test/support/app.js';
import { appendReadAudit } from './audit-batch.js';
import { AUDIT_CHAINS } from './audit.service.js';
import { verifyAuditChain } from './audit.verify.js';

const t = useTestApp();

const meta = { actor: null, route: 'GET /test' };
const read = (i: number, details: Record<string, unknown> = {}) => appendReadAudit(t.database.db, meta, [{ action: 'test.read', recordType: 'thing', recordId: String(i), details }]);
const stored = async () => rows<{ record_id: string; chain: number; occurred_at: string }>(t.database.db, sql`SELECT record_id, chain, occurred_at::text FROM audit_events WHERE action = 'test.read' ORDER BY seq`);

describe('reads audited together', () => {
  it('commits every event before its read is answered, sharing appends, in one valid chain', async () => {
    const answered: number[] = [];
    await Promise.all(Array.from({ length: 30 }, (_, i) => read(i).then(async () => {
      // Answered only once the event is there for anyone to see.
      const found = await rows(t.database.db, sql`SELECT 1 FROM audit_events WHERE action = 'test.read' AND record_id = ${String(i)}`);
      expect(found, `event ${i}`).toHaveLength(1);
      answered.push(i);
    })));
    expect(answered.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    const events = await stored();
    expect(events.map((e) => e.record_id).sort()).toEqual(Array.from({ length: 30 }, (_, i) => String(i)).sort());
    // The first read's append started at once, alone; the 29 asked meanwhile shared the next one.
    expect(new Set(events.map((e) => `${e.chain} ${e.occurred_at}`)).size).toBe(2);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('appends the locked way when a transaction moved the chain this process keeps', async () => {
    await read(1);
    // Sixteen transactions, each taking a free chain in turn: one of them is the kept chain.
    for (let i = 0; i < AUDIT_CHAINS; i++) await inTransaction(systemCtx(t.database.db), async ({ audit }) => audit({ action: 'test.write', recordType: 'thing', recordId: String(i) }));
    await read(2);
    await read(3);
    expect((await stored()).map((e) => e.record_id).sort()).toEqual(['1', '2', '3']);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: AUDIT_CHAINS + 3, firstBroken: null });
  });

  it('fails only the read whose event cannot be written', async () => {
    const results = await Promise.allSettled([read(1), read(2, { n: 1n }), read(3), read(4)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await stored()).map((e) => e.record_id).sort()).toEqual(['1', '3', '4']);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
