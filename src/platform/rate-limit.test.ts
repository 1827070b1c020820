// Two processes (two Fastify instances on one database) share one budget per address and route.
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import type { Database } from './db.js';
import { purgeRateLimits, rateLimitOptions } from './rate-limit.js';
import { rateLimits } from './rate-limit.tables.js';

let database: Database;
const apps: FastifyInstance[] = [];

async function instance(): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(rateLimit, rateLimitOptions(database.db, 'test-secret'));
  app.get('/limited', { config: { rateLimit: { max: 3, timeWindow: 60_000 } } }, async () => 'ok');
  app.get('/other', { config: { rateLimit: { max: 3, timeWindow: 60_000 } } }, async () => 'ok');
  await app.ready();
  apps.push(app);
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await database.close();
});

describe('database rate-limit store', () => {
  it('counts one budget across processes, per route, without storing the address', async () => {
    const [a, b] = [await instance(), await instance()];
    const hit = (app: FastifyInstance, url = '/limited') => app.inject({ method: 'GET', url, remoteAddress: '203.0.113.7' }).then((r) => r.statusCode);
    expect([await hit(a), await hit(b), await hit(a)]).toEqual([200, 200, 200]);
    expect(await hit(b)).toBe(429);
    expect(await hit(a, '/other')).toBe(200);
    expect(await a.inject({ method: 'GET', url: '/limited', remoteAddress: '198.51.100.1' }).then((r) => r.statusCode)).toBe(200);
    const stored = await database.db.select().from(rateLimits);
    expect(stored.length).toBe(3);
    expect(stored.some((r) => r.key.includes('203.0.113.7'))).toBe(false);
  });

  it('forgets ended windows', async () => {
    await database.db.update(rateLimits).set({ windowStartMs: Date.now() - 3 * 3_600_000 });
    await purgeRateLimits(database.db);
    expect(await database.db.select().from(rateLimits)).toEqual([]);
  });
});
