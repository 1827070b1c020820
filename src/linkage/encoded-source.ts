// Reading the output of `link encode` back for matching. Every cell is checked: a truncated
// base64 string or a filter of another length (another schema) would otherwise just score low
// and silently turn a known child into an "unseen" one.
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { FilterStore, filterFromBase64 } from './bloom-filter.js';
import { locateColumns, readCsvRecords } from './csv-records.js';
import { ENCODED_COLUMNS } from './encode-csv.js';
import { LinkageInputError } from './linkage-error.js';

export interface EncodedSource {
  /** Column name in the capture-history table: the file's base name without extension. */
  name: string;
  filters: FilterStore;
  /** HMAC pseudonym per record, or null when the record had no (valid) national number. */
  pseudonyms: Array<string | null>;
}

const PSEUDONYM = /^[0-9a-f]{64}$/;

export function sourceNameOf(path: string): string {
  return basename(path, extname(path));
}

export async function readEncodedSource(path: string, expectedBits?: number): Promise<EncodedSource> {
  return parseEncodedSource(createReadStream(path), path, expectedBits);
}

export async function parseEncodedSource(input: Readable, file: string, expectedBits?: number): Promise<EncodedSource> {
  const filters: Uint8Array[] = [];
  const pseudonyms: Array<string | null> = [];
  let clkIndex = -1;
  let pseudonymIndex = -1;
  let bytes = expectedBits === undefined ? -1 : expectedBits / 8;

  for await (const record of readCsvRecords(input, file)) {
    if (clkIndex === -1) {
      clkIndex = locateColumns(record, [ENCODED_COLUMNS.clk], file).get(ENCODED_COLUMNS.clk) ?? -1;
      pseudonymIndex = record.fields.indexOf(ENCODED_COLUMNS.pseudonym);
      continue;
    }
    const where = { file, line: record.line, column: ENCODED_COLUMNS.clk };
    const filter = filterFromBase64(record.fields[clkIndex] ?? '');
    if (filter === null || filter.length === 0) throw new LinkageInputError(where, 'ongeldige base64', 'invalid base64');
    if (bytes === -1) bytes = filter.length;
    if (filter.length !== bytes) {
      throw new LinkageInputError(
        where,
        `filter van ${filter.length * 8} bits, verwacht ${bytes * 8} (ander schema?)`,
        `filter of ${filter.length * 8} bits, expected ${bytes * 8} (another schema?)`,
      );
    }
    filters.push(filter);
    pseudonyms.push(pseudonymIndex === -1 ? null : checkedPseudonym(record.fields[pseudonymIndex] ?? '', file, record.line));
  }
  if (clkIndex === -1) throw new LinkageInputError({ file }, 'leeg bestand, geen kopregel', 'empty file, no header');

  const store = new FilterStore(Math.max(bytes, 0) * 8, filters.length);
  for (const filter of filters) store.add(filter);
  return { name: sourceNameOf(file), filters: store, pseudonyms };
}

function checkedPseudonym(cell: string, file: string, line: number): string | null {
  if (cell === '') return null;
  if (!PSEUDONYM.test(cell)) {
    throw new LinkageInputError(
      { file, line, column: ENCODED_COLUMNS.pseudonym },
      'pseudoniem is geen 64 hexadecimale tekens',
      'pseudonym is not 64 hexadecimal characters',
    );
  }
  return cell;
}
