import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { defaultAuthSettings } from '../platform/config.js';
import { loginThrottle, sessions } from './access.tables.js';
import { accountKey } from './throttle.js';
import { Agent, createTestApp, makeUser, TEST_PASSWORD, useTestApp } from '../../test/support/app.js';

// No slow-down in this file: the lock itself is what is tested here.
const t = useTestApp({ config: { auth: { ...defaultAuthSettings, slowDownStepMs: 0 } } });

describe('password sign-in', () => {
  it('signs a demo user straight in, exempt from 2FA and labelled demo', async () => {
    const user = await makeUser(t.database, 'caseworker', 'vk-antwerpen', { demo: true });
    const agent = new Agent(t.app);
    const res = await agent.post('/api/auth/login', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ authenticated: true, stage: 'complete', user: { isDemo: true, role: 'caseworker' } });
    const cookie = res.cookies.find((c) => c.name === 'schakel_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const user = await makeUser(t.database, 'caseworker');
    const wrong = await new Agent(t.app).post('/api/auth/login', { email: user.email, password: 'not the password!' });
    const unknown = await new Agent(t.app).post('/api/auth/login', { email: 'nobody@test.schakel.be', password: 'not the password!' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('locks the account after 20 wrong passwords; the right one then fails and says until when', async () => {
    const user = await makeUser(t.database, 'caseworker');
    const agent = new Agent(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await agent.post('/api/auth/login', { email: user.email, password: `wrong password ${i}` })).statusCode);
    }
    expect(statuses.slice(0, 19).every((s) => s === 401)).toBe(true);
    expect(statuses[19]).toBe(423);
    const right = await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD }, { 'accept-language': 'en' });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
    expect(right.json().message).toMatch(/temporarily locked.*Try again after \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('unlocks when the lock has expired', async () => {
    const user = await makeUser(t.database, 'caseworker');
    const agent = new Agent(t.app);
    for (let i = 0; i < 20; i++) await agent.post('/api/auth/login', { email: user.email, password: `wrong password ${i}` });
    expect((await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(423);
    // Let the lock run out (moved into the past rather than waited for: no timing in tests).
    await t.database.db.update(loginThrottle).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(loginThrottle.key, accountKey(user.id)));
    expect((await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('blocks an address that fails across many accounts', async () => {
    const strict = await createTestApp({ auth: { ...defaultAuthSettings, slowDownStepMs: 0, ipLockAfter: 5 } });
    try {
      const agent = new Agent(strict.app);
      for (let i = 0; i < 5; i++) await agent.post('/api/auth/login', { email: `someone${i}@x.be`, password: 'wrong password!!' });
      const user = await makeUser(strict.database, 'dpo');
      const res = await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('too_many_attempts');
    } finally {
      await strict.close();
    }
  });
});

describe('two-factor authentication', () => {
  it('makes a new staff member enrol before anything else, then issues single-use recovery codes', async () => {
    const user = await makeUser(t.database, 'caseworker', 'vk-antwerpen', { mfa: false });
    const agent = new Agent(t.app);
    const login = await agent.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(login.json().stage).toBe('mfa_enrol');
    expect((await agent.get('/api/admin/users')).statusCode).toBe(403);

    const enrol = await agent.post('/api/auth/mfa/enrol', {});
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUrl, qrSvg } = enrol.json<{ secret: string; otpauthUrl: string; qrSvg: string }>();
    expect(otpauthUrl).toContain('otpauth://totp/Schakel');
    expect(qrSvg).toContain('<svg');

    const bad = await agent.post('/api/auth/mfa/enrol/confirm', { code: '000000' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('code');

    const ok = await agent.post('/api/auth/mfa/enrol/confirm', { code: await generate({ secret }) });
    expect(ok.statusCode).toBe(200);
    const { recoveryCodes, session } = ok.json<{ recoveryCodes: string[]; session: { stage: string } }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(session.stage).toBe('complete');

    // Next sign-in: challenge; a recovery code works once.
    const second = new Agent(t.app);
    expect((await second.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).json().stage).toBe('mfa_challenge');
    expect((await second.post('/api/auth/mfa/verify', { recoveryCode: recoveryCodes[0] })).json().stage).toBe('complete');
    const third = new Agent(t.app);
    await third.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect((await third.post('/api/auth/mfa/verify', { recoveryCode: recoveryCodes[0] })).statusCode).toBe(400);
  });

  it('refuses a TOTP code that was already used (replay)', async () => {
    const user = await makeUser(t.database, 'dpo');
    const code = await generate({ secret: user.totpSecret! });
    const a = new Agent(t.app);
    await a.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect((await a.post('/api/auth/mfa/verify', { code })).statusCode).toBe(200);
    const b = new Agent(t.app);
    await b.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect((await b.post('/api/auth/mfa/verify', { code })).statusCode).toBe(400);
  });
});

describe('sessions', () => {
  it('requires the CSRF header for cookie-authenticated writes', async () => {
    const user = await makeUser(t.database, 'admin');
    const agent = await new Agent(t.app).signIn(user);
    const res = await agent.post('/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    expect((await agent.get('/api/admin/users')).statusCode).toBe(200);
  });

  it('signs out everywhere', async () => {
    const user = await makeUser(t.database, 'admin', 'vk-antwerpen', { demo: true });
    const one = await new Agent(t.app).signIn(user);
    const two = await new Agent(t.app).signIn(user);
    expect((await one.post('/api/auth/logout-all')).statusCode).toBe(204);
    expect((await two.get('/api/admin/users')).statusCode).toBe(401);
    expect((await two.get('/api/auth/session')).json()).toEqual({ authenticated: false });
  });

  it('expires an idle session after 30 minutes and a session after 12 hours in any case', async () => {
    const user = await makeUser(t.database, 'admin', 'vk-antwerpen', { demo: true });
    const idle = await new Agent(t.app).signIn(user);
    const old = await new Agent(t.app).signIn(user);
    expect((await idle.get('/api/admin/users')).statusCode).toBe(200);
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.absoluteExpiresAt.getTime() - rows[0]!.createdAt.getTime()).toBe(12 * 3_600_000);
    await t.database.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) }).where(eq(sessions.tokenHash, rows[0]!.tokenHash));
    await t.database.db.update(sessions).set({ absoluteExpiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.tokenHash, rows[1]!.tokenHash));
    expect((await idle.get('/api/admin/users')).statusCode).toBe(401);
    expect((await old.get('/api/admin/users')).statusCode).toBe(401);
  });
});
