// Reads the CSV that `schakel estimate` accepts and rejects anything else with a message that
// names the line and column, so a person can fix the file:
//   • a capture table: one 0/1 column per source plus a count column (count, freq, frequency or n);
//   • a repeat-contact table: `nbcap,freq` (people seen k times), optionally with categorical
//     covariate columns between or after them, which enables zero-truncated Poisson regression.
import { CsvError, parse } from 'csv-parse/sync';
import { type CaptureTable, captureTableFrom, type FrequencyTable, MAX_SOURCES } from './capture-table.js';
import type { CovariateRow } from './ztp-regression.js';

export type EstimateInput =
  | { readonly kind: 'capture-table'; readonly table: CaptureTable }
  | {
      readonly kind: 'repeat-contacts';
      readonly table: FrequencyTable;
      readonly covariates: { readonly names: readonly string[]; readonly rows: readonly CovariateRow[] };
    };

/** A rejected input: `line` is 1-based (undefined for problems of the file as a whole). */
export class InputError extends Error {
  constructor(
    readonly line: number | undefined,
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'InputError';
  }

  /** `FILE:LINE: Dutch (English)`, the form editors and scripts recognise. */
  format(fileLabel: string): string {
    const where = this.line === undefined ? fileLabel : `${fileLabel}:${this.line}`;
    return `${where}: ${this.messageNl} (${this.messageEn})`;
  }
}

const COUNT_COLUMN = /^(count|freq|frequency|n)$/i;
/** Contacts per person beyond this are refused: the Chao design grows with the largest count. */
export const MAX_CONTACTS = 100;

interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

function readRecords(text: string): CsvRecord[] {
  try {
    // With `info: true` csv-parse returns { record, info } objects; its typings do not say so.
    const parsed = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    return parsed.map((entry) => ({ fields: entry.record, line: entry.info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new InputError(line, `onleesbare CSV: ${error.message}`, `unreadable CSV: ${error.message}`);
    }
    throw error;
  }
}

function nonNegativeInteger(value: string, column: string, line: number): number {
  if (/^-\d+$/.test(value)) {
    throw new InputError(line, `kolom "${column}": negatief aantal "${value}"`, `column "${column}": negative count "${value}"`);
  }
  const number = /^\+?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number)) {
    throw new InputError(
      line,
      `kolom "${column}": geheel getal ≥ 0 verwacht, kreeg "${value}"`,
      `column "${column}": expected a non-negative integer, got "${value}"`,
    );
  }
  return number;
}

export function parseEstimateCsv(text: string): EstimateInput {
  const records = readRecords(text);
  const header = records[0];
  if (!header) throw new InputError(undefined, 'het bestand is leeg', 'the file is empty');
  const names = header.fields;
  names.forEach((name, index) => {
    if (name === '') throw new InputError(header.line, `kolom ${index + 1} heeft geen naam`, `column ${index + 1} has no name`);
    if (names.indexOf(name) !== index) throw new InputError(header.line, `kolom "${name}" komt twee keer voor`, `column "${name}" appears twice`);
  });
  const countColumns = names.filter((name) => COUNT_COLUMN.test(name));
  if (countColumns.length === 0) {
    throw new InputError(
      header.line,
      'geen telkolom: voeg een kolom count, freq, frequency of n toe',
      'missing count column: add a column named count, freq, frequency or n',
    );
  }
  if (countColumns.length > 1) {
    throw new InputError(header.line, `meer dan één telkolom (${countColumns.join(', ')})`, `more than one count column (${countColumns.join(', ')})`);
  }
  const countIndex = names.indexOf(countColumns[0] ?? '');
  const rows = records.slice(1);
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      throw new InputError(
        row.line,
        `${names.length} velden verwacht, kreeg ${row.fields.length}`,
        `expected ${names.length} fields, got ${row.fields.length}`,
      );
    }
  }
  const contactIndex = names.findIndex((name) => name.toLowerCase() === 'nbcap');
  if (contactIndex >= 0) return repeatContacts(names, rows, contactIndex, countIndex);
  return captureTable(names, rows, countIndex);
}

function captureTable(names: readonly string[], rows: readonly CsvRecord[], countIndex: number): EstimateInput {
  const sourceIndices = names.map((_, index) => index).filter((index) => index !== countIndex);
  const sources = sourceIndices.map((index) => names[index] ?? '');
  if (sources.length < 2) {
    throw new InputError(1, `minstens 2 bronkolommen nodig, kreeg ${sources.length}`, `at least 2 source columns needed, got ${sources.length}`);
  }
  if (sources.length > MAX_SOURCES) {
    throw new InputError(
      1,
      `hoogstens ${MAX_SOURCES} bronnen (${sources.length} gegeven): vanaf 10 zijn modelnamen als [12,3] dubbelzinnig`,
      `at most ${MAX_SOURCES} sources (${sources.length} given): from 10 on, model names such as [12,3] are ambiguous`,
    );
  }
  const histories = rows.map((row) => {
    let history = 0;
    sourceIndices.forEach((columnIndex, sourceIndex) => {
      const value = row.fields[columnIndex] ?? '';
      if (value === '1') history |= 1 << sourceIndex;
      else if (value !== '0') {
        const column = names[columnIndex] ?? '';
        throw new InputError(row.line, `kolom "${column}": 0 of 1 verwacht, kreeg "${value}"`, `column "${column}": expected 0 or 1, got "${value}"`);
      }
    });
    const count = nonNegativeInteger(row.fields[countIndex] ?? '', names[countIndex] ?? '', row.line);
    if (history === 0) {
      throw new InputError(
        row.line,
        'rij met alleen nullen: wie door geen enkele bron gezien is, kan niet geteld zijn',
        'all-zero history: people seen by no source cannot have been counted',
      );
    }
    return { history, count };
  });
  const table = captureTableFrom(sources, histories);
  if (histories.reduce((sum, row) => sum + row.count, 0) === 0) {
    throw new InputError(undefined, 'niemand geobserveerd (alle aantallen zijn 0)', 'nobody observed (all counts are 0)');
  }
  return { kind: 'capture-table', table };
}

function repeatContacts(names: readonly string[], rows: readonly CsvRecord[], contactIndex: number, countIndex: number): EstimateInput {
  const covariateIndices = names.map((_, index) => index).filter((index) => index !== contactIndex && index !== countIndex);
  const frequencies: number[] = [];
  const covariateRows: CovariateRow[] = [];
  for (const row of rows) {
    const contacts = nonNegativeInteger(row.fields[contactIndex] ?? '', names[contactIndex] ?? 'nbcap', row.line);
    const column = names[contactIndex] ?? 'nbcap';
    if (contacts < 1 || contacts > MAX_CONTACTS) {
      throw new InputError(
        row.line,
        `kolom "${column}": aantal contacten tussen 1 en ${MAX_CONTACTS} verwacht, kreeg ${contacts}`,
        `column "${column}": expected a number of contacts from 1 to ${MAX_CONTACTS}, got ${contacts}`,
      );
    }
    const count = nonNegativeInteger(row.fields[countIndex] ?? '', names[countIndex] ?? '', row.line);
    while (frequencies.length < contacts) frequencies.push(0);
    frequencies[contacts - 1] = (frequencies[contacts - 1] ?? 0) + count;
    const covariates = covariateIndices.map((index) => row.fields[index] ?? '');
    covariates.forEach((value, c) => {
      if (value === '') {
        const name = names[covariateIndices[c] ?? 0] ?? '';
        throw new InputError(row.line, `kolom "${name}": lege waarde`, `column "${name}": empty value`);
      }
    });
    if (count > 0) covariateRows.push({ contacts, count, covariates });
  }
  while (frequencies.length > 0 && frequencies[frequencies.length - 1] === 0) frequencies.pop();
  if (frequencies.length === 0) throw new InputError(undefined, 'niemand geobserveerd (alle aantallen zijn 0)', 'nobody observed (all counts are 0)');
  return {
    kind: 'repeat-contacts',
    table: { frequencies },
    covariates: { names: covariateIndices.map((index) => names[index] ?? ''), rows: covariateRows },
  };
}
