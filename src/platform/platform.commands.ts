// `schakel serve | migrate | seed`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { startServer } from '../server.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db.js';
import { runMigrations } from './migrate.js';
import { seedDemo, isEmpty } from '../seed/demo.seed.js';
import { seedScaleCommand } from '../cases/seed/scale.command.js';

export function printLogins(logins: { email: string; password: string; role: string; centre: string }[]): void {
  const byCentre = logins.filter((l) => l.centre === 'vk-antwerpen' || l.centre === 'hotline-1712');
  console.log('\nDemo logins (all centres: see the demo-logins.json file):');
  for (const l of byCentre) console.log(`  ${l.role.padEnd(11)} ${l.email.padEnd(48)} ${l.password}`);
}

export function registerPlatformCommands(program: Command): void {
  program
    .command('serve')
    .description('Run the Schakel server (PGlite in SCHAKEL_DATA_DIR, or PostgreSQL with DATABASE_URL)')
    .option('--demo', 'seed demo data when the database is empty')
    .action(async (opts: { demo?: boolean }) => {
      const config = loadConfig();
      const server = await startServer(config, { demo: opts.demo ?? false });
      const file = join(config.dataDir, 'demo-logins.json');
      const logins = server.demoLogins ?? (opts.demo && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string; role: string; centre: string }[]) : null);
      console.log(`\nSchakel is running at ${server.url}  (database: ${server.database.kind})`);
      if (logins) printLogins(logins);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('Apply database migrations and exit')
    .action(async () => {
      const database = await openDatabase(loadConfig());
      await runMigrations(database);
      await database.close();
      console.log('Migrations applied.');
    });

  program
    .command('seed')
    .description('Seed data')
    .option('--demo', 'the organisation and demo users (only into an empty database)')
    .option('--scale <n>', 'N generated case files with families and timelines, for benchmarks')
    .action(async (opts: { demo?: boolean; scale?: string }) => {
      if (opts.scale !== undefined) return seedScaleCommand(opts.scale);
      if (!opts.demo) throw new Error('Say what to seed: --demo or --scale N');
      const config = loadConfig();
      const database = await openDatabase(config);
      await runMigrations(database);
      if (!(await isEmpty(database.db))) {
        await database.close();
        console.error('The database already has data; demo data is only seeded into an empty database.');
        process.exitCode = 2;
        return;
      }
      const logins = await seedDemo(database.db);
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(join(config.dataDir, 'demo-logins.json'), `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 });
      await database.close();
      printLogins(logins);
    });
}
