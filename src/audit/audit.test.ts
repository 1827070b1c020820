import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inTransaction, systemCtx } from '../platform/context.js';
import { rows, sql } from '../platform/db.js';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { createPgliteFolder } from '../../test/support/database.js';
import { AUDIT_CHAINS, appendAudit } from './audit.service.js';
import { verifyAuditChain } from './audit.verify.js';
import { auditEvents } from './audit.tables.js';

const t = useTestApp();

async function someEvents(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await inTransaction(systemCtx(t.database.db), async ({ audit }) => audit({ action: 'test.event', recordType: 'thing', recordId: String(i) }));
  }
}

async function storedSeqs(): Promise<number[]> {
  return (await rows<{ seq: number }>(t.database.db, sql`SELECT seq::int FROM audit_events ORDER BY seq`)).map((r) => r.seq);
}

/** Tampering needs DDL rights: the append-only trigger is switched off, as an intruder would. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('audit chain', () => {
  it('verifies an intact chain', async () => {
    await someEvents(5);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('refuses updates and deletes from the application', async () => {
    await someEvents(1);
    await expect(t.database.db.execute(sql`UPDATE audit_events SET action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
  });

  it('names the first altered event', async () => {
    await someEvents(6);
    const seqs = await storedSeqs();
    await tamper(sql`UPDATE audit_events SET record_id = 'forged' WHERE seq = ${seqs[3]}`);
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ seq: seqs[3], reason: expect.stringContaining('altered') as string });
    expect(result.checked).toBeLessThan(6);
  });

  it('notices a removed event in the middle and at the end of a chain', async () => {
    // Sequential transactions take chain after chain; these twenty fill chains twice or more.
    await someEvents(20);
    const [middle] = await rows<{ seq: number; chain: number; chain_seq: number }>(t.database.db, sql`SELECT seq::int, chain, chain_seq::int FROM audit_events WHERE chain_seq = 1 ORDER BY seq LIMIT 1`);
    await tamper(sql`DELETE FROM audit_events WHERE seq = ${middle!.seq}`);
    expect((await verifyAuditChain(t.database.db)).firstBroken).toMatchObject({ chain: middle!.chain, position: 1, reason: expect.stringContaining('missing') as string });
    await t.reset();
    await someEvents(20);
    const [last] = await rows<{ seq: number; chain: number; chain_seq: number }>(t.database.db, sql`SELECT seq::int, chain, chain_seq::int FROM audit_events ORDER BY seq DESC LIMIT 1`);
    await tamper(sql`DELETE FROM audit_events WHERE seq = ${last!.seq}`);
    expect((await verifyAuditChain(t.database.db)).firstBroken).toMatchObject({ chain: last!.chain, position: last!.chain_seq, reason: expect.stringContaining('removed') as string });
  });

  it('notices an event moved to another chain, and a chain removed with its head', async () => {
    await someEvents(40);
    const [moved] = await rows<{ seq: number; chain: number }>(t.database.db, sql`SELECT seq::int, chain FROM audit_events WHERE chain_seq = 2 ORDER BY seq LIMIT 1`);
    await tamper(sql`UPDATE audit_events SET chain = ${(moved!.chain + 1) % AUDIT_CHAINS}, chain_seq = 999 WHERE seq = ${moved!.seq}`);
    expect((await verifyAuditChain(t.database.db)).firstBroken).toMatchObject({ chain: moved!.chain, position: 2 });
    await t.reset();
    await someEvents(40);
    await tamper(sql`DELETE FROM audit_events WHERE chain = 5`);
    await tamper(sql`DELETE FROM audit_head WHERE id = 5`);
    expect((await verifyAuditChain(t.database.db)).firstBroken?.reason).toContain(`exactly ${AUDIT_CHAINS} chains`);
  });

  it('spreads appends over the chains and verifies every chain', async () => {
    await someEvents(40);
    const chains = await rows<{ chain: number }>(t.database.db, sql`SELECT DISTINCT chain FROM audit_events`);
    expect(chains.length).toBe(AUDIT_CHAINS);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: 40, firstBroken: null });
  });

  it('leaves no event for a change that rolled back', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await appendAudit(tx, { actor: null, route: 'test' }, [{ action: 'test.doomed' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await t.database.db.select().from(auditEvents)).toHaveLength(0);
    await someEvents(1);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('records a read of protected records with who, what, when and route', async () => {
    const { agent, user } = await signedIn(t, 'admin');
    const before = await t.database.db.select().from(auditEvents);
    expect((await agent.get('/api/admin/users')).statusCode).toBe(200);
    const after = await t.database.db.select().from(auditEvents);
    const read = after.slice(before.length).find((e) => e.action === 'user.list');
    expect(read).toMatchObject({ actorId: user.id, recordType: 'user', route: 'GET /api/admin/users' });
    expect(read!.occurredAt).toBeInstanceOf(Date);
  });

  it('lets the DPO search by user and verify, and records the search itself', async () => {
    const { agent: admin, user: adminUser } = await signedIn(t, 'admin');
    await admin.get('/api/admin/users');
    const { agent: dpo } = await signedIn(t, 'dpo');
    const res = await dpo.get(`/api/audit/events?actor=${encodeURIComponent(adminUser.email)}`);
    expect(res.statusCode).toBe(200);
    const events = res.json<{ events: { action: string; actor: { email: string } }[] }>().events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actor.email === adminUser.email)).toBe(true);
    expect((await dpo.get('/api/audit/verify')).json()).toMatchObject({ ok: true });
    const searches = await t.database.db.select().from(auditEvents);
    expect(searches.some((e) => e.action === 'audit.search')).toBe(true);
  });
});

describe('schakel audit verify (CLI)', () => {
  it('exits 1 and names the broken event on a tampered embedded database', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'schakel-audit-'));
    const database = await createPgliteFolder(join(dir, 'pglite'));
    for (let i = 0; i < 3; i++) {
      await inTransaction(systemCtx(database.db), async ({ audit }) => audit({ action: 'cli.test', recordId: String(i) }));
    }
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`UPDATE audit_events SET action = 'forged' WHERE seq = 2`);
    });
    await database.close();
    const run = promisify(execFile);
    // The command runs on its own embedded database, whichever engine this suite targets.
    const env: NodeJS.ProcessEnv = { ...process.env, SCHAKEL_DATA_DIR: dir };
    delete env.DATABASE_URL;
    const failed = await run('node', ['bin/schakel.js', 'audit', 'verify'], { env }).then(
      () => null,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain('BROKEN at event 2');
  }, 120_000);
});
