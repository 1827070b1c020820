// Record linkage figures: how fast `link encode` runs, and how long `link match` takes on
// 100,000 × 100,000 synthetic children with a realistic overlap, with the comparisons the
// blocking avoided and the precision and recall against the known truth. Figures only; the
// machines are shared, so nothing here passes or fails.
import { Readable, Writable } from 'node:stream';
import { createClkEncoder } from '../src/linkage/clk-encoder.js';
import { EXAMPLE_SCHEMA_PATH, loadClkSchema, SCHAKEL_SCHEMA_PATH } from '../src/linkage/clk-schema.js';
import { encodeCsv } from '../src/linkage/encode-csv.js';
import { linkSources, type LinkProgress } from '../src/linkage/link-sources.js';
import { encodeRegistry, linkageQuality, schemaValues } from '../src/linkage/synthetic-encoding.js';
import { buildScenario, type RegistryRecord } from '../src/linkage/synthetic-registries.js';

const SECRET = Buffer.from('benchmark-secret-not-for-real-data');

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}

async function encodeRate(schemaPath: string, records: readonly RegistryRecord[]): Promise<number> {
  const encoder = createClkEncoder(loadClkSchema(schemaPath), SECRET);
  const columns = encoder.columns;
  const rows = records.map((record) => {
    const values = schemaValues(record);
    return [...columns.map((c) => `"${values[c] ?? ''}"`), record.nationalNumber].join(',');
  });
  const csv = `${[...columns.map((c) => `"${c}"`), 'nrn'].join(',')}\n${rows.join('\n')}\n`;
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const started = performance.now();
  await encodeCsv({ input: Readable.from([csv]), output: discard, fileName: 'bench.csv', encoder, secret: SECRET });
  return records.length / ((performance.now() - started) / 1000);
}

export async function run(): Promise<void> {
  // 160,000 children, each registry sees 62.5 %: two files of ~100,000 sharing ~62,500.
  let started = performance.now();
  const scenario = buildScenario({ seed: 7, people: 160_000, captureProbabilities: [0.625, 0.625], errorRate: 0.1 });
  const [first, second] = scenario.registries as [RegistryRecord[], RegistryRecord[]];
  console.log(`synthetic registries: ${first.length} and ${second.length} records, 10 % with a name error (${seconds(started)} s)`);

  const sample = first.slice(0, 20_000);
  for (const [label, path] of [['schakel-child-v1', SCHAKEL_SCHEMA_PATH], ['clkhash example', EXAMPLE_SCHEMA_PATH]] as const) {
    const rate = await encodeRate(path, sample);
    console.log(`encode (CSV in, CLK + HMAC out), ${label}: ${Math.round(rate)} records/s`);
  }

  const encoder = createClkEncoder(loadClkSchema(SCHAKEL_SCHEMA_PATH), SECRET);
  started = performance.now();
  const sources = [encodeRegistry('a', first, encoder), encodeRegistry('b', second, encoder)];
  console.log(`encoded both registries in ${seconds(started)} s`);

  for (const threshold of [0.8, 0.9]) {
    const stageTimes = new Map<string, number>();
    let stageStart = performance.now();
    const onProgress = (progress: LinkProgress): void => {
      if (progress.done === 0) stageStart = performance.now();
      if (progress.done === progress.total) stageTimes.set(progress.stage, (stageTimes.get(progress.stage) ?? 0) + performance.now() - stageStart);
    };
    started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = linkSources(sources, { threshold, onProgress });
    const total = seconds(started);
    // CPU time next to wall time: on a shared machine the wall clock mostly measures the neighbours.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(2);
    const { possiblePairs, candidatePairs } = result.statistics;
    const quality = linkageQuality(scenario.registries, result.clustering);
    const stages = [...stageTimes].map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ');
    console.log(`match 100k × 100k at ${threshold}: ${total} s wall, ${cpuSeconds} s CPU (${stages}, wall)`);
    console.log(
      `  compared ${candidatePairs} of ${possiblePairs} pairs; blocking avoided ${possiblePairs - candidatePairs} (${((1 - candidatePairs / possiblePairs) * 100).toFixed(3)} %)`,
    );
    console.log(`  precision ${quality.precision.toFixed(4)}, recall ${quality.recall.toFixed(4)} (${quality.correctPairs} of ${quality.truePairs} true links, ${quality.linkedPairs} made)`);
    const histories = [...result.clustering.histories].map(([h, n]) => `${h}: ${n} (truth ${scenario.trueHistories.get(h) ?? 0})`).join(', ');
    console.log(`  histories ${histories}`);
  }
}
