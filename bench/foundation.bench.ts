// Foundation figures: start-up to ready on the embedded database, /api/health throughput against a
// bare Fastify route in the same run, and sign-in latency.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timeToReady(dataDir: string, port: number): Promise<{ ms: number; stop: () => void }> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, SCHAKEL_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // the embedded database is what is measured
  const child = spawn(process.execPath, ['bin/schakel.js', 'serve', '--demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('the server exited before it was ready');
    if (performance.now() - started > 120_000) throw new Error('the server was not ready within 2 minutes');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(25);
  }
  return { ms: performance.now() - started, stop: () => child.kill('SIGTERM') };
}

async function throughput(url: string): Promise<number> {
  const result = await autocannon({ url, connections: 50, duration: 8 });
  return result.requests.average;
}

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'schakel-bench-'));
  const port = 3900 + Math.floor(Math.random() * 50);
  try {
    const first = await timeToReady(dataDir, port);
    console.log(`start to ready, fresh embedded database (create, migrate, seed demo): ${first.ms.toFixed(0)} ms`);
    const logins = JSON.parse(readFileSync(join(dataDir, 'demo-logins.json'), 'utf8')) as { email: string; password: string }[];

    const health = await throughput(`http://127.0.0.1:${port}/api/health`);
    const bare = Fastify();
    bare.get('/bare', async () => ({ status: 'ok' }));
    await bare.listen({ port: port + 100, host: '127.0.0.1' });
    const bareRps = await throughput(`http://127.0.0.1:${port + 100}/bare`);
    await bare.close();
    console.log(`GET /api/health: ${health.toFixed(0)} req/s; bare Fastify route: ${bareRps.toFixed(0)} req/s; ratio ${(health / bareRps).toFixed(2)}`);

    const latencies: number[] = [];
    for (let i = 0; i < 60; i++) {
      const login = logins[i % logins.length]!;
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: login.email, password: login.password }),
      });
      latencies.push(performance.now() - t0);
      if (!res.ok) throw new Error(`login failed: ${res.status}`);
    }
    console.log(`login (argon2id verify + session): p50 ${p(latencies, 0.5).toFixed(1)} ms, p95 ${p(latencies, 0.95).toFixed(1)} ms over ${latencies.length} sign-ins`);
    first.stop();
    await sleep(1500);

    const warm = await timeToReady(dataDir, port);
    console.log(`start to ready, existing embedded database: ${warm.ms.toFixed(0)} ms`);
    warm.stop();
    await sleep(1000);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
