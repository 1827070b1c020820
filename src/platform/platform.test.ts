import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Agent, useTestApp } from '../../test/support/app.js';
import { testEngine } from '../../test/support/database.js';

const t = useTestApp({ reset: false });

describe('platform', () => {
  it('reports health with the engine and the applied migration', async () => {
    const res = await new Agent(t.app).get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testEngine(), migration: expect.stringMatching(/^\d{4}_/) as string });
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await new Agent(t.app).get('/api/openapi.json')).json<{ openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/auth/login']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths)).toContain('/api/admin/users');
    expect((await new Agent(t.app).get('/api/docs/')).statusCode).toBe(200);
  });

  it('sends security headers and a strict content security policy', async () => {
    const res = await new Agent(t.app).get('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers in English when asked, Dutch by default', async () => {
    const nl = await new Agent(t.app).get('/api/nope');
    const en = await new Agent(t.app).get('/api/nope', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(nl.json().message).toMatch(/Niet gevonden/);
    expect(en.json().message).toMatch(/Not found/);
  });
});

describe('logging', () => {
  it('logs route patterns and request ids, never bodies, query strings or cookies', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const { buildApp } = await import('../app.js');
    const { testConfig, TEST_SECRET } = await import('../../test/support/app.js');
    const app = await buildApp({ config: { ...testConfig(), logLevel: 'info' }, database: t.database, secretKey: TEST_SECRET, logStream: sink });
    await app.inject({ method: 'POST', url: '/api/auth/login?name=Jan%20Peeters', payload: { email: 'jan.peeters@example.be', password: 'Secret-of-Jan-123' }, headers: { cookie: 'schakel_session=abc' } });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/api/auth/login');
    expect(log).toMatch(/"reqId":"[0-9a-f-]{36}"/);
    for (const secret of ['jan.peeters', 'Jan', 'Secret-of-Jan', 'schakel_session=abc']) expect(log).not.toContain(secret);
  });
});
