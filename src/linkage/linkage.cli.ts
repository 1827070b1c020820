// `schakel link encode|match`. The command layer only parses arguments, opens files and maps
// errors to exit codes; the work happens in encode-csv.ts and link-sources.ts.
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { createClkEncoder } from './clk-encoder.js';
import { loadClkSchema, SCHAKEL_SCHEMA_PATH } from './clk-schema.js';
import { encodeCsv } from './encode-csv.js';
import { readEncodedSource, type EncodedSource } from './encoded-source.js';
import { DEFAULT_THRESHOLD, linkSources } from './link-sources.js';
import { LinkageInputError } from './linkage-error.js';
import { loadLinkageSecret } from './linkage-secret.js';
import { createProgressReporter } from './progress.js';

/** Exit code for anything the user can fix: bad input files, key, schema or arguments. */
export const EXIT_BAD_INPUT = 2;
const MAX_LINES_LISTED = 20;

interface EncodeFlags {
  schema: string;
  keyFile?: string;
  skipInvalidRows?: boolean;
}

interface MatchFlags {
  threshold: string;
}

export function registerLinkageCommands(program: Command): void {
  const link = program
    .command('link')
    .description('Koppelen zonder identificerende gegevens / privacy-preserving record linkage')
    // Usage errors are bad input too; commander would exit with 1.
    .exitOverride((error) => {
      if (error.exitCode !== 0) process.exit(EXIT_BAD_INPUT);
    });

  link
    .command('encode')
    .description('Codeer namen, geboortedata en rijksregisternummers / encode identifiers into CLKs and pseudonyms')
    .argument('<input>', 'CSV met de kolommen uit het schema (en optioneel nrn) / CSV with the schema columns (and optional nrn)')
    .option('--schema <file>', 'koppelingsschema (clkhash v3) / linkage schema', SCHAKEL_SCHEMA_PATH)
    .option('--key-file <file>', 'geheime sleutel; anders $SCHAKEL_LINK_KEY / secret key; otherwise $SCHAKEL_LINK_KEY')
    .option('--skip-invalid-rows', 'sla rijen met ongeldige waarden over / skip rows with invalid values')
    .action(async (input: string, flags: EncodeFlags) => runReportingErrors(() => encodeCommand(input, flags)));

  link
    .command('match')
    .description('Koppel gecodeerde bestanden tot vangstgeschiedenissen / link encoded files into capture histories')
    .argument('<files...>', 'twee of meer uitvoerbestanden van "link encode" / two or more outputs of "link encode"')
    .option('--threshold <dice>', 'minimale Dice-gelijkenis / minimum Dice similarity', String(DEFAULT_THRESHOLD))
    .action(async (files: string[], flags: MatchFlags) => runReportingErrors(() => matchCommand(files, flags)));
}

async function encodeCommand(input: string, flags: EncodeFlags): Promise<void> {
  const secret = loadLinkageSecret({ keyFile: flags.keyFile, environment: process.env });
  const encoder = createClkEncoder(loadClkSchema(flags.schema), secret);
  const summary = await encodeCsv({
    input: createReadStream(input),
    output: process.stdout,
    fileName: input,
    encoder,
    secret,
    skipInvalidRows: flags.skipInvalidRows === true,
    report: (message) => process.stderr.write(`${message}\n`),
  });
  const invalid = summary.invalidNationalNumberLines;
  process.stderr.write(
    `${summary.encoded} records gecodeerd / encoded` +
      (summary.skippedRows.length > 0 ? `; ${summary.skippedRows.length} rijen overgeslagen / rows skipped` : '') +
      (invalid.length > 0 ? `; ${invalid.length} ongeldige rijksregisternummers / invalid national numbers (${listLines(invalid)})` : '') +
      '\n',
  );
}

async function matchCommand(files: string[], flags: MatchFlags): Promise<void> {
  const threshold = Number(flags.threshold);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
    throw new LinkageInputError({}, '--threshold moet een getal in (0, 1] zijn', '--threshold must be a number in (0, 1]');
  }
  const sources: EncodedSource[] = [];
  for (const file of files) sources.push(await readEncodedSource(file, sources[0]?.filters.bits));
  const result = linkSources(sources, { threshold, onProgress: createProgressReporter(process.stderr) });
  process.stdout.write(result.table);
  const { possiblePairs, candidatePairs } = result.statistics;
  const avoided = possiblePairs === 0 ? 0 : (1 - candidatePairs / possiblePairs) * 100;
  process.stderr.write(
    `${candidatePairs} kandidaatparen van ${possiblePairs} vergeleken / candidate pairs of all pairs compared ` +
      `(${avoided.toFixed(3)} % vermeden door blokkering / avoided by blocking)\n`,
  );
}

function listLines(lines: readonly number[]): string {
  const shown = lines.slice(0, MAX_LINES_LISTED).join(', ');
  return lines.length > MAX_LINES_LISTED ? `${shown}, …` : shown;
}

/** Known problems become a message and exit code 2; anything else a short notice, never a stack trace. */
async function runReportingErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof LinkageInputError) {
      process.stderr.write(`${error.toUserMessage()}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    // The message of an unexpected error could quote input, so only its kind is shown.
    const kind = error instanceof Error ? error.name : typeof error;
    process.stderr.write(`interne fout / internal error (${kind}); zet SCHAKEL_DEBUG=1 voor details / set SCHAKEL_DEBUG=1 for details\n`);
    if (process.env.SCHAKEL_DEBUG === '1') process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
