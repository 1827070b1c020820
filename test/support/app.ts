// Builds the real application around a throwaway database, with factories and a signed-in
// "agent" per role that talks to the app through inject() with cookies and the CSRF header.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { centres, teams, users } from '../../src/access/access.tables.js';
import type { Role } from '../../src/access/permissions.js';
import { createUser } from '../../src/access/users.service.js';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { systemCtx } from '../../src/platform/context.js';
import type { Database, Db } from '../../src/platform/db.js';
import { SecretBox } from '../../src/platform/secret-box.js';
import { seedOrganisation } from '../../src/seed/demo.seed.js';
import { createTestDatabase, resetDatabase } from './database.js';

export const TEST_SECRET = 'test-secret-key-that-is-long-enough-1234';
export const TEST_PASSWORD = 'correct horse battery staple';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SCHAKEL_SECRET_KEY: TEST_SECRET, SCHAKEL_DATA_DIR: '.tmp/test-data' }), jobs: false, ...overrides };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, secretKey: TEST_SECRET });
  await app.ready();
  return {
    app,
    database,
    config,
    reset: () => resetDatabase(database),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface UseTestAppOptions {
  /** Config overrides for this file's app, e.g. `{ documentMaxBytes: 1024 }`. */
  config?: Partial<Config>;
  /** Empty the database before each test (default). Off for files whose tests share what a `beforeAll` built. */
  reset?: boolean;
  /** Runs after every reset, e.g. `seedPartnerDirectory`: data every test of the file starts from. */
  seed?: (db: Db) => Promise<unknown>;
  /** Time for creating the app, when a file needs more than the configured hook timeout. */
  timeout?: number;
}

/**
 * The lifecycle nearly every server test file shares, registered once instead of copied: one app
 * on a throwaway database for the file (in `beforeAll`, closed in `afterAll`), emptied and seeded
 * before each test. Call it at the top of the file (or of a `describe`); the hooks the file adds
 * after it run after these, so they can use the app. The returned holder is usable only inside
 * tests and hooks: the app does not exist yet while the file is being collected.
 */
export function useTestApp({ config = {}, reset = true, seed, timeout }: UseTestAppOptions = {}): TestApp {
  let started: TestApp | undefined;
  const current = (): TestApp => {
    if (!started) throw new Error('useTestApp: the app exists only inside tests and their hooks');
    return started;
  };
  beforeAll(async () => {
    started = await createTestApp(config);
  }, timeout);
  afterAll(() => started?.close());
  if (reset) {
    beforeEach(async () => {
      await current().reset();
      if (seed) await seed(current().database.db);
    });
  }
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    get config() {
      return current().config;
    },
    reset: () => current().reset(),
    close: () => current().close(),
  };
}

export async function centreId(database: Database, code: string): Promise<string> {
  const [c] = await database.db.select().from(centres).where(eq(centres.code, code));
  if (!c) throw new Error(`no centre ${code}; call seedOrganisation first`);
  return c.id;
}

let counter = 0;

/** A staff account with 2FA already enrolled (its TOTP secret is returned for sign-in). */
export async function makeUser(database: Database, role: Role, centreCode = 'vk-antwerpen', options: { mfa?: boolean; demo?: boolean } = {}) {
  await seedOrganisation(database.db);
  const cid = await centreId(database, centreCode);
  const [team] = await database.db.select().from(teams).where(eq(teams.centreId, cid));
  counter += 1;
  const email = `${role}.${counter}.${centreCode}@test.schakel.be`;
  const user = await createUser(systemCtx(database.db), { email, displayName: `Test ${role} ${counter}`, role, centreId: cid, teamIds: team ? [team.id] : [], password: TEST_PASSWORD, isDemo: options.demo ?? false });
  let totpSecret: string | null = null;
  if (options.mfa !== false && !options.demo) {
    totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await database.db.update(users).set({ mfaSecret: new SecretBox(TEST_SECRET).seal(totpSecret), mfaEnrolledAt: new Date() }).where(eq(users.id, user.id));
  }
  return { ...user, password: TEST_PASSWORD, totpSecret };
}

export class Agent {
  private cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('schakel_csrf');
    if (csrf && options.method && options.method !== 'GET') headers['x-csrf-token'] ??= csrf;
    const response = await this.app.inject({ ...options, headers });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared = c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get = (url: string, headers: Record<string, string> = {}) => this.request({ method: 'GET', url, headers });
  post = (url: string, payload?: unknown, headers: Record<string, string> = {}) => this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers });

  /** Password + (when enrolled) a fresh TOTP code: a fully signed-in session. */
  async signIn(user: { email: string; password: string; totpSecret: string | null }): Promise<this> {
    const login = await this.post('/api/auth/login', { email: user.email, password: user.password });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    if (user.totpSecret) {
      const code = await generate({ secret: user.totpSecret });
      const verify = await this.post('/api/auth/mfa/verify', { code });
      if (verify.statusCode !== 200) throw new Error(`2FA failed: ${verify.statusCode} ${verify.body}`);
    }
    return this;
  }
}

export async function signedIn(t: TestApp, role: Role, centreCode = 'vk-antwerpen') {
  const user = await makeUser(t.database, role, centreCode);
  const agent = await new Agent(t.app).signIn(user);
  return { user, agent };
}
