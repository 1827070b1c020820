// `schakel retention run [--dry-run]`: what the daily job does, on demand. It always records a
// dry run first and prints its counts per record type (never ids or names); without --dry-run
// it then purges exactly what that dry run described.
import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { systemCtx } from '../platform/context.js';
import { openDatabase } from '../platform/db.js';
import { runMigrations } from '../platform/migrate.js';
import { dryRun, purge } from './retention.service.js';
import type { RetentionReportLine } from './retention.tables.js';

function print(title: string, report: RetentionReportLine[]): void {
  console.log(title);
  for (const l of report) console.log(`  ${l.recordType.padEnd(18)} ${String(l.keepMonths).padStart(4)} months  before ${l.closedBefore}  cases ${l.cases}  records ${l.records}`);
}

export function registerRetentionCommands(program: Command): void {
  const retention = program.command('retention').description('Retention of case files / Bewaartermijnen van dossiers');
  retention
    .command('run')
    .description('Record a dry run and print its counts; then purge what it found, unless --dry-run')
    .option('--dry-run', 'only report what a purge would remove; change nothing')
    .action(async (options: { dryRun?: boolean }) => {
      const database = await openDatabase(loadConfig());
      try {
        await runMigrations(database);
        const ctx = systemCtx(database.db, 'cli retention');
        const dry = await dryRun(ctx);
        print(`Dry run ${dry.runId} (${dry.ranAt}):`, dry.report);
        if (options.dryRun) return;
        const done = await purge(ctx, dry.runId);
        print(`Purged, run ${done.runId}:`, done.report);
      } finally {
        await database.close();
      }
    });
}
