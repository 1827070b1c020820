// Reference vectors from clkhash 0.18 (/work/shared/data/linkage/clkhash-reference-vectors.txt),
// copied here so the test does not depend on the shared folder.
import { describe, expect, it } from 'vitest';
import { diceOfBytes, filterFromBase64, filterToBase64, popcountBytes } from './bloom-filter.js';
import { createClkEncoder, deriveFeatureKeys, doubleHashIndices, hashToken } from './clk-encoder.js';
import { bitsPerToken, tokenize } from './clk-features.js';
import { EXAMPLE_SCHEMA_PATH, loadClkSchema } from './clk-schema.js';

const SECRET = Buffer.from('secret');
const REFERENCE = [
  {
    record: ['0', 'Jane Doe', '1990/01/31', 'F'],
    popcount: 524,
    clk: 'Kpo6jqKsoq+6K6oqiqrK86rqKao7qqKKo+iuaKo6jqLbo6uqaap7mraLsumuqKq6i6aKsqiraK4qjqOLs6rqOOo6q6KasqqqKqq6+qqOorii6OouyiqOo6qyqPorjy6Ooqqjq+o6iuruo6ii/Ksqjiqq4qimqP5riiqOqrqjqbo=',
  },
  {
    record: ['1', 'Jane Do', '1990/01/31', 'F'],
    popcount: 525,
    clk: 'Kpo6jrKsoq+6K6oqiqrK86rqKao7qqKKo+ivKKo6jqKbo6uqaap7mraLsu2uqKq6i6aKsqiraK4qjqOLo7rqOOoqq6KasqqqKqq6+qqOovii6OouyiqOo6qyqPoriy6Oo6qjq+o6iuruo6ii/Ksqjiqq5qimqP5riiqOqrqjqLo=',
  },
  {
    record: ['2', 'John Smith', '1985/07/04', 'M'],
    popcount: 558,
    clk: '3VVVdVHVF1BVTXRV1VXVWd9XXFVXVl3ZVf1ZXdde1VXUFVNVXVFV3VTdYdUVcdVXVVddVB1xVZdYV0VVVVF1NVFVF1ZXbdQ1U9W3UncFVNdhVRdf1xVTdX12dXFXN1VVLdz1bdQV018XUFVNVFdp1XXTVYdU9V1cFePVPdF1LVQ=',
  },
] as const;

const schema = loadClkSchema(EXAMPLE_SCHEMA_PATH);
const COLUMNS = ['INDEX', 'NAME freetext', 'DOB YYYY/MM/DD', 'GENDER M or F'];

function encodeReference(record: readonly string[]): Uint8Array {
  const encoder = createClkEncoder(schema, SECRET);
  const outcome = encoder.encode((identifier) => record[COLUMNS.indexOf(identifier)] ?? '');
  if (!outcome.ok) throw new Error(outcome.english);
  return outcome.filter;
}

describe('CLK encoding, clkhash 0.18 reference vectors', () => {
  it.each(REFERENCE)('encodes $record.1 bit for bit', ({ record, popcount, clk }) => {
    const filter = encodeReference(record);
    expect(filterToBase64(filter)).toBe(clk);
    expect(popcountBytes(filter)).toBe(popcount);
  });

  it('reproduces the Dice similarities', () => {
    const [a, b, c] = REFERENCE.map((r) => encodeReference(r.record));
    expect(diceOfBytes(a!, b!)).toBeCloseTo(0.987607, 6);
    expect(diceOfBytes(a!, c!)).toBeCloseTo(0.377079, 6);
    expect(diceOfBytes(b!, c!)).toBeCloseTo(0.378578, 6);
  });

  it('derives the NAME key pair with HKDF-SHA256, the schema salt and empty info', () => {
    const keys = deriveFeatureKeys(schema, SECRET);
    expect(keys).toHaveLength(4);
    expect(keys[1]![0].toString('hex')).toBe(
      'e5d941af13e1d59e45428e5ee1066d7415a152ad9c1f37da36db343a25284f5ecc15fc7f3a97aedf96b59061572098e0c3919366dc3a24793277ea3930703c25',
    );
    expect(keys[1]![1].toString('hex')).toBe(
      '3bbceffa2f6a607c94f9e4ce7a21500fadd76af98cd346ab3cbd1f9f2d490541ee19309071c8774aacbcddfc50ec8fb2eb39bf0f2d8f7b62e1752c3cc60bbd63',
    );
  });

  it('tokenises names into padded bigrams and dates into positional unigrams', () => {
    expect(tokenize({ type: 'ngram', n: 2, positional: false }, 'Jane Doe')).toEqual([' J', 'Ja', 'an', 'ne', 'e ', ' D', 'Do', 'oe', 'e ']);
    expect(tokenize({ type: 'ngram', n: 1, positional: true }, '1990/01/31')).toEqual([
      '1 1', '2 9', '3 9', '4 0', '5 /', '6 0', '7 1', '8 /', '9 3', '10 1',
    ]);
    expect(tokenize({ type: 'ngram', n: 2, positional: false }, '')).toEqual([]);
    expect(tokenize({ type: 'exact' }, 'F')).toEqual(['F']);
  });

  it('spreads bitsPerFeature over the tokens, remainder first', () => {
    expect(bitsPerToken({ bitsPerFeature: 100 }, 9)).toEqual([12, 11, 11, 11, 11, 11, 11, 11, 11]);
    expect(bitsPerToken({ bitsPerToken: 15 }, 3)).toEqual([15, 15, 15]);
    expect(bitsPerToken({ bitsPerFeature: 100 }, 0)).toEqual([]);
  });

  it('double-hashes as g_i = (h1 + i·h2) mod l, keeping the h2 ≡ 0 singularity', () => {
    const keys = [Buffer.from('secret1'), Buffer.from('secret2')] as const;
    const hashes = hashToken(Buffer.from('666'), keys, 1024);
    expect(hashes).toEqual({ h1: 370, h2: 240 });
    expect(doubleHashIndices(hashes, 5, 1024)).toEqual([370, 610, 850, 66, 306]);
    expect([...new Set(doubleHashIndices(hashToken(Buffer.from('635'), keys, 1024), 20, 1024))]).toEqual([796]);
  });

  it('round-trips a filter through strict base64', () => {
    const filter = encodeReference(REFERENCE[2].record);
    expect(filterFromBase64(filterToBase64(filter))).toEqual(filter);
    expect(filterFromBase64('not base64!')).toBeNull();
    expect(filterFromBase64('abc')).toBeNull();
  });

  it('refuses values that break the schema format, naming the feature', () => {
    const encoder = createClkEncoder(schema, SECRET);
    const bad = (name: string, dob: string, sex: string): unknown =>
      encoder.encode((id) => ({ 'NAME freetext': name, 'DOB YYYY/MM/DD': dob, 'GENDER M or F': sex })[id] ?? '');
    expect(bad('Jo', '1990/01/31', 'F')).toMatchObject({ ok: false, identifier: 'NAME freetext' });
    expect(bad('Jane Doe', '1990/02/30', 'F')).toMatchObject({ ok: false, identifier: 'DOB YYYY/MM/DD' });
    expect(bad('Jane Doe', '31-01-1990', 'F')).toMatchObject({ ok: false, identifier: 'DOB YYYY/MM/DD' });
    expect(bad('Jane Doe', '1990/01/31', 'X')).toMatchObject({ ok: false, identifier: 'GENDER M or F' });
    expect(bad('Jane Doe', '2000/02/29', 'M')).toMatchObject({ ok: true });
  });
});
