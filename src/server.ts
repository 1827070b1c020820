// Starts Schakel: opens the database (PGlite by default, PostgreSQL with DATABASE_URL), migrates,
// optionally seeds demo data, starts the background jobs and listens.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { users } from './access/access.tables.js';
import { purgeDeadSessions } from './access/session.repository.js';
import { buildApp } from './app.js';
import { closeAbandonedWaits, purgeExpiredTranscripts } from './chat/chat-retention.js';
import { ConfigError, type Config } from './platform/config.js';
import { openDatabase, type Database } from './platform/db.js';
import { backfillFacts } from './monitoring/backfill.repository.js';
import { takeMonthlySnapshots } from './monitoring/snapshots.repository.js';
import { startJobRunner, type JobRunner } from './platform/jobs.js';
import { runMigrations } from './platform/migrate.js';
import { purgeRateLimits } from './platform/rate-limit.js';
import { retentionJob } from './retention/retention-daily.js';
import { resolveSecretKey } from './platform/secret-key.js';
import { isEmpty, seedDemo, type DemoLogin } from './seed/demo.seed.js';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  demoLogins: DemoLogin[] | null;
  close(): Promise<void>;
}

export async function startServer(config: Config, options: { demo?: boolean } = {}): Promise<RunningServer> {
  const secretKey = resolveSecretKey(config);
  const database = await openDatabase(config);
  try {
    await runMigrations(database);
    let demoLogins: DemoLogin[] | null = null;
    if (options.demo && (await isEmpty(database.db))) {
      demoLogins = await seedDemo(database.db);
      writeFileSync(join(config.dataDir, 'demo-logins.json'), `${JSON.stringify(demoLogins, null, 2)}\n`, { mode: 0o600 });
    }
    if (config.env === 'production') await refuseDemoAccounts(database);

    const app = await buildApp({ config, database, secretKey });
    const jobs: JobRunner | null = config.jobs ? await startJobRunner(database, config.databaseUrl) : null;
    await jobs?.every('sessions-purge', 15, () => purgeDeadSessions(database.db, config.auth.idleTimeoutMs));
    await jobs?.every('rate-limits-purge', 30, () => purgeRateLimits(database.db));
    await jobs?.every('chat-transcript-retention', 30, async () => void (await purgeExpiredTranscripts(database.db)));
    await jobs?.every('chat-abandoned-waits', 5, async () => void (await closeAbandonedWaits(database.db)));
    // Open cases, waiting list and workers per VK: the month's snapshot, retaken daily.
    await jobs?.every('monitoring-snapshots', 24 * 60, async () => void (await database.db.transaction((tx) => takeMonthlySnapshots(tx))));
    // Until every capability records its facts live, an hourly idempotent backfill picks up the rest.
    await jobs?.every('monitoring-backfill', 60, async () => void (await database.db.transaction((tx) => backfillFacts(tx))));
    // Retention: a recorded dry run, then the purge of what has outlived its period, and the
    // hand-off reasons past theirs (retention-daily.ts; the CLI runs the same). The hand-off
    // reasons had a job of their own before: its schedule is retired so it does not pile up.
    await jobs?.retire('handoff-reason-retention');
    await jobs?.every('casework-retention', 24 * 60, async () => void (await retentionJob(database.db)));
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    return {
      app,
      database,
      url,
      demoLogins,
      close: async () => {
        await app.close();
        await jobs?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function refuseDemoAccounts(database: Database): Promise<void> {
  const [demo] = await database.db.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1);
  if (demo) {
    throw new ConfigError('Refusing to start in production: demo accounts exist. Remove them (schakel user disable …) or use a fresh database.');
  }
}
