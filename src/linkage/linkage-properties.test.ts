// Properties checked on generated inputs: encoding is a pure function of (schema, secret,
// values), and the capture histories do not depend on how registries order their exports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterToBase64, FilterStore } from './bloom-filter.js';
import { createClkEncoder } from './clk-encoder.js';
import { loadClkSchema, SCHAKEL_SCHEMA_PATH } from './clk-schema.js';
import type { EncodedSource } from './encoded-source.js';
import { linkSources } from './link-sources.js';
import { DEFAULT_BLOCKING } from './lsh-blocking.js';
import { encodeRegistry } from './synthetic-encoding.js';
import { buildScenario, shuffle } from './synthetic-registries.js';
import { seededRandom } from './seeded-random.js';

const schema = loadClkSchema(SCHAKEL_SCHEMA_PATH);
const SECRET = Buffer.from('property-secret-of-enough-length');

const nameArbitrary = fc.string({ minLength: 2, maxLength: 40, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéëï -ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')) });
const dateArbitrary = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('encoding properties', () => {
  it('gives the same CLK for the same values, whichever encoder instance and cache state', () => {
    const warm = createClkEncoder(schema, SECRET);
    fc.assert(
      fc.property(nameArbitrary, dateArbitrary, fc.constantFrom('M', 'F'), (name, birthDate, sex) => {
        const values: Record<string, string> = { name, birth_date: birthDate, sex };
        const first = warm.encode((id) => values[id] ?? '');
        const fresh = createClkEncoder(schema, Buffer.from(SECRET)).encode((id) => values[id] ?? '');
        const again = warm.encode((id) => values[id] ?? '');
        expect(first.ok && fresh.ok && again.ok).toBe(true);
        if (!first.ok || !fresh.ok || !again.ok) return;
        expect(filterToBase64(fresh.filter)).toBe(filterToBase64(first.filter));
        expect(filterToBase64(again.filter)).toBe(filterToBase64(first.filter));
      }),
      { numRuns: 60 },
    );
  });
});

function permuted(source: EncodedSource, seed: number): EncodedSource {
  const order = Array.from({ length: source.filters.size }, (_, i) => i);
  shuffle(seededRandom(seed), order);
  const filters = new FilterStore(source.filters.bits, order.length);
  const bytes = new Uint8Array(source.filters.bits / 8);
  for (const index of order) {
    for (let b = 0; b < bytes.length; b += 1) {
      let byte = 0;
      for (let bit = 0; bit < 8; bit += 1) if (source.filters.hasBit(index, b * 8 + bit)) byte |= 0x80 >> bit;
      bytes[b] = byte;
    }
    filters.add(bytes);
  }
  return { name: source.name, filters, pseudonyms: order.map((i) => source.pseudonyms[i] ?? null) };
}

describe('matching properties', () => {
  const scenario = buildScenario({ seed: 99, people: 160, captureProbabilities: [0.6, 0.5, 0.4], errorRate: 0.3 });
  const encoder = createClkEncoder(schema, SECRET);
  const sources = scenario.registries.map((records, s) =>
    encodeRegistry(`r${s}`, [...records, ...records.slice(0, 3)], encoder, { pseudonymKey: SECRET, pseudonymShare: 0.3 }),
  );
  // Exact duplicates (the three repeated records) make equal scores, where a tie-break by
  // position would show; the forced-LSH variant covers the blocked path on the same data.
  const variants = [
    { label: 'exhaustive', blocking: DEFAULT_BLOCKING },
    { label: 'blocked', blocking: { ...DEFAULT_BLOCKING, exhaustiveUpToPairs: 0, commonBitShare: 0.5 } },
  ];

  it.each(variants)('gives the same capture histories for any record order ($label)', ({ blocking }) => {
    for (const threshold of [0.8, 0.9]) {
      const expected = Object.fromEntries(linkSources(sources, { threshold, blocking }).clustering.histories);
      fc.assert(
        fc.property(fc.array(fc.integer(), { minLength: 3, maxLength: 3 }), (seeds) => {
          const shuffled = sources.map((source, s) => permuted(source, seeds[s] ?? 0));
          expect(Object.fromEntries(linkSources(shuffled, { threshold, blocking }).clustering.histories)).toEqual(expected);
        }),
        { numRuns: 15 },
      );
    }
  });

  it('permutes the history columns, and nothing else, when the files are given in another order', () => {
    const forward = linkSources(sources).clustering.histories;
    const backward = linkSources([...sources].reverse()).clustering.histories;
    const reversedKeys = Object.fromEntries([...backward].map(([history, count]) => [history.split('').reverse().join(''), count]));
    expect(reversedKeys).toEqual(Object.fromEntries(forward));
  });
});
