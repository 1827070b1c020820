// The case-load benchmark's client process: USERS signed-in workers at once, each with its own
// session, then the same questions as bare SQL from a pool of as many connections. Two ways:
// - "at work": each worker asks at random moments, THINK seconds apart on average (a Poisson
//   timeline per worker), and latency counts from the moment the question was due, so a slow
//   answer that delays the next question is counted against the server (no coordinated omission);
// - "no pause": a closed loop, a new request as soon as the last answer came — the saturation
//   throughput, where latency is mostly queueing behind the other 49.
// Apart from the server's process, so the clients' CPU and memory are not counted as the server's.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { commands, reply } from '../support/processes.js';
import { INDEX_FIRST_OPTIONS } from '../../src/platform/db.js';
import { bareCaseFile, bareSearch, phasesOf, type Load, type Phase, type PhaseResult, type Worker } from './workload.js';

function get(agent: Agent, port: number, path: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: cookie ? { cookie } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** `users` loops at once for `seconds` (after a warm-up), each taking its next task in turn. */
async function closedLoop(users: number, warmupSeconds: number, seconds: number, task: (user: number, i: number) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const warmEnd = performance.now() + warmupSeconds * 1000;
  const end = warmEnd + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let i = 0; performance.now() < end; i++) {
        const started = performance.now();
        await task(user, i);
        if (started >= warmEnd) latencies.push(performance.now() - started);
      }
    }),
  );
  return { latencies, seconds };
}

/**
 * `users` workers for `seconds` (after a warm-up), each asking at exponentially spaced moments
 * (mean `thinkSeconds`); a question waits for the worker's previous answer, and its latency runs
 * from when it was due.
 */
async function atWork(users: number, warmupSeconds: number, seconds: number, thinkSeconds: number, task: (user: number, i: number) => Promise<void>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const start = performance.now();
  const warmEnd = start + warmupSeconds * 1000;
  const end = warmEnd + seconds * 1000;
  const pause = () => -Math.log(1 - Math.random()) * thinkSeconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      let due = start + pause();
      for (let i = 0; due < end; i++) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await task(user, i);
        if (due >= warmEnd) latencies.push(performance.now() - due);
        due += pause();
      }
    }),
  );
  return { latencies, seconds };
}

async function main(load: Load): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.users });
  const floorAgent = new Agent({ keepAlive: true, maxSockets: load.users });
  // The same planner settings the application's name search uses.
  const pool = new pg.Pool({ connectionString: load.databaseUrl, max: load.users, options: INDEX_FIRST_OPTIONS });
  const workers: Worker[] = load.workers;
  const at = (user: number) => workers[user % workers.length]!;
  const pick = <T>(items: T[], i: number, user: number) => items[(i * 7 + user * 13) % items.length]!;
  let failures = 0;
  const http = (user: number, path: string) =>
    get(agent, load.port, path, `schakel_session=${at(user).session}`).then((status) => {
      if (status !== 200) failures += 1;
    });

  const floor = (path: string) =>
    get(floorAgent, load.floorPort, path).then((status) => {
      if (status !== 200) failures += 1;
    });

  const tasks: Record<Phase['task'], (user: number, i: number) => Promise<void>> = {
    'case file, HTTP': (user, i) => http(user, `/api/cases/${pick(at(user).caseIds, i, user)}`),
    'case file, HTTP floor': (user, i) => floor(`/case/${pick(at(user).caseIds, i, user)}`),
    'name search, HTTP floor': (user, i) => floor(`/search?user=${user}&name=${encodeURIComponent(pick(at(user).names, i, user).toLowerCase())}`),
    'case file, bare SQL': (user, i) => pool.query(bareCaseFile, [pick(at(user).caseIds, i, user)]).then(() => undefined),
    'name search, HTTP': (user, i) => http(user, `/api/cases/search?q=${encodeURIComponent(pick(at(user).names, i, user))}`),
    'name search, bare SQL': (user, i) => {
      const w = at(user);
      return pool.query(bareSearch(pick(w.names, i, user), w)).then(() => undefined);
    },
  };
  await new Promise<void>((resolve) => commands(() => resolve()));
  for (const phase of phasesOf(load)) {
    failures = 0;
    reply({ phase: phase.name });
    const task = tasks[phase.task];
    const { latencies, seconds } = phase.paced
      ? await atWork(load.users, load.warmupSeconds, load.seconds, load.thinkSeconds, task)
      : await closedLoop(load.users, load.warmupSeconds, load.seconds, task);
    reply({ name: phase.name, latencies, seconds, failures } satisfies PhaseResult);
  }
  agent.destroy();
  floorAgent.destroy();
  await pool.end();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(JSON.parse(readFileSync(process.env.CASELOAD_PLAN!, 'utf8')) as Load);
  process.exit(0);
}
