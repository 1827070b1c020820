import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { filterFromBase64 } from './bloom-filter.js';
import { createClkEncoder } from './clk-encoder.js';
import { loadClkSchema, SCHAKEL_SCHEMA_PATH } from './clk-schema.js';
import { encodeCsv } from './encode-csv.js';
import { LinkageInputError } from './linkage-error.js';
import { hmacSha256Hex } from './linkage-secret.js';

const SECRET = Buffer.from('test-secret-of-sufficient-length');
const encoder = createClkEncoder(loadClkSchema(SCHAKEL_SCHEMA_PATH), SECRET);

async function encode(csv: string, skipInvalidRows = false): Promise<{ output: string; reports: string[]; summary: Awaited<ReturnType<typeof encodeCsv>> }> {
  let output = '';
  const reports: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const summary = await encodeCsv({ input: Readable.from([csv]), output: sink, fileName: 'vk.csv', encoder, secret: SECRET, skipInvalidRows, report: (m) => reports.push(m) });
  return { output, reports, summary };
}

async function failure(csv: string): Promise<LinkageInputError> {
  try {
    await encode(csv);
  } catch (error) {
    if (error instanceof LinkageInputError) return error;
    throw error;
  }
  throw new Error('expected a LinkageInputError');
}

describe('link encode core', () => {
  it('writes id, CLK and pseudonym, and nothing in clear text', async () => {
    const { output, summary } = await encode('name,birth_date,sex,nrn\n"Peeters, Emma",2015-03-04,F,15030412325\nNoah Janssens,2012-11-30,M,\n');
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe('id,clk,nrn_hmac');
    expect(lines).toHaveLength(3);
    const [id, clk, pseudonym] = lines[1]!.split(',');
    expect(id).toBe('1');
    expect(filterFromBase64(clk!)).toHaveLength(256);
    expect(pseudonym).toBe(hmacSha256Hex(SECRET, '15030412325'));
    expect(lines[2]).toMatch(/^2,[A-Za-z0-9+/=]+,$/);
    expect(output).not.toMatch(/Peeters|Emma|Janssens|2015|150304/);
    expect(summary).toMatchObject({ encoded: 2, missingNationalNumbers: 1, invalidNationalNumberLines: [] });
  });

  it('leaves the pseudonym column out when the input has no nrn column', async () => {
    const { output } = await encode('sex,name,birth_date\nF,Emma Peeters,2015-03-04\n');
    expect(output.split('\n')[0]).toBe('id,clk');
  });

  it('reports an invalid national number by line, without echoing it, and still encodes the CLK', async () => {
    const { output, reports, summary } = await encode('name,birth_date,sex,nrn\nEmma Peeters,2015-03-04,F,15030412399\n');
    expect(summary.invalidNationalNumberLines).toEqual([2]);
    expect(reports.join('\n')).toMatch(/vk\.csv, regel 2, kolom "nrn"/);
    expect(reports.join('\n')).not.toContain('15030412399');
    expect(output.trim().split('\n')[1]).toMatch(/^1,[A-Za-z0-9+/=]+,$/);
  });

  it('names file, line and column of a missing column or a value that breaks the schema', async () => {
    const missing = await failure('name,sex\nEmma Peeters,F\n');
    expect(missing.location).toEqual({ file: 'vk.csv', line: 1, column: 'birth_date' });
    const badDate = await failure('name,birth_date,sex\nEmma Peeters,2015-03-04,F\nNoah Janssens,2012-02-30,M\n');
    expect(badDate.location).toEqual({ file: 'vk.csv', line: 3, column: 'birth_date' });
    expect(badDate.toUserMessage()).not.toContain('Janssens');
    expect(badDate.toUserMessage()).not.toContain('2012-02-30');
    const ragged = await failure('name,birth_date,sex\nEmma Peeters,2015-03-04\n');
    expect(ragged.location).toMatchObject({ file: 'vk.csv', line: 2 });
    expect((await failure('')).toUserMessage()).toMatch(/empty file/);
  });

  it('can skip invalid rows instead, keeping record ids aligned with data rows', async () => {
    const { output, summary, reports } = await encode('name,birth_date,sex\nEmma Peeters,2015-13-04,F\nNoah Janssens,2012-11-30,M\n', true);
    expect(summary.skippedRows).toEqual([2]);
    expect(reports).toHaveLength(1);
    expect(output.trim().split('\n').slice(1).map((line) => line.split(',')[0])).toEqual(['2']);
  });
});
