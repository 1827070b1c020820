// `schakel retention run [--dry-run]`: what the daily job does, on demand, for every centre (the
// same function, retention-daily.ts). It always records a dry run first and prints its counts per
// record type (never ids or names); without --dry-run it then purges exactly what that dry run
// described and empties the hand-off reasons past their period.
import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db.js';
import { runMigrations } from '../platform/migrate.js';
import { runDailyRetention } from './retention-daily.js';
import type { RetentionReportLine } from './retention.tables.js';

function print(title: string, report: RetentionReportLine[]): void {
  console.log(title);
  for (const l of report) console.log(`  ${l.recordType.padEnd(18)} ${String(l.keepMonths).padStart(4)} months  before ${l.closedBefore}  cases ${l.cases}  records ${l.records}`);
}

export function registerRetentionCommands(program: Command): void {
  const retention = program.command('retention').description('Retention of case files and hand-off reasons / Bewaartermijnen van dossiers en redenen van overdrachten');
  retention
    .command('run')
    .description('Record a dry run and print its counts; then purge what it found, unless --dry-run')
    .option('--dry-run', 'only report what a purge would remove; change nothing')
    .action(async (options: { dryRun?: boolean }) => {
      const database = await openDatabase(loadConfig());
      try {
        await runMigrations(database);
        const run = await runDailyRetention(database.db, { source: 'cli retention', dryRunOnly: options.dryRun });
        print(`Dry run ${run.dryRun.runId} (${run.dryRun.ranAt}):`, run.dryRun.report);
        if (run.purge) print(`Purged, run ${run.purge.runId}:`, run.purge.report);
        console.log(run.purge ? `Hand-off reasons emptied: ${run.handoffReasons.emptied}` : `Hand-off reasons past their period: ${run.handoffReasons.due}`);
      } finally {
        await database.close();
      }
    });
}
