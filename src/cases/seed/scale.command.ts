// The body of `schakel seed --scale N` (registered in platform.commands.ts).
import { CliError } from '../../access/access.commands.js';
import { loadConfig } from '../../platform/config.js';
import { openDatabase } from '../../platform/db.js';
import { runMigrations } from '../../platform/migrate.js';
import { seedCaseScale } from './scale.seed.js';

export async function seedScaleCommand(value: string): Promise<void> {
  const total = Number(value);
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) throw new CliError(`--scale: give a whole number of cases from 1 to 1000000 (got "${value}").`);
  const database = await openDatabase(loadConfig());
  try {
    await runMigrations(database);
    const started = Date.now();
    const result = await seedCaseScale(database.db, total, (done) => process.stderr.write(`\r${done}/${total} cases`), { parallel: database.kind === 'postgres' ? 2 : 1 });
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write('\n');
    console.log(`Seeded ${result.cases} cases with ${result.persons} people in ${seconds.toFixed(1)} s (${Math.round(result.cases / seconds)} cases/s).`);
  } finally {
    await database.close();
  }
}
