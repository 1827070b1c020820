// `schakel report --year 2026 --out report.pdf [--lang en]`, `schakel monitoring backfill|snapshot`
// and `schakel monitoring population <file> [--install]`.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db.js';
import { runMigrations } from '../platform/migrate.js';
import { backfillFacts } from './backfill.repository.js';
import { buildReport } from './report.service.js';
import { parsePopulationCsv, PopulationFileError, POPULATION_PATH } from './population.js';
import { takeMonthlySnapshots } from './snapshots.repository.js';

class CliError extends Error {}

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    await runMigrations(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

export function registerMonitoringCommands(program: Command): void {
  program
    .command('report')
    .description('Publishable monitoring report (PDF) for one year / Publiceerbaar monitoringrapport (PDF) voor één jaar')
    .requiredOption('--year <year>', 'calendar year, e.g. 2026')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--lang <lang>', 'nl (default) or en', 'nl')
    .action(async (options: { year: string; out: string; lang: string }) => {
      const year = Number(options.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliError(`--year: "${options.year}" is geen jaar (not a year)`);
      if (options.lang !== 'nl' && options.lang !== 'en') throw new CliError(`--lang: "${options.lang}" moet nl of en zijn (must be nl or en)`);
      const started = Date.now();
      const progress = (step: string): void => void process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${step}\n`);
      progress('database: open and migrate');
      const pdf = await withDatabase((database) => buildReport(database.db, { year, locale: options.lang === 'en' ? 'en' : 'nl-BE' }, progress));
      writeFileSync(options.out, pdf);
      progress(`${options.out}: ${Math.round(pdf.length / 1024)} KiB`);
    });

  const monitoring = program.command('monitoring').description('Statistics layer maintenance / Onderhoud van de statistieklaag');
  monitoring
    .command('backfill')
    .description('Derive anonymous facts from existing operational data (idempotent)')
    .action(async () => {
      const result = await withDatabase((database) => database.db.transaction((tx) => backfillFacts(tx)));
      for (const [kind, added] of Object.entries(result.added)) process.stdout.write(`${kind}: ${added}\n`);
      for (const skipped of result.skipped) process.stderr.write(`skipped ${skipped}: table missing\n`);
    });
  monitoring
    .command('snapshot')
    .description("Take this month's snapshot of open cases, waiting list and workers")
    .action(async () => {
      const centres = await withDatabase((database) => database.db.transaction((tx) => takeMonthlySnapshots(tx)));
      process.stdout.write(`snapshots for ${centres} centres\n`);
    });
  monitoring
    .command('population')
    .description('Check a population file (year,region,age_band,population); --install makes it the denominators (restart the server after)')
    .argument('<file>', 'CSV file, e.g. Statbel figures aggregated to the age bands 0-2, 3-5, 6-11, 12-17')
    .option('--install', `copy the checked file to ${POPULATION_PATH}`)
    .action((file: string, options: { install?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new CliError(`${file}: kan niet gelezen worden (cannot be read)`);
      }
      let table;
      try {
        table = parsePopulationCsv(text);
      } catch (error) {
        if (error instanceof PopulationFileError) throw new CliError(`${file}: ${error.message}`);
        throw error;
      }
      for (const year of table.years()) process.stdout.write(`${year}: ${table.population(year, 'VL', ['0-2', '3-5', '6-11', '12-17'])?.toLocaleString('en')} residents aged 0-17\n`);
      if (!options.install) return;
      const temporary = `${POPULATION_PATH}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, POPULATION_PATH);
      process.stdout.write(`installed as ${POPULATION_PATH}\n`);
    });
}

export { CliError };
