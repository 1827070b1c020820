// Background jobs (retention, reminders, reports). On PostgreSQL they go through pg-boss, so with
// several processes each job runs once; on the embedded database a timer in this process runs them.
import PgBoss from 'pg-boss';
import type { Database } from './db.js';

export type JobHandler = () => Promise<void>;

export interface JobRunner {
  /** Runs `handler` every `everyMinutes` minutes: 1–59, a whole number of hours, or 1440 (daily). */
  every(name: string, everyMinutes: number, handler: JobHandler): Promise<void>;
  /** Forgets the schedule of a job that no longer exists (merged into another), so it stops firing. */
  retire(name: string): Promise<void>;
  stop(): Promise<void>;
}

class InProcessRunner implements JobRunner {
  private timers: NodeJS.Timeout[] = [];
  private running = new Set<string>();

  async every(name: string, everyMinutes: number, handler: JobHandler): Promise<void> {
    cronEvery(everyMinutes); // same intervals as on PostgreSQL
    const timer = setInterval(() => {
      if (this.running.has(name)) return; // never overlap a slow run with the next one
      this.running.add(name);
      handler()
        .catch(() => undefined)
        .finally(() => this.running.delete(name));
    }, everyMinutes * 60_000);
    timer.unref();
    this.timers.push(timer);
  }

  async retire(): Promise<void> {
    // Timers live only as long as the process: there is no stored schedule to forget.
  }

  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    this.timers = [];
  }
}

/** The cron schedule for "every N minutes"; daily jobs run at 03:00, when nobody is working. */
export function cronEvery(minutes: number): string {
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60) return `*/${minutes} * * * *`;
  if (minutes === 24 * 60) return '0 3 * * *';
  if (minutes % 60 === 0 && minutes / 60 >= 1 && minutes / 60 < 24) return `0 */${minutes / 60} * * *`;
  throw new Error(`Unsupported job interval: ${minutes} minutes`);
}

class PgBossRunner implements JobRunner {
  constructor(private readonly boss: PgBoss) {}

  async every(name: string, everyMinutes: number, handler: JobHandler): Promise<void> {
    await this.boss.createQueue(name);
    await this.boss.schedule(name, cronEvery(everyMinutes));
    await this.boss.work(name, async () => handler());
  }

  async retire(name: string): Promise<void> {
    await this.boss.unschedule(name);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

export async function startJobRunner(database: Database, connectionString?: string): Promise<JobRunner> {
  if (database.kind === 'postgres' && connectionString) {
    const boss = new PgBoss({ connectionString, schema: 'pgboss' });
    boss.on('error', () => undefined);
    await boss.start();
    return new PgBossRunner(boss);
  }
  return new InProcessRunner();
}
