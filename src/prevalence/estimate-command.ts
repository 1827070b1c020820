// `schakel estimate FILE.csv [--model SPEC] [--format json|table] [--publish]`
//
// Other tools script against this contract, so it is kept exactly: one JSON object on stdout with
// --format json; exit code 2 and a one-line message naming file, line and column on stderr for
// bad input or bad usage (commander's own errors included); never a stack trace.
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { MAX_SOURCES } from './capture-table.js';
import { InputError, parseEstimateCsv } from './csv-input.js';
import { estimateCaptureTable, estimateRepeatContacts, type EstimateResult, type FrequencyModelName } from './estimate.js';
import { formatPublishableTable, formatResultTable } from './format-table.js';
import { parseModelName } from './model-spec.js';
import { toPublishable } from './publish.js';

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<string>;
}

export const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
};

/** Exit codes of the contract. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

interface EstimateOptions {
  readonly model?: string;
  readonly format: 'json' | 'table';
  readonly publish?: boolean;
}

function defineEstimateCommand(command: Command, io: CommandIo): Command {
  return command
    .description('Schat de populatiegrootte met capture–recapture (estimate population size by capture–recapture)')
    .argument('<file>', 'CSV: één 0/1-kolom per bron + count/freq/frequency/n, of nbcap,freq (one 0/1 column per source + a count column, or nbcap,freq)')
    .addOption(new Option('--model <spec>', 'één model, bv. "[12,3,4]", Mt, M0, "Mh Chao (LB)" (fit one model only)'))
    .addOption(new Option('--format <format>', 'uitvoer (output)').choices(['json', 'table']).default('table'))
    .option('--publish', 'publiceerbare tabellen met onderdrukking en afronding (publishable tables: suppression, rounding)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(zie/see: schakel estimate --help)');
}

/** JSON has no NaN or Infinity: undefined quantities are printed as null. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

class UsageError extends Error {}

function runModels(input: ReturnType<typeof parseEstimateCsv>, modelName: string | undefined): EstimateResult {
  if (input.kind === 'repeat-contacts') {
    let model: FrequencyModelName | undefined;
    if (modelName !== undefined) {
      const parsed = parseModelName(modelName, 1);
      if ('spec' in parsed && (parsed.spec.kind === 'M0' || parsed.spec.kind === 'Mh Chao (LB)')) model = parsed.spec.kind;
      else throw new UsageError(`model "${modelName}" past niet bij één register; kies M0 of "Mh Chao (LB)" (does not fit a single register; choose M0 or "Mh Chao (LB)")`);
    }
    return estimateRepeatContacts(input.table, { ...(model ? { model } : {}), covariates: input.covariates });
  }
  const t = input.table.sources.length;
  if (modelName === undefined) return estimateCaptureTable(input.table);
  const parsed = parseModelName(modelName, t);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const spec = parsed.spec;
  const needsThree = (spec.kind === 'hierarchical' && spec.pairs.length > 0) || spec.kind === 'Mh Chao (LB)' || spec.kind === 'Mth Chao (LB)';
  if (needsThree && t < 3) {
    throw new UsageError(`model "${modelName}" vraagt minstens 3 bronnen, het bestand heeft er ${t} (needs at least 3 sources, the file has ${t})`);
  }
  return estimateCaptureTable(input.table, { model: spec });
}

/** Runs the command on already-parsed options; returns the exit code. */
export async function executeEstimate(file: string, options: EstimateOptions, io: CommandIo): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    io.stderr(`${file}: kan het bestand niet lezen (cannot read the file: ${code})\n`);
    return EXIT_USAGE;
  }
  try {
    const result = runModels(parseEstimateCsv(text), options.model);
    if (options.publish) {
      const publishable = toPublishable(result);
      io.stdout(options.format === 'json' ? toJson(publishable) : formatPublishableTable(publishable, file));
    } else {
      io.stdout(options.format === 'json' ? toJson(result) : formatResultTable(result, file));
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${error.format(file)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`${file}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // A defect of ours, not of the input: say so plainly, still without a stack trace.
    io.stderr(`${file}: interne fout (internal error): ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

/** The testable core: `args` are what follows `estimate` on the command line. */
export async function runEstimate(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  let exitCode = EXIT_OK;
  const command = defineEstimateCommand(new Command('estimate'), io)
    .exitOverride()
    .action(async (file: string, options: EstimateOptions) => {
      exitCode = await executeEstimate(file, options, io);
    });
  try {
    await command.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    io.stderr(`interne fout (internal error): ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INTERNAL;
  }
  return exitCode;
}

/** Adds `estimate` to the `schakel` program. */
export function registerEstimateCommand(program: Command, io: CommandIo = processIo): void {
  defineEstimateCommand(program.command('estimate'), io)
    .addHelpText('after', `\nBronnen: 2 tot ${MAX_SOURCES} (sources: 2 to ${MAX_SOURCES}). Fouten in de invoer: exitcode 2 (bad input: exit code 2).`)
    .exitOverride((error) => {
      // Commander exits with 1 on usage errors; the contract says 2.
      process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE);
    })
    .action(async (file: string, options: EstimateOptions) => {
      // A closed pipe (`… | head`) is not an error worth a stack trace.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(EXIT_OK);
      });
      process.exitCode = await executeEstimate(file, options, io);
    });
}
