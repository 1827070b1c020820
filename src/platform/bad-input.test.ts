// Every write route, fed malformed bodies: never a 500, always the one error shape, and a
// rejected request changes nothing (failed sign-ins are counted and audited on purpose).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeInventory } from '../access/guard.js';
import { roleHas, roles, type Role } from '../access/permissions.js';
import { Agent, signedIn, useTestApp } from '../../test/support/app.js';
import { rows, sql } from './db.js';

const t = useTestApp({ reset: false });
const agents = new Map<Role, Agent>();
beforeAll(async () => {
  for (const role of roles) agents.set(role, (await signedIn(t, role)).agent);
}, 120_000);

// Counted on purpose when a request fails: sign-in throttling, the audit trail, rate-limit budgets.
const recordedOnFailure = new Set(['login_throttle', 'audit_events', 'audit_head', 'sessions', 'users', 'rate_limits']);

/** Row counts of every table that a rejected request must leave alone, in one round trip. */
async function tableCounts(): Promise<Record<string, number>> {
  tableNames ??= (await rows<{ tablename: string }>(t.database.db, sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.tablename).filter((name) => !recordedOnFailure.has(name));
  const union = tableNames.map((name) => `SELECT '${name}' AS t, count(*) AS n FROM "${name}"`).join(' UNION ALL ');
  const counted = await rows<{ t: string; n: string | number }>(t.database.db, sql.raw(union));
  return Object.fromEntries(counted.map((r) => [r.t, Number(r.n)]));
}
let tableNames: string[] | undefined;

const body = fc.oneof(
  fc.anything().map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ maxLength: 200 }),
  fc.dictionary(fc.constantFrom('email', 'password', 'code', 'recoveryCode', 'displayName', 'role', 'centreId', 'teamIds', 'id', '__proto__', 'constructor'), fc.anything()).map((v) => JSON.stringify(v)),
  fc.constant('{"email": "a@b.be", "password": '),
  fc.constant('x'.repeat(300 * 1024)),
);

describe('malformed input on every write route', () => {
  it('never answers 500 and never writes part of a rejected request', async () => {
    const writes = routeInventory.get(t.app)!.filter((r) => r.url.startsWith('/api') && !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
    expect(writes.length).toBeGreaterThan(5);
    // A rejected request leaves the counts as they were, so its "after" is the next "before":
    // counting is only repeated after a request that was accepted (and may have written).
    let counts: Record<string, number> | undefined;
    for (const route of writes) {
      const isSignOut = route.url.includes('logout');
      const permitted = roles.find((role) => route.permission && route.permission !== 'authenticated' && roleHas(role, route.permission));
      const agent = isSignOut || !permitted ? new Agent(t.app) : agents.get(permitted)!;
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const before = counts ?? (await tableCounts());
          counts = undefined;
          const url = route.url.replace(/:(\w+)/g, 'not-a-uuid');
          const res = await agent.request({ method: route.method, url, payload, headers: { 'content-type': 'application/json' } });
          expect(res.statusCode, `${route.method} ${route.url}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const error = res.json<{ code: string; message: string }>();
            expect(typeof error.code).toBe('string');
            expect(error.message.length).toBeGreaterThan(0);
            const after = await tableCounts();
            for (const [table, n] of Object.entries(after)) expect(n, `${route.url} wrote to ${table}`).toBe(before[table]);
            counts = after;
          }
        }),
        { numRuns: 15 },
      );
    }
  }, 300_000);

  it('names the field and the problem in the caller’s language', async () => {
    const admin = agents.get('admin')!;
    const res = await admin.post('/api/admin/users', { email: 'not-an-email', displayName: '', role: 'wizard', centreId: 'x', password: 'short' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort();
    expect(paths).toEqual(['centreId', 'displayName', 'email', 'role']);
    const nl = await admin.post('/api/admin/users', { email: 'x@y.be', displayName: 'X', role: 'caseworker', centreId: '00000000-0000-4000-8000-000000000000', password: 'short' });
    expect(nl.json().code).toBe('validation_failed');
    expect(nl.json().fields).toEqual(
      expect.arrayContaining([
        { path: 'password', message: expect.stringContaining('minstens 12 tekens') as string },
        { path: 'centreId', message: expect.stringContaining('eigen centrum') as string },
      ]),
    );
  });

  it('rejects oversize bodies and unknown routes with the error shape', async () => {
    const big = await new Agent(t.app).post('/api/auth/login', JSON.stringify({ email: 'a@b.be', password: 'x'.repeat(400_000) }), { 'content-type': 'application/json' });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('body_too_large');
    const missing = await new Agent(t.app).get('/api/does-not-exist');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });
});
