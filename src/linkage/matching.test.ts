import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FilterStore, filterToBase64 } from './bloom-filter.js';
import { formatHistoryTable } from './capture-histories.js';
import { createClkEncoder } from './clk-encoder.js';
import { loadClkSchema, SCHAKEL_SCHEMA_PATH } from './clk-schema.js';
import { parseEncodedSource, type EncodedSource } from './encoded-source.js';
import { linkSources } from './link-sources.js';
import { LinkageInputError } from './linkage-error.js';
import { hmacSha256Hex } from './linkage-secret.js';

const SECRET = Buffer.from('test-secret-of-sufficient-length');
const encoder = createClkEncoder(loadClkSchema(SCHAKEL_SCHEMA_PATH), SECRET);

function clk(name: string, birthDate: string, sex: 'M' | 'F'): Uint8Array {
  const outcome = encoder.encode((id) => ({ name, birth_date: birthDate, sex })[id] ?? '');
  if (!outcome.ok) throw new Error(outcome.english);
  return outcome.filter;
}

function source(name: string, records: Array<{ filter: Uint8Array; nrn?: string }>): EncodedSource {
  const filters = new FilterStore(encoder.bits, records.length);
  for (const record of records) filters.add(record.filter);
  return { name, filters, pseudonyms: records.map((r) => (r.nrn === undefined ? null : hmacSha256Hex(SECRET, r.nrn))) };
}

const emma = clk('Emma Peeters', '2015-03-04', 'F');
const emmaTypo = clk('Emma Peters', '2015-03-04', 'F');
const noah = clk('Noah Janssens', '2012-11-30', 'M');
const lina = clk('Lina Maes', '2019-01-02', 'F');
const jules = clk('Jules Vermeulen', '2010-07-21', 'M');

describe('matching encoded sources', () => {
  it('links a child seen in A and C into history 1,0,1 and counts the others once', () => {
    const a = source('vk', [{ filter: emma }, { filter: noah }]);
    const b = source('politie', [{ filter: lina }]);
    const c = source('ziekenhuis', [{ filter: emmaTypo }, { filter: jules }]);
    const result = linkSources([a, b, c]);
    expect(Object.fromEntries(result.clustering.histories)).toEqual({ '101': 1, '100': 1, '010': 1, '001': 1 });
    expect(result.table).toBe('vk,politie,ziekenhuis,count\n1,0,1,1\n1,0,0,1\n0,1,0,1\n0,0,1,1\n');
  });

  it('links a child seen everywhere into one cluster, not a chain of pairs', () => {
    const result = linkSources([source('a', [{ filter: emma }]), source('b', [{ filter: emmaTypo }]), source('c', [{ filter: emma }])]);
    expect(Object.fromEntries(result.clustering.histories)).toEqual({ '111': 1 });
  });

  it('assigns one-to-one: the better partner wins, the other record stays on its own', () => {
    const result = linkSources([source('a', [{ filter: emmaTypo }, { filter: emma }]), source('b', [{ filter: emma }])]);
    expect(Object.fromEntries(result.clustering.histories)).toEqual({ '11': 1, '10': 1 });
    const [exactA] = [result.clustering.clusterOf[1], result.clustering.clusterOf[2]];
    expect(result.clustering.clusterOf[2]).toBe(exactA);
  });

  it('breaks equal scores by content, so record order cannot change the counts', () => {
    // x–u, x–v and y–u all score 0.9, y–v only 0.7: taking x–u first leaves y alone.
    const bits = (positions: number[]): Uint8Array => {
      const filter = new Uint8Array(encoder.bits / 8);
      for (const p of positions) filter[p >> 3]! |= 0x80 >> (p & 7);
      return filter;
    };
    const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const x = bits([...range(1, 9), 11]);
    const y = bits([...range(2, 10), 13]);
    const u = bits(range(1, 10));
    const v = bits([...range(1, 8), 11, 12]);
    const histories = (a: Uint8Array[], b: Uint8Array[]): unknown =>
      Object.fromEntries(linkSources([source('a', a.map((filter) => ({ filter }))), source('b', b.map((filter) => ({ filter })))]).clustering.histories);
    const orders = [histories([x, y], [u, v]), histories([y, x], [u, v]), histories([x, y], [v, u]), histories([y, x], [v, u])];
    expect(new Set(orders.map((o) => JSON.stringify(o))).size).toBe(1);
  });

  it('respects the threshold', () => {
    const sources = [source('a', [{ filter: emma }]), source('b', [{ filter: emmaTypo }])];
    expect(Object.fromEntries(linkSources(sources, { threshold: 0.8 }).clustering.histories)).toEqual({ '11': 1 });
    expect(Object.fromEntries(linkSources(sources, { threshold: 1 }).clustering.histories)).toEqual({ '10': 1, '01': 1 });
  });

  it('lets pseudonyms overrule names: equal numbers link, different numbers separate', () => {
    const renamed = source('b', [{ filter: lina, nrn: '15030412325' }, { filter: emma, nrn: '12113012345' }]);
    const result = linkSources([source('a', [{ filter: emma, nrn: '15030412325' }]), renamed]);
    // Emma's number is on Lina's filter in b: same child (say, renamed after adoption).
    expect(Object.fromEntries(result.clustering.histories)).toEqual({ '11': 1, '01': 1 });
    expect(result.statistics.pseudonymMatches).toBe(1);
    expect(result.clustering.clusterOf[1]).toBe(result.clustering.clusterOf[0]);
  });

  it('refuses fewer than two sources, duplicate names and a bad threshold', () => {
    const a = source('a', [{ filter: emma }]);
    expect(() => linkSources([a])).toThrow(LinkageInputError);
    expect(() => linkSources([a, source('a', [{ filter: noah }])])).toThrow(/same name/);
    expect(() => linkSources([a, source('b', [{ filter: noah }])], { threshold: 1.5 })).toThrow(/threshold/);
  });

  it('formats the capture-history table most-seen first and quotes odd source names', () => {
    const table = formatHistoryTable(['vk', 'jeugd,hulp'], new Map([['01', 3], ['11', 2], ['10', 5]]));
    expect(table).toBe('vk,"jeugd,hulp",count\n1,1,2\n1,0,5\n0,1,3\n');
  });
});

describe('reading encoded files', () => {
  const read = (csv: string, expectedBits?: number): Promise<EncodedSource> => parseEncodedSource(Readable.from([csv]), 'dir/politie.csv', expectedBits);
  const located = async (csv: string, expectedBits?: number): Promise<unknown> => {
    try {
      await read(csv, expectedBits);
    } catch (error) {
      if (error instanceof LinkageInputError) return error.location;
      throw error;
    }
    return 'accepted';
  };

  it('reads CLKs and pseudonyms and names the source after the file', async () => {
    const pseudonym = hmacSha256Hex(SECRET, '15030412325');
    const parsed = await read(`id,clk,nrn_hmac\n1,${filterToBase64(emma)},${pseudonym}\n2,${filterToBase64(noah)},\n`);
    expect(parsed.name).toBe('politie');
    expect(parsed.filters.size).toBe(2);
    expect(parsed.pseudonyms).toEqual([pseudonym, null]);
  });

  it('names file, line and column for invalid base64, a wrong filter length or a bad pseudonym', async () => {
    const good = filterToBase64(emma);
    expect(await located(`id,clk\n1,${good}\n2,@@@@\n`)).toEqual({ file: 'dir/politie.csv', line: 3, column: 'clk' });
    expect(await located(`id,clk\n1,${good}\n2,${filterToBase64(new Uint8Array(128))}\n`)).toEqual({ file: 'dir/politie.csv', line: 3, column: 'clk' });
    expect(await located(`id,clk\n1,${good}\n`, 1024)).toEqual({ file: 'dir/politie.csv', line: 2, column: 'clk' });
    expect(await located(`id,clk,nrn_hmac\n1,${good},93051822361\n`)).toEqual({ file: 'dir/politie.csv', line: 2, column: 'nrn_hmac' });
    expect(await located(`id,filter\n1,${good}\n`)).toEqual({ file: 'dir/politie.csv', line: 1, column: 'clk' });
  });
});
