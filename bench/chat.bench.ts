// Chat under load on loopback: N children connected at once (idle memory per connection on the
// server), then each sends ROUNDS messages that a counsellor's console receives (delivery latency
// from the child's send to the console's receipt, lost and doubled messages). Every part runs in
// its own OS process (bench/chat/): the server(s), and one client process holding all children
// and consoles. Scenarios, in one run so the figures can be compared:
// - bare: a plain `ws` relay with no database (relay.ts), the floor this machine sets;
// - one server process (PGlite in that process, or PostgreSQL when DATABASE_URL is set);
// - PostgreSQL only: two server processes, the children on one and the consoles on the other,
//   every message crossing through LISTEN/NOTIFY.
// `BENCH_CHAT_CLIENTS=2000 npm run bench chat`; with DATABASE_URL a throwaway database is created
// next to it and dropped afterwards. The load average is printed next to each scenario: the
// machines are shared.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPostgres } from '../src/platform/db.js';
import { runMigrations } from '../src/platform/migrate.js';
import { Part, PER_COUNSELLOR, ROUND_SECONDS, ROUNDS, type ClientResult, type Memory, type Plan } from './chat/plan.js';
import type { ServerOptions } from './chat/server.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

interface Started {
  port: number;
  plan?: Omit<Plan, 'childSocket' | 'consoleHttp'>;
}

async function throwawayDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `schakel_chat_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const migrating = await openPostgres(target.href, { max: 2 });
  await runMigrations(migrating);
  await migrating.close();
  return {
    url: target.href,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Connects every client, reads the servers' memory when all are idle, then sends and measures. */
async function drive(title: string, plan: Plan, servers: { label: string; part: Part; connections: number }[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-chat-bench-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  const before: Memory[] = [];
  for (const s of servers) before.push(await s.part.ask<Memory>({ do: 'memory' }));
  const clients = new Part(here('./chat/clients.ts'), { CHAT_BENCH_PLAN: join(dir, 'plan.json') });
  try {
    await clients.next<{ connected: true }>();
    await new Promise((r) => setTimeout(r, 2_000)); // let the hello storm settle
    console.log(`  ${title} — ${plan.tokens.length} children + ${plan.counsellors.length} consoles connected and idle (${load()})`);
    for (const [i, s] of servers.entries()) {
      const after = await s.part.ask<Memory>({ do: 'memory' });
      const per = (bytes: number) => (bytes / s.connections).toFixed(1);
      console.log(
        `    ${s.label}: rss ${mb(before[i]!.rss)} → ${mb(after.rss)} MiB, per idle connection rss ${per((after.rss - before[i]!.rss) / 1024)} KiB, heap ${per((after.heapUsed - before[i]!.heapUsed) / 1024)} KiB`,
      );
    }
    clients.send({ do: 'go' });
    const result = await clients.next<ClientResult>();
    const sorted = [...result.latencies].sort((a, b) => a - b);
    console.log(`    connect + hello for all: ${(result.connectMs / 1000).toFixed(1)} s`);
    console.log(
      `    delivery child → console: ${result.received}/${result.sent} received (${result.sent - result.received} lost), ${result.doubled} doubled, ${result.acked} acked; p50 ${pct(sorted, 50).toFixed(1)} ms, p95 ${pct(sorted, 95).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (${load()})`,
    );
  } finally {
    await clients.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bare(clients: number): Promise<void> {
  const relay = new Part(here('./chat/relay.ts'), {});
  try {
    const { port } = await relay.next<Started>();
    const counsellors = Array.from({ length: Math.ceil(clients / PER_COUNSELLOR) }, () => ({ email: '', password: '' }));
    const tokens = Array.from({ length: clients }, (_, i) => `bare-${i}`);
    const plan: Plan = { childSocket: `ws://127.0.0.1:${port}/child`, consoleHttp: `ws://127.0.0.1:${port}`, tokens, counsellors, bare: true };
    await drive('bare ws relay, no database (baseline)', plan, [{ label: 'relay process', part: relay, connections: clients + counsellors.length }]);
  } finally {
    await relay.stop();
  }
}

async function schakel(clients: number, processes: 1 | 2): Promise<void> {
  const secret = randomBytes(32).toString('base64url');
  const database = process.env.DATABASE_URL ? await throwawayDatabase(process.env.DATABASE_URL) : null;
  const server = (prepare: boolean) => new Part(here('./chat/server.ts'), { CHAT_BENCH_SERVER: JSON.stringify({ url: database?.url, prepare, clients, secret } satisfies ServerOptions) });
  const parts: Part[] = [];
  try {
    parts.push(server(true));
    const first = await parts[0]!.next<Started>();
    if (processes === 2) parts.push(server(false));
    const last = processes === 2 ? await parts[1]!.next<Started>() : first;
    const plan: Plan = { ...first.plan!, childSocket: `ws://127.0.0.1:${first.port}/api/chat/socket`, consoleHttp: `http://127.0.0.1:${last.port}` };
    const engine = database ? 'PostgreSQL' : 'PGlite';
    const title = processes === 1 ? `Schakel, one server process, ${engine}` : `Schakel, children on process A, consoles on process B, ${engine} LISTEN/NOTIFY`;
    const consoles = plan.counsellors.length;
    const servers =
      processes === 1
        ? [{ label: 'server process', part: parts[0]!, connections: clients + consoles }]
        : [
            { label: 'process A (children)', part: parts[0]!, connections: clients },
            { label: 'process B (consoles)', part: parts[1]!, connections: consoles },
          ];
    await drive(title, plan, servers);
  } finally {
    for (const part of parts) await part.stop();
    await database?.drop();
  }
}

export async function run(): Promise<void> {
  const clients = Number(process.env.BENCH_CHAT_CLIENTS ?? 1000);
  console.log(`${clients} children, ${ROUNDS} messages each spread over ${ROUNDS * ROUND_SECONDS} s (${((clients * ROUNDS) / (ROUNDS * ROUND_SECONDS)).toFixed(0)} messages/s), ${PER_COUNSELLOR} chats per console`);
  await bare(clients);
  await schakel(clients, 1);
  if (process.env.DATABASE_URL) await schakel(clients, 2);
}
