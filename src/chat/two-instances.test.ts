// Two application instances on one database, as two processes behind a load balancer: the child
// talks to one, the counsellor to the other, and every message still arrives, once, in order.
// On PostgreSQL (TEST_DATABASE_URL) each instance has its own pool and LISTEN connection; on
// PGlite both share the one embedded database and its listen/notify.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openPostgres, rows, sql, type Database } from '../platform/db.js';
import { makeUser, TEST_SECRET, testConfig } from '../../test/support/app.js';
import { createTestDatabase } from '../../test/support/database.js';
import { childJoins, childSocket, openChatService, StaffClient } from './chat.test-support.js';

let database: Database;
let second: Database;
let childSide: FastifyInstance;
let counsellorSide: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  const url = (database.pool?.options as { connectionString?: string } | undefined)?.connectionString;
  second = url ? await openPostgres(url, { max: 5 }) : database;
  childSide = await buildApp({ config: testConfig(), database, secretKey: TEST_SECRET });
  counsellorSide = await buildApp({ config: testConfig(), database: second, secretKey: TEST_SECRET });
  await Promise.all([childSide.ready(), counsellorSide.ready()]);
  await openChatService(database.db);
}, 60_000);

afterAll(async () => {
  await childSide.close();
  await counsellorSide.close();
  if (second !== database) await second.close();
  await database.close();
});

describe('two instances on one database', () => {
  it('carries messages, marks and queue changes between them', async () => {
    const staff = await StaffClient.signIn(counsellorSide, await makeUser(database, 'counsellor', 'chat-minderjarigen'));
    await staff.available();
    const consoleSocket = await staff.socket();
    const { token, socket: child } = await childJoins(childSide, { urgency: 2 });
    // The queue change made on one instance reaches the console on the other.
    await consoleSocket.waitFor((f) => f.type === 'queue');
    const { conversationId } = (await staff.post('/api/console/take-next')).json<{ conversationId: string }>();
    await child.waitFor((f) => f.type === 'state' && f.status === 'active');

    const fromChild = Array.from({ length: 6 }, (_, i) => ({ clientId: randomUUID(), body: `kind ${i}` }));
    for (const m of fromChild) child.send({ type: 'send', ...m });
    await consoleSocket.waitFor((f) => f.type === 'message' && f.clientId === fromChild.at(-1)!.clientId);
    expect(consoleSocket.messages(conversationId).filter((m) => m.from === 'child').map((m) => m.body)).toEqual(fromChild.map((m) => m.body));

    const reply = { clientId: randomUUID(), body: 'Ik lees je. Vertel maar.' };
    consoleSocket.send({ type: 'send', conversationId, ...reply });
    const delivered = await child.waitFor((f) => f.type === 'message' && f.clientId === reply.clientId);
    child.send({ type: 'seen', delivered: delivered.seq, read: delivered.seq });
    await consoleSocket.waitFor((f) => f.type === 'receipt' && f.read === delivered.seq);

    if (database.kind === 'postgres') {
      // Each instance has its own pool and LISTEN connection, as separate processes would.
      expect(second).not.toBe(database);
      // The LISTEN connections die (a database restart or failover); a message sent meanwhile
      // still arrives once they are back, because the instances read again after reconnecting.
      const killed = await rows(database.db, sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`);
      expect(killed).toHaveLength(2);
      const during = { clientId: randomUUID(), body: 'Ben je er nog?' };
      consoleSocket.send({ type: 'send', conversationId, ...during });
      await child.waitFor((f) => f.type === 'message' && f.clientId === during.clientId, 10_000);
    }

    // The child reconnects to the other instance and resumes there without gaps or doubles.
    child.close();
    const elsewhere = await childSocket(counsellorSide, token, 0);
    await elsewhere.waitFor((f) => f.type === 'message' && f.clientId === reply.clientId);
    const seqs = elsewhere.messages().map((m) => m.seq as number);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    elsewhere.close();
    consoleSocket.close();
  });
});
