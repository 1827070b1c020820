// The whole path on synthetic children: registries with known overlaps and typing errors are
// written as CSV, encoded, read back, matched, and the capture histories compared with the truth.
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { diceBetween } from './bloom-filter.js';
import { createClkEncoder } from './clk-encoder.js';
import { loadClkSchema, SCHAKEL_SCHEMA_PATH } from './clk-schema.js';
import { encodeCsv } from './encode-csv.js';
import { parseEncodedSource, type EncodedSource } from './encoded-source.js';
import { linkSources } from './link-sources.js';
import { linkageQuality, schemaValues } from './synthetic-encoding.js';
import { buildScenario, type RegistryRecord } from './synthetic-registries.js';

const SECRET = Buffer.from('end-to-end-secret-of-enough-length');
const encoder = createClkEncoder(loadClkSchema(SCHAKEL_SCHEMA_PATH), SECRET);
// 3 registries of roughly 3,000, 2,400 and 1,800 children: every pair of registries is above
// the exhaustive-comparison limit, so the LSH blocking is what gets tested.
const scenario = buildScenario({ seed: 2024, people: 6000, captureProbabilities: [0.5, 0.4, 0.3], errorRate: 0.1 });
const NAMES = ['vk', 'politie', 'ziekenhuis'];

function registryCsv(records: readonly RegistryRecord[]): string {
  const rows = records.map((record) => {
    const values = schemaValues(record);
    return [values.name, values.birth_date, values.sex, record.nationalNumber].map((v) => `"${v ?? ''}"`).join(',');
  });
  return `name,birth_date,sex,nrn\n${rows.join('\n')}\n`;
}

async function encodeAndReadBack(name: string, records: readonly RegistryRecord[], withNationalNumbers: boolean): Promise<EncodedSource> {
  let encoded = '';
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      encoded += chunk.toString();
      done();
    },
  });
  const csv = registryCsv(records);
  const input = withNationalNumbers ? csv : csv.replace(/,"\d{11}"$/gm, '').replace('name,birth_date,sex,nrn', 'name,birth_date,sex');
  await encodeCsv({ input: Readable.from([input]), output, fileName: `${name}.csv`, encoder, secret: SECRET });
  return parseEncodedSource(Readable.from([encoded]), `encoded/${name}.csv`);
}

function totalChildren(histories: Map<string, number>): number {
  return [...histories.values()].reduce((sum, count) => sum + count, 0);
}

describe('synthetic end-to-end linkage of three registries', () => {
  let sources: EncodedSource[] = [];
  beforeAll(async () => {
    sources = await Promise.all(scenario.registries.map((records, s) => encodeAndReadBack(NAMES[s] as string, records, false)));
  });

  it('recovers the capture histories within a few percent at threshold 0.9', () => {
    const result = linkSources(sources, { threshold: 0.9 });
    const quality = linkageQuality(scenario.registries, result.clustering);
    expect(quality.precision).toBeGreaterThan(0.98);
    expect(quality.recall).toBeGreaterThan(0.95);
    const truth = scenario.trueHistories;
    // Missed links split children, so the estimate sees a few more children than there are.
    const observed = totalChildren(result.clustering.histories);
    expect(Math.abs(observed - totalChildren(truth)) / totalChildren(truth)).toBeLessThan(0.03);
    for (const [history, count] of truth) {
      const found = result.clustering.histories.get(history) ?? 0;
      expect(Math.abs(found - count), `history ${history}`).toBeLessThanOrEqual(Math.max(15, 0.1 * count));
    }
    expect(result.table.split('\n')[0]).toBe('vk,politie,ziekenhuis,count');
  });

  it('trades precision for recall at threshold 0.8', () => {
    const strict = linkageQuality(scenario.registries, linkSources(sources, { threshold: 0.9 }).clustering);
    const lenient = linkageQuality(scenario.registries, linkSources(sources, { threshold: 0.8 }).clustering);
    expect(lenient.recall).toBeGreaterThan(0.98);
    expect(lenient.recall).toBeGreaterThanOrEqual(strict.recall);
    expect(lenient.precision).toBeGreaterThan(0.9);
    expect(lenient.precision).toBeLessThanOrEqual(strict.precision);
  });

  it('loses (almost) no true links to blocking, while skipping most comparisons', () => {
    // The true pairs that exhaustive comparison would find: same child, Dice at or above 0.8.
    let findable = 0;
    for (let x = 0; x < sources.length; x += 1) {
      for (let y = x + 1; y < sources.length; y += 1) {
        const positionInY = new Map(scenario.registries[y]!.map((record, index) => [record.person, index]));
        scenario.registries[x]!.forEach((record, i) => {
          const j = positionInY.get(record.person);
          if (j !== undefined && diceBetween(sources[x]!.filters, i, sources[y]!.filters, j) >= 0.8) findable += 1;
        });
      }
    }
    const run = linkSources(sources, { threshold: 0.8 });
    const quality = linkageQuality(scenario.registries, run.clustering);
    expect(quality.correctPairs / findable).toBeGreaterThan(0.99);
    expect(run.statistics.candidatePairs / run.statistics.possiblePairs).toBeLessThan(0.01);
  });

  it('links through national-number pseudonyms where names alone fail', async () => {
    const withNumbers = await Promise.all(scenario.registries.map((records, s) => encodeAndReadBack(NAMES[s] as string, records, true)));
    const result = linkSources(withNumbers, { threshold: 0.9 });
    const quality = linkageQuality(scenario.registries, result.clustering);
    expect(quality.precision).toBe(1);
    expect(quality.recall).toBe(1);
    expect(Object.fromEntries(result.clustering.histories)).toEqual(Object.fromEntries(scenario.trueHistories));
  });
});
