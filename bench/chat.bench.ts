// Chat under load on loopback: N children connected at once (idle memory per connection on the
// server), then each sends messages that a counsellor's console receives (delivery latency from
// the child's send to the console's receipt, lost and doubled messages). Run with one app instance
// and with two on one database (the child on one, the console on the other, through the bus).
// `BENCH_CHAT_CLIENTS=2000 npm run bench chat`; PGlite unless DATABASE_URL is set (then a
// throwaway database is created next to it and each instance gets its own pool).
// The clients run in a child process (this same file), so their memory is not counted.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { WebSocket } from 'ws';
import { createUser } from '../src/access/users.service.js';
import { buildApp } from '../src/app.js';
import { ChatSecrets } from '../src/chat/chat-secrets.js';
import { alwaysOpenHours, defaultChatSettings } from '../src/chat/chat-settings.js';
import { chatConversations, chatPresence, chatSettings } from '../src/chat/chat.tables.js';
import { chatCentreId, startConversation } from '../src/chat/conversation.service.js';
import { loadConfig } from '../src/platform/config.js';
import { systemCtx } from '../src/platform/context.js';
import { openPglite, openPostgres, type Database } from '../src/platform/db.js';
import { runMigrations } from '../src/platform/migrate.js';
import { seedOrganisation } from '../src/seed/demo.seed.js';

const SECRET = randomBytes(32).toString('base64url');
const PER_COUNSELLOR = 50;
const ROUNDS = 3;

interface Plan {
  childSocket: string;
  consoleHttp: string;
  tokens: string[];
  counsellors: { email: string; password: string }[];
}

interface ClientResult {
  connectMs: number;
  sent: number;
  received: number;
  doubled: number;
  latencies: number[];
}

// A collectable heap before each memory reading, without asking for a node flag at start-up.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

async function openDatabases(instances: number): Promise<{ databases: Database[]; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const lite = await openPglite({});
    await runMigrations(lite);
    return { databases: Array<Database>(instances).fill(lite), drop: () => lite.close() };
  }
  const name = `schakel_chat_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const databases: Database[] = [];
  for (let i = 0; i < instances; i++) databases.push(await openPostgres(target.href, { max: 20 }));
  await runMigrations(databases[0]!);
  return {
    databases,
    drop: async () => {
      for (const d of databases) await d.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function prepare(database: Database, clients: number): Promise<Omit<Plan, 'childSocket' | 'consoleHttp'>> {
  const db = database.db;
  await seedOrganisation(db);
  const centreId = (await chatCentreId(db))!;
  await db.insert(chatSettings).values({ centreId, settings: { ...defaultChatSettings, openingHours: alwaysOpenHours } });
  const counsellors = [];
  const ids: string[] = [];
  for (let i = 0; i < Math.ceil(clients / PER_COUNSELLOR); i++) {
    const login = { email: `bench.${i}.${randomUUID().slice(0, 8)}@bench.schakel.be`, password: `bench password ${randomUUID()}` };
    // Demo accounts sign in without a second factor, which a load test cannot type.
    const user = await createUser(systemCtx(db), { ...login, displayName: `Bench ${i}`, role: 'counsellor', centreId, teamIds: [], isDemo: true });
    ids.push(user.id);
    counsellors.push(login);
  }
  await db.insert(chatPresence).values(ids.map((userId) => ({ userId, centreId, status: 'available' as const, capacity: PER_COUNSELLOR, seenAt: new Date() })));
  const secrets = new ChatSecrets(SECRET);
  const tokens: string[] = [];
  for (let i = 0; i < clients; i++) {
    const { token, conversation } = await startConversation(db, secrets, { urgency: 1, locale: 'nl-BE' });
    await db.update(chatConversations).set({ status: 'active', counsellorId: ids[Math.floor(i / PER_COUNSELLOR)]!, takenAt: new Date() }).where(eq(chatConversations.id, conversation.id));
    tokens.push(token);
  }
  return { tokens, counsellors };
}

async function listen(database: Database): Promise<{ app: FastifyInstance; port: number }> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SCHAKEL_SECRET_KEY: SECRET, SCHAKEL_DATA_DIR: tmpdir() }), jobs: false };
  const app = await buildApp({ config, database, secretKey: SECRET });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, port: typeof address === 'object' && address ? address.port : 0 };
}

async function scenario(clients: number, instances: number): Promise<void> {
  const { databases, drop } = await openDatabases(instances);
  const dir = mkdtempSync(join(tmpdir(), 'schakel-chat-bench-'));
  const started: FastifyInstance[] = [];
  try {
    const plan = await prepare(databases[0]!, clients);
    const servers = [];
    for (const database of databases) servers.push(await listen(database));
    started.push(...servers.map((s) => s.app));
    const childPort = servers[0]!.port;
    const consolePort = servers[servers.length - 1]!.port;
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({ ...plan, childSocket: `ws://127.0.0.1:${childPort}/api/chat/socket`, consoleHttp: `http://127.0.0.1:${consolePort}` } satisfies Plan));

    collect();
    const before = process.memoryUsage();
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { env: { ...process.env, CHAT_BENCH_PLAN: file }, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    let result: ClientResult | null = null;
    for await (const line of lines) {
      if (line === 'connected') {
        await new Promise((r) => setTimeout(r, 2_000)); // let the hello storm settle
        collect();
        const after = process.memoryUsage();
        console.log(`  ${instances} instance(s), ${clients} children + ${plan.counsellors.length} consoles connected and idle`);
        console.log(`    server memory per idle connection: rss ${((after.rss - before.rss) / clients / 1024).toFixed(1)} KiB, heap ${((after.heapUsed - before.heapUsed) / clients / 1024).toFixed(1)} KiB (rss ${mb(before.rss)} → ${mb(after.rss)} MiB)`);
        child.stdin.write('go\n');
      } else if (line.startsWith('{')) {
        result = JSON.parse(line) as ClientResult;
        child.stdin.end();
      }
    }
    if (!result) throw new Error('the client process gave no result');
    const sorted = [...result.latencies].sort((a, b) => a - b);
    console.log(`    connect + hello for all: ${(result.connectMs / 1000).toFixed(1)} s`);
    console.log(`    delivery child → console: ${result.received}/${result.sent} received, ${result.doubled} doubled; p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`);
  } finally {
    for (const app of started) await app.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const clients = Number(process.env.BENCH_CHAT_CLIENTS ?? 1000);
  console.log(`engine ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}; ${clients} children, ${ROUNDS} messages each, spread over ${ROUNDS * 5} s`);
  for (const instances of [1, 2]) await scenario(clients, instances);
}

// ——— the client process ———

function open(url: string, options: ConstructorParameters<typeof WebSocket>[2], hello: object, until: (frame: { type: string }) => boolean): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    const timer = setTimeout(() => reject(new Error('connect timeout')), 60_000);
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify(hello)));
    const onMessage = (data: Buffer) => {
      if (until(JSON.parse(data.toString()) as { type: string })) {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve(ws);
      }
    };
    ws.on('message', onMessage);
  });
}

async function clientMain(plan: Plan): Promise<void> {
  const arrivals = new Map<string, number[]>();
  const consoles: WebSocket[] = [];
  for (const login of plan.counsellors) {
    const res = await fetch(`${plan.consoleHttp}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const ws = await open(`${plan.consoleHttp.replace('http', 'ws')}/api/console/socket`, { headers: { cookie, origin: plan.consoleHttp } }, { type: 'hello', after: {} }, (f) => f.type === 'ready');
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as { type: string; from?: string; clientId?: string };
      if (frame.type === 'message' && frame.from === 'child' && frame.clientId) arrivals.set(frame.clientId, [...(arrivals.get(frame.clientId) ?? []), performance.now()]);
    });
    consoles.push(ws);
  }
  const t0 = performance.now();
  const children: WebSocket[] = [];
  for (let i = 0; i < plan.tokens.length; i += 100) {
    // Spread over loopback addresses: the public socket is rate-limited per client address.
    const batch = plan.tokens.slice(i, i + 100).map((token, j) => {
      const n = i + j;
      return open(plan.childSocket, { localAddress: `127.0.${Math.floor(n / 25 / 250)}.${2 + (Math.floor(n / 25) % 250)}` }, { type: 'hello', token, after: 0 }, (f) => f.type === 'state');
    });
    children.push(...(await Promise.all(batch)));
  }
  const connectMs = performance.now() - t0;
  console.log('connected');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));

  const sentAt = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      children.map(
        (ws, i) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              const clientId = randomUUID();
              sentAt.set(clientId, performance.now());
              ws.send(JSON.stringify({ type: 'send', clientId, body: `bench ${i} ${round}` }));
              resolve();
            }, Math.random() * 5_000),
          ),
      ),
    );
  }
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline && [...sentAt.keys()].some((id) => !arrivals.has(id))) await new Promise((r) => setTimeout(r, 100));
  const latencies = [...sentAt].filter(([id]) => arrivals.has(id)).map(([id, at]) => arrivals.get(id)![0]! - at);
  const doubled = [...arrivals.values()].filter((times) => times.length > 1).length;
  console.log(JSON.stringify({ connectMs, sent: sentAt.size, received: latencies.length, doubled, latencies } satisfies ClientResult));
  for (const ws of [...children, ...consoles]) ws.terminate();
}

if (process.env.CHAT_BENCH_PLAN && process.argv[1] === fileURLToPath(import.meta.url)) {
  await clientMain(JSON.parse(readFileSync(process.env.CHAT_BENCH_PLAN, 'utf8')) as Plan);
  process.exit(0);
}
