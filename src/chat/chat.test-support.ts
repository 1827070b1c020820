// Helpers for the chat tests: the app's lifecycle in a test file, a WebSocket client that records
// every frame and waits for the one a test expects, a signed-in staff member whose cookies also
// open the console socket, and a chat service that is open (so tests never depend on the clock).
import type { FastifyInstance, InjectOptions } from 'fastify';
import { generate } from 'otplib';
import type { WebSocket } from 'ws';
import { useTestApp, type TestApp } from '../../test/support/app.js';
import type { Db } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { alwaysOpenHours, defaultChatSettings } from './chat-settings.js';
import { chatSettings } from './chat.tables.js';
import { chatCentreId } from './conversation.service.js';

export type Frame = Record<string, unknown> & { type: string };

export class FrameClient {
  readonly frames: Frame[] = [];
  private waiters: { predicate: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  closed: { code: number } | null = null;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => (w.predicate(frame) ? (w.resolve(frame), false) : true));
    });
    ws.on('close', (code: number) => (this.closed = { code }));
  }

  send(frame: Record<string, unknown>): void {
    this.ws.send(JSON.stringify(frame));
  }

  /** The first frame (already received or still to come) that matches. */
  waitFor(predicate: (f: Frame) => boolean, timeoutMs = 5_000): Promise<Frame> {
    const seen = this.frames.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.slice(-8))}`)), timeoutMs);
      this.waiters.push({ predicate, resolve: (f) => (clearTimeout(timer), resolve(f)) });
    });
  }

  messages(conversationId?: string): Frame[] {
    return this.frames.filter((f) => f.type === 'message' && (conversationId === undefined || f.conversationId === conversationId));
  }

  waitClosed(timeoutMs = 5_000): Promise<{ code: number }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
      this.ws.once('close', (code: number) => (clearTimeout(timer), resolve({ code })));
    });
  }

  close(): void {
    this.ws.terminate();
  }
}

export async function openChatService(db: Db, overrides: Partial<typeof defaultChatSettings> = {}): Promise<string> {
  await seedOrganisation(db);
  const centreId = (await chatCentreId(db))!;
  const settings = { ...defaultChatSettings, openingHours: alwaysOpenHours, ...overrides };
  await db.insert(chatSettings).values({ centreId, settings }).onConflictDoUpdate({ target: chatSettings.centreId, set: { settings } });
  return centreId;
}

/**
 * The hooks of a chat test file: `useTestApp()` with the chat service open before each test
 * (unless `openService: false`, for tests that open it with their own settings).
 */
export function useChatTestApp({ openService = true, settings = {} }: { openService?: boolean; settings?: Partial<typeof defaultChatSettings> } = {}): TestApp {
  return useTestApp({ seed: openService ? (db) => openChatService(db, settings) : undefined });
}

export interface StaffUser {
  id: string;
  email: string;
  password: string;
  totpSecret: string | null;
}

/** A signed-in staff member: REST calls with session cookie and CSRF header, and a console socket. */
export class StaffClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly app: FastifyInstance,
    readonly user: StaffUser,
  ) {}

  static async signIn(app: FastifyInstance, user: StaffUser): Promise<StaffClient> {
    const client = new StaffClient(app, user);
    const login = await client.request({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode}`);
    if (user.totpSecret) {
      const verify = await client.request({ method: 'POST', url: '/api/auth/mfa/verify', payload: { code: await generate({ secret: user.totpSecret }) } });
      if (verify.statusCode !== 200) throw new Error(`2FA failed: ${verify.statusCode}`);
    }
    return client;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(options: InjectOptions) {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>), cookie: this.cookieHeader() };
    const csrf = this.cookies.get('schakel_csrf');
    if (csrf && options.method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await this.app.inject({ ...options, headers });
    for (const c of response.cookies as { name: string; value: string }[]) {
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) });

  /** The console socket, already past its hello. */
  async socket(path = '/api/console/socket', after: Record<string, number> = {}): Promise<FrameClient> {
    const ws = await this.app.injectWS(path, { headers: { cookie: this.cookieHeader(), origin: 'http://localhost:80', host: 'localhost:80' } });
    const client = new FrameClient(ws);
    client.send({ type: 'hello', after });
    await client.waitFor((f) => f.type === 'ready');
    return client;
  }

  async available(capacity = 2): Promise<void> {
    const res = await this.post('/api/console/presence', { status: 'available', capacity });
    if (res.statusCode !== 204) throw new Error(`presence: ${res.statusCode} ${res.body}`);
  }
}

let address = 0;
/** A different client address per child, so the per-address rate limit does not meet the tests. */
export const nextAddress = (): string => `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${(address++ & 255) + 1}`;

/** A child: starts a chat over HTTP and talks over the chat socket. */
export async function childJoins(app: FastifyInstance, body: Record<string, unknown> = {}, ip = nextAddress()): Promise<{ token: string; socket: FrameClient }> {
  const res = await app.inject({ method: 'POST', url: '/api/chat/conversations', payload: body, remoteAddress: ip });
  if (res.statusCode !== 201) throw new Error(`start: ${res.statusCode} ${res.body}`);
  const { token } = res.json<{ token: string }>();
  return { token, socket: await childSocket(app, token, 0) };
}

export async function childSocket(app: FastifyInstance, token: string, after: number): Promise<FrameClient> {
  const client = new FrameClient(await app.injectWS('/api/chat/socket'));
  client.send({ type: 'hello', token, after });
  await client.waitFor((f) => f.type === 'state');
  return client;
}
