// Case work at scale through the real HTTP server (issue #3): with BENCH_CASES cases on
// PostgreSQL, 50 signed-in workers at once open full case files and search by misspelled name;
// then the same reads as bare SQL from as many connections, in the same run, for the ratio, and
// (at work) through a bare HTTP server, the floor of this stack. The server, the floor server, the
// clients and this orchestrator are separate processes; the server's memory is sampled throughout. `DATABASE_URL=… BENCH_CASES=1000000 npm run bench caseload`. The database is kept
// (seeding a million cases takes a while): a run tops it up to BENCH_CASES and reuses it after.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedCaseScale } from '../src/cases/seed/scale.seed.js';
import { one, openPostgres, sql } from '../src/platform/db.js';
import { runMigrations } from '../src/platform/migrate.js';
import type { Memory } from './support/processes.js';
import { Part } from './support/processes.js';
import type { AppServerOptions } from './support/app-server.js';
import { phasesOf, recallOf, signIn, workersOf, type Load, type PhaseResult } from './caseload/workload.js';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Mean pause between one worker's questions: a worker opening a file or searching every 2 s. */
const THINK = Number(process.env.BENCH_THINK_SECONDS ?? 2);

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

export async function run(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('caseload: needs PostgreSQL (DATABASE_URL); not run.');
    return;
  }
  const database = await openPostgres(url, { max: 4 });
  const dir = mkdtempSync(join(tmpdir(), 'schakel-caseload-'));
  const parts: Part[] = [];
  try {
    await runMigrations(database);
    const held = Number((await one<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM cases`))?.n ?? 0);
    if (held < CASES) {
      const started = performance.now();
      await seedCaseScale(database.db, CASES - held, (done, total) => process.stderr.write(`\r  seeding ${done}/${total}`), { parallel: 2 });
      const seconds = (performance.now() - started) / 1000;
      console.log(`\n  seed --scale ${CASES - held}: ${seconds.toFixed(0)} s (${Math.round((CASES - held) / seconds)} cases/s, ${load()})`);
    }
    const total = Number((await one<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM cases`))?.n ?? 0);
    const persons = Number((await one<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM case_persons`))?.n ?? 0);
    const sampled = await workersOf(database.db, 200);
    const recall = await recallOf(url, sampled, 300);
    console.log(`  recall: ${recall.found}/${recall.asked} misspelled names find the case they were taken from`);
    const workers = await signIn(database.db, sampled, USERS);
    console.log(`  ${total} cases, ${persons} people on PostgreSQL; ${USERS} signed-in workers (sessions of ${new Set(workers.map((w) => w.userId)).size} people), ${SECONDS} s per phase; "at work": a question every ${THINK} s per worker on average (latency from when it was due), "no pause": closed loop`);

    const secret = randomBytes(32).toString('base64url');
    const server = new Part(here('./support/app-server.ts'), { BENCH_APP_SERVER: JSON.stringify({ url, secret, poolSize: 20 } satisfies AppServerOptions) });
    parts.push(server);
    const { port } = await server.next<{ port: number }>();
    const idle = await server.ask<Memory>({ do: 'memory' });
    const plan: Load = { port, floorPort: 0, databaseUrl: url, users: USERS, warmupSeconds: 3, seconds: SECONDS, thinkSeconds: THINK, workers };
    writeFileSync(join(dir, 'load.json'), JSON.stringify(plan));
    const floor = new Part(here('./caseload/floor-server.ts'), { CASELOAD_PLAN: join(dir, 'load.json') });
    parts.push(floor);
    plan.floorPort = (await floor.next<{ port: number }>()).port;
    writeFileSync(join(dir, 'load.json'), JSON.stringify(plan));
    const clients = new Part(here('./caseload/clients.ts'), { CASELOAD_PLAN: join(dir, 'load.json') });
    parts.push(clients);
    clients.send({ do: 'go' });

    const p95 = new Map<string, number>();
    for (let phase = 0; phase < phasesOf(plan).length; phase++) {
      const { phase: name } = await clients.next<{ phase: string }>();
      let peak = 0;
      const sampling = setInterval(() => void server.ask<Memory>({ do: 'rss' }).then((m) => (peak = Math.max(peak, m.rss))), 1_000);
      const result = await clients.next<PhaseResult>();
      clearInterval(sampling);
      const sorted = [...result.latencies].sort((a, b) => a - b);
      p95.set(name, pct(sorted, 95));
      const ratio = (via: string) => `${via}/bare p95 ${((p95.get(name.replace('bare SQL', via)) ?? NaN) / pct(sorted, 95)).toFixed(1)}×`;
      const extra = name.includes(', HTTP,')
        ? `server rss peak ${mb(peak)} MiB`
        : name.includes('bare SQL')
          ? [ratio('HTTP'), ...(p95.has(name.replace('bare SQL', 'HTTP floor')) ? [ratio('HTTP floor')] : [])].join(', ')
          : '';
      console.log(
        `  ${name.padEnd(38)} ${(sorted.length / result.seconds).toFixed(0).padStart(5)}/s  p50 ${pct(sorted, 50).toFixed(1)} ms  p95 ${pct(sorted, 95).toFixed(1)} ms  p99 ${pct(sorted, 99).toFixed(1)} ms${result.failures ? `  ${result.failures} failed` : ''}  ${extra} (${load()})`,
      );
    }
    console.log(`  server memory: ${mb(idle.rss)} MiB rss idle after start`);
  } finally {
    for (const part of parts.reverse()) await part.stop();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
