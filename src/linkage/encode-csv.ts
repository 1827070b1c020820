// `schakel link encode`: clear-text identifiers in, encodings out. Only three things leave:
// a record number (so the holder can find the row again), the CLK and, when the file has a
// national number, its keyed pseudonym. Names, dates and numbers stay with the data holder.
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { filterToBase64 } from './bloom-filter.js';
import type { ClkEncoder } from './clk-encoder.js';
import { locateColumns, readCsvRecords } from './csv-records.js';
import { LinkageInputError } from './linkage-error.js';
import { hmacSha256Hex } from './linkage-secret.js';
import { checkNationalNumber } from './national-number.js';

export const NATIONAL_NUMBER_COLUMN = 'nrn';
export const ENCODED_COLUMNS = { id: 'id', clk: 'clk', pseudonym: 'nrn_hmac' } as const;

export interface EncodeOptions {
  input: Readable;
  output: Writable;
  /** Shown in messages; never a value from the file. */
  fileName: string;
  encoder: ClkEncoder;
  secret: Uint8Array;
  /** Skip rows whose values break the schema (and report them) instead of stopping at the first. */
  skipInvalidRows?: boolean;
  /** Called per problem row with a message that names line and column but no value. */
  report?: (message: string) => void;
}

export interface EncodeSummary {
  encoded: number;
  skippedRows: number[];
  invalidNationalNumberLines: number[];
  missingNationalNumbers: number;
}

export async function encodeCsv(options: EncodeOptions): Promise<EncodeSummary> {
  const { input, output, fileName, encoder, secret } = options;
  const report = options.report ?? (() => undefined);
  const summary: EncodeSummary = { encoded: 0, skippedRows: [], invalidNationalNumberLines: [], missingNationalNumbers: 0 };
  let columns: Map<string, number> | null = null;
  let nationalNumberIndex = -1;

  for await (const record of readCsvRecords(input, fileName)) {
    if (columns === null) {
      columns = locateColumns(record, encoder.columns, fileName);
      nationalNumberIndex = record.fields.indexOf(NATIONAL_NUMBER_COLUMN);
      const header: string[] = [ENCODED_COLUMNS.id, ENCODED_COLUMNS.clk];
      if (nationalNumberIndex !== -1) header.push(ENCODED_COLUMNS.pseudonym);
      await writeLine(output, header.join(','));
      continue;
    }
    const positions = columns;
    const outcome = encoder.encode((identifier) => record.fields[positions.get(identifier) ?? -1] ?? '');
    if (!outcome.ok) {
      const problem = new LinkageInputError({ file: fileName, line: record.line, column: outcome.identifier }, outcome.dutch, outcome.english);
      if (options.skipInvalidRows !== true) throw problem;
      summary.skippedRows.push(record.line);
      report(problem.toUserMessage());
      continue;
    }
    summary.encoded += 1;
    const row = [String(summary.encoded + summary.skippedRows.length), filterToBase64(outcome.filter)];
    if (nationalNumberIndex !== -1) row.push(pseudonymFor(record.fields[nationalNumberIndex] ?? '', record.line));
    await writeLine(output, row.join(','));
  }
  if (columns === null) throw new LinkageInputError({ file: fileName }, 'leeg bestand, geen kopregel', 'empty file, no header');
  return summary;

  function pseudonymFor(raw: string, line: number): string {
    if (raw.trim() === '') {
      summary.missingNationalNumbers += 1;
      return '';
    }
    const checked = checkNationalNumber(raw);
    if (!checked.valid) {
      // Encoding a mistyped number would give a pseudonym that matches nobody; leaving it out
      // lets the name/birth-date CLK still find the child.
      summary.invalidNationalNumberLines.push(line);
      const dutch = checked.reason === 'format' ? 'geen 11 cijfers' : 'controlegetal klopt niet';
      const english = checked.reason === 'format' ? 'not 11 digits' : 'check digits do not match';
      report(new LinkageInputError({ file: fileName, line, column: NATIONAL_NUMBER_COLUMN }, `ongeldig rijksregisternummer (${dutch}), niet gepseudonimiseerd`, `invalid national number (${english}), not pseudonymised`).toUserMessage());
      return '';
    }
    return hmacSha256Hex(secret, checked.digits);
  }
}

async function writeLine(output: Writable, line: string): Promise<void> {
  if (!output.write(`${line}\n`)) await once(output, 'drain');
}
