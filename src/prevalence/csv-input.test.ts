import { describe, expect, it } from 'vitest';
import { InputError, parseEstimateCsv } from './csv-input.js';

function rejection(text: string): { line: number | undefined; text: string } {
  try {
    parseEstimateCsv(text);
  } catch (error) {
    if (error instanceof InputError) return { line: error.line, text: error.format('f.csv') };
    throw error;
  }
  throw new Error('expected the input to be rejected');
}

describe('capture tables', () => {
  it('reads sources in column order, finds the count column by name and sums repeated histories', () => {
    const input = parseEstimateCsv('"police","school","FREQ"\n1,0,5\n0,1,3\n1,1,2\n1,0,4\n');
    expect(input.kind).toBe('capture-table');
    if (input.kind !== 'capture-table') return;
    expect(input.table.sources).toEqual(['police', 'school']);
    expect(Array.from(input.table.counts)).toEqual([0, 9, 3, 2]);
  });

  it.each(['count', 'freq', 'frequency', 'n', 'Count', 'N'])('accepts %s as the count column, wherever it stands', (name) => {
    const input = parseEstimateCsv(`${name},a,b\n4,1,1\n`);
    expect(input.kind === 'capture-table' && input.table.counts[3]).toBe(4);
  });

  it('tolerates a byte-order mark, blank lines and spaces around values', () => {
    const input = parseEstimateCsv('\ufeffa,b,n\n\n 1 , 0 , 7 \n');
    expect(input.kind === 'capture-table' && input.table.counts[1]).toBe(7);
  });

  it('names line and column of a value that is not 0 or 1', () => {
    const { line, text } = rejection('police,school,count\n1,0,5\n1,0,5\n1,0,5\n1,0,5\n1,0,5\n0,x,3\n');
    expect(line).toBe(7);
    expect(text).toBe('f.csv:7: kolom "school": 0 of 1 verwacht, kreeg "x" (column "school": expected 0 or 1, got "x")');
  });

  it.each([
    ['a,b\n1,0\n', 1, 'missing count column'],
    ['a,b,n\n1,0,-5\n', 2, 'negative count'],
    ['a,b,n\n1,0,2.5\n', 2, 'non-negative integer'],
    ['a,b,n\n1,0,\n', 2, 'non-negative integer'],
    ['a,b,n\n1,0,5\n0,0,2\n', 3, 'all-zero history'],
    ['a,n\n1,5\n', 1, 'at least 2 source columns'],
    ['a,b,n\n1,0,5,9\n', 2, 'expected 3 fields, got 4'],
    ['a,a,n\n1,0,5\n', 1, 'appears twice'],
    ['a,b,n,count\n1,0,5,5\n', 1, 'more than one count column'],
    ['a,b,n\n"1,0,5\n', 2, 'unreadable CSV'],
  ])('rejects %j at line %s (%s)', (text, expectedLine, phrase) => {
    const { line, text: message } = rejection(text);
    expect(line).toBe(expectedLine);
    expect(message).toContain(phrase);
  });

  it('rejects files that observed nobody and empty files', () => {
    expect(rejection('a,b,n\n1,0,0\n').text).toContain('nobody observed');
    expect(rejection('').text).toContain('empty');
  });

  it('limits the number of sources to 9 and explains why', () => {
    const header = Array.from({ length: 10 }, (_, i) => `s${i}`).join(',');
    expect(rejection(`${header},n\n1,0,0,0,0,0,0,0,0,0,3\n`).text).toContain('ambiguous');
  });
});

describe('repeat-contact tables', () => {
  it('reads nbcap,freq into frequencies f1..fK, filling gaps with zeros', () => {
    const input = parseEstimateCsv('nbcap,freq\n1,100\n3,4\n');
    expect(input.kind === 'repeat-contacts' && input.table.frequencies).toEqual([100, 0, 4]);
  });

  it('reads extra columns as categorical covariates', () => {
    const input = parseEstimateCsv('nbcap,sex,n\n1,f,10\n2,m,3\n1,m,4\n');
    if (input.kind !== 'repeat-contacts') throw new Error('expected repeat contacts');
    expect(input.table.frequencies).toEqual([14, 3]);
    expect(input.covariates.names).toEqual(['sex']);
    expect(input.covariates.rows).toEqual([
      { contacts: 1, count: 10, covariates: ['f'] },
      { contacts: 2, count: 3, covariates: ['m'] },
      { contacts: 1, count: 4, covariates: ['m'] },
    ]);
  });

  it('rejects zero or absurd numbers of contacts and empty covariate values', () => {
    expect(rejection('nbcap,freq\n0,5\n').text).toContain('f.csv:2');
    expect(rejection('nbcap,freq\n1000,5\n').text).toContain('from 1 to 100');
    expect(rejection('nbcap,sex,freq\n1,,5\n').text).toContain('column "sex": empty value');
  });
});
