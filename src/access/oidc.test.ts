// Single sign-on against a real OpenID Connect provider (oidc-provider) running on loopback:
// authorisation code + PKCE, the e-mail claim mapped to an existing Schakel account.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAuthSettings, type Config } from '../platform/config.js';
import { Agent, createTestApp, makeUser, type TestApp } from '../../test/support/app.js';

const REDIRECT = 'http://127.0.0.1:9/api/auth/oidc/callback';
const accounts = new Map<string, string>(); // subject → e-mail
let server: Server;
let issuer: string;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: 'schakel', client_secret: 'a-test-client-secret', redirect_uris: [REDIRECT], token_endpoint_auth_method: 'client_secret_post' }],
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, email: accounts.get(sub), email_verified: true }) }),
  });
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Plays the browser at the provider: follows redirects, fills the login and consent forms. */
async function authenticateAtProvider(authorizationUrl: string, subject: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(REDIRECT)) return url;
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const [name = '', value = ''] = pair.split('=');
      jar.set(name, value);
    }
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!prompt) throw new Error(`unexpected provider page (${res.status})`);
    method = 'POST';
    body = prompt === 'login' ? `prompt=login&login=${encodeURIComponent(subject)}&password=irrelevant` : 'prompt=consent';
  }
  throw new Error('too many redirects at the provider');
}

async function ssoSignIn(t: TestApp, subject: string): Promise<{ agent: Agent; status: number }> {
  const agent = new Agent(t.app);
  const start = await agent.get('/api/auth/oidc/start');
  expect(start.statusCode).toBe(302);
  const back = await authenticateAtProvider(start.headers.location as string, subject);
  const callback = new URL(back);
  const res = await agent.get(`${callback.pathname}${callback.search}`);
  return { agent, status: res.statusCode };
}

const oidcSettings = (trustMfa: boolean): Partial<Config> => ({
  auth: defaultAuthSettings,
  oidc: { issuer, clientId: 'schakel', clientSecret: 'a-test-client-secret', redirectUri: REDIRECT, claim: 'email', label: 'Vlaamse overheid', trustMfa },
});

describe('OpenID Connect single sign-on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(oidcSettings(true));
  });
  afterAll(() => t.close());

  it('advertises the provider on the login page', async () => {
    expect((await new Agent(t.app).get('/api/auth/providers')).json()).toEqual({ oidc: { label: 'Vlaamse overheid', startUrl: '/api/auth/oidc/start' } });
  });

  it('creates a session for the account whose e-mail the provider asserts', async () => {
    const user = await makeUser(t.database, 'caseworker');
    accounts.set('sub-caseworker-1', user.email);
    const { agent, status } = await ssoSignIn(t, 'sub-caseworker-1');
    expect(status).toBe(302);
    const session = (await agent.get('/api/auth/session')).json<{ authenticated: boolean; stage: string; user: { email: string } }>();
    expect(session).toMatchObject({ authenticated: true, stage: 'complete', user: { email: user.email } });
  });

  it('refuses a provider identity without a Schakel account', async () => {
    accounts.set('sub-stranger', 'stranger@elsewhere.be');
    const { agent, status } = await ssoSignIn(t, 'sub-stranger');
    expect(status).toBe(403);
    expect((await agent.get('/api/auth/session')).json()).toEqual({ authenticated: false });
  });
});

// When the provider's login is not trusted as a second factor, SSO replaces only the password:
// the session waits for Schakel's own TOTP (or its enrolment) before it reaches any case data.
describe('OpenID Connect single sign-on without trusted MFA', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(oidcSettings(false));
  });
  afterAll(() => t.close());

  it('asks an enrolled account for its TOTP code before anything else', async () => {
    const user = await makeUser(t.database, 'caseworker');
    accounts.set('sub-untrusted-1', user.email);
    const { agent, status } = await ssoSignIn(t, 'sub-untrusted-1');
    expect(status).toBe(302);
    expect((await agent.get('/api/auth/session')).json()).toMatchObject({ authenticated: true, stage: 'mfa_challenge' });
    const early = await agent.get('/api/teamwork/my-tasks');
    expect(early.statusCode).toBe(403);
    expect(early.json<{ code: string }>().code).toBe('mfa_required');

    const code = await generate({ secret: user.totpSecret! });
    expect((await agent.post('/api/auth/mfa/verify', { code: code === '000000' ? '111111' : '000000' })).statusCode).not.toBe(200);
    expect((await agent.post('/api/auth/mfa/verify', { code })).statusCode).toBe(200);
    expect((await agent.get('/api/auth/session')).json()).toMatchObject({ authenticated: true, stage: 'complete', user: { email: user.email } });
    expect((await agent.get('/api/teamwork/my-tasks')).statusCode).toBe(200);
  });

  it('sends an account without TOTP to enrolment, not into the application', async () => {
    const user = await makeUser(t.database, 'caseworker', 'vk-antwerpen', { mfa: false });
    accounts.set('sub-untrusted-2', user.email);
    const { agent } = await ssoSignIn(t, 'sub-untrusted-2');
    expect((await agent.get('/api/auth/session')).json()).toMatchObject({ authenticated: true, stage: 'mfa_enrol' });
    expect((await agent.get('/api/teamwork/my-tasks')).statusCode).toBe(403);
  });
});
