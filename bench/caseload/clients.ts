// The case-load benchmark's client process: USERS signed-in workers at once, each with its own
// session, asking the server without pause (a closed loop: a new request as soon as the last
// answer came), then the same questions as bare SQL from a pool of as many connections. Apart
// from the server's process, so the clients' CPU and memory are not counted as the server's.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { commands, reply } from '../support/processes.js';
import { bareCaseFile, bareSearch, type Load, type PhaseResult, type Worker } from './workload.js';

function get(agent: Agent, port: number, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { cookie } }, (res) => {
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

async function main(load: Load): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.users });
  // The same planner hint and similarity threshold the application's name search sets.
  const pool = new pg.Pool({ connectionString: load.databaseUrl, max: load.users, options: '-c enable_seqscan=off -c pg_trgm.similarity_threshold=0.5' });
  const workers: Worker[] = load.workers;
  const at = (user: number) => workers[user % workers.length]!;
  const pick = <T>(items: T[], i: number, user: number) => items[(i * 7 + user * 13) % items.length]!;
  let failures = 0;
  const http = (user: number, path: string) =>
    get(agent, load.port, path, `schakel_session=${at(user).session}`).then((status) => {
      if (status !== 200) failures += 1;
    });

  const phases: Record<string, (user: number, i: number) => Promise<void>> = {
    'case file, HTTP': (user, i) => http(user, `/api/cases/${pick(at(user).caseIds, i, user)}`),
    'case file, bare SQL': (user, i) => pool.query(bareCaseFile, [pick(at(user).caseIds, i, user)]).then(() => undefined),
    'name search, HTTP': (user, i) => http(user, `/api/cases/search?q=${encodeURIComponent(pick(at(user).names, i, user))}`),
    'name search, bare SQL': (user, i) => {
      const w = at(user);
      return pool.query(bareSearch, [pick(w.names, i, user).toLowerCase(), w.centreId, w.userId, w.leadsTeams]).then(() => undefined);
    },
  };
  await new Promise<void>((resolve) => commands(() => resolve()));
  for (const [name, task] of Object.entries(phases)) {
    failures = 0;
    reply({ phase: name });
    const { latencies, seconds } = await closedLoop(load.users, load.warmupSeconds, load.seconds, task);
    reply({ name, latencies, seconds, failures } satisfies PhaseResult);
  }
  agent.destroy();
  await pool.end();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(JSON.parse(readFileSync(process.env.CASELOAD_PLAN!, 'utf8')) as Load);
  process.exit(0);
}
