// CSV reading shared by `link encode` and `link match`: records with their line numbers, and
// parser failures turned into located messages. csv-parse's own messages can quote a stretch
// of the offending input, which here is personal data, so they are never passed through.
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { LinkageInputError } from './linkage-error.js';

export interface CsvRecord {
  fields: string[];
  /** The line on which the record ends (1-based; the header is line 1). */
  line: number;
}

interface ParsedRow {
  record: string[];
  info: { lines: number };
}

export async function* readCsvRecords(input: Readable, file: string): AsyncGenerator<CsvRecord> {
  const parser = input.pipe(parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true }));
  let expectedColumns: number | null = null;
  try {
    for await (const row of parser as AsyncIterable<ParsedRow>) {
      const fields = row.record;
      const line = row.info.lines;
      expectedColumns ??= fields.length;
      if (fields.length !== expectedColumns) {
        throw new LinkageInputError(
          { file, line },
          `${fields.length} kolommen in plaats van ${expectedColumns}`,
          `${fields.length} columns instead of ${expectedColumns}`,
        );
      }
      yield { fields, line };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : undefined;
      throw new LinkageInputError({ file, line }, `ongeldige CSV (${error.code})`, `malformed CSV (${error.code})`);
    }
    if (isSystemError(error)) throw new LinkageInputError({ file }, 'bestand onleesbaar', 'file unreadable');
    throw error;
  } finally {
    input.destroy();
  }
}

/** Index of each wanted column in the header; a missing one is reported by name. */
export function locateColumns(header: CsvRecord, wanted: readonly string[], file: string): Map<string, number> {
  const positions = new Map<string, number>();
  for (const name of wanted) {
    const index = header.fields.indexOf(name);
    if (index === -1) {
      throw new LinkageInputError({ file, line: header.line, column: name }, 'kolom ontbreekt', 'column missing');
    }
    positions.set(name, index);
  }
  return positions;
}

function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && !(error instanceof CsvError);
}
