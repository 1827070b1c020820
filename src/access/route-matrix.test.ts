// Deny by default, proven for every route and every role: the expected answer is generated from
// the role/permission table, and a few safeguarding rules are asserted explicitly on top.
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, signedIn, useTestApp } from '../../test/support/app.js';
import { declareAccessCheck, routeInventory, type RouteEntry } from './guard.js';
import { roleHas, roles, type Role } from './permissions.js';

const t = useTestApp({ reset: false });
let routes: RouteEntry[];
const agents = new Map<Role, Agent>();

beforeAll(async () => {
  routes = routeInventory.get(t.app)!.filter((r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD');
  for (const role of roles) agents.set(role, (await signedIn(t, role)).agent);
}, 120_000);

const concreteUrl = (url: string): string => url.replace(/:(\w+)/g, () => randomUUID());
const guarded = () => routes.filter((r) => !r.public && r.permission !== 'authenticated');

describe('route inventory', () => {
  it('has a permission or public: true on every API route', () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) expect(r.public || r.permission !== null, `${r.method} ${r.url}`).toBe(true);
  });

  it('refuses to start with a route that declares neither', () => {
    const app = Fastify();
    declareAccessCheck(app);
    expect(() => app.get('/api/forgotten', async () => 'oops')).toThrow(/declares neither a permission nor public/);
    expect(() => app.get('/api/declared', { config: { public: true } }, async () => 'fine')).not.toThrow();
  });
});

describe('role × route matrix', () => {
  it('answers 401 to anonymous callers on every non-public route', async () => {
    const anonymous = new Agent(t.app);
    for (const r of routes.filter((x) => !x.public)) {
      const res = await anonymous.request({ method: r.method, url: concreteUrl(r.url), payload: r.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  for (const role of roles) {
    it(`gives ${role} exactly the routes its permissions allow`, async () => {
      const agent = agents.get(role)!;
      for (const r of guarded()) {
        const res = await agent.request({ method: r.method, url: concreteUrl(r.url), payload: r.method === 'GET' ? undefined : {} });
        const allowed = roleHas(role, r.permission as Parameters<typeof roleHas>[1]);
        if (allowed) expect([401, 403], `${role} ${r.method} ${r.url} → ${res.statusCode}`).not.toContain(res.statusCode);
        else expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
      }
    });
  }

  it('keeps the safeguarding rules: admins see no cases, analysts no persons, only the DPO the audit log', () => {
    const reachable = (role: Role) => guarded().filter((r) => roleHas(role, r.permission as Parameters<typeof roleHas>[1]));
    expect(reachable('admin').filter((r) => /\/api\/(cases|chat|hotline|consult)/.test(r.url))).toEqual([]);
    expect(reachable('analyst').every((r) => ['monitoring:read', 'monitoring:manage', 'kindreflex:stats', 'self'].includes(r.permission!))).toBe(true);
    expect(reachable('analyst').filter((r) => r.url.startsWith('/api/consult'))).toEqual([]);
    for (const role of roles.filter((x) => x !== 'dpo')) {
      expect(reachable(role).filter((r) => r.url.startsWith('/api/audit'))).toEqual([]);
    }
  });
});
