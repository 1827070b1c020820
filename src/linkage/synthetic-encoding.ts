// Encodes synthetic registries straight into sources (no CSV round trip) and scores a linkage
// against the ground truth. Shared by the end-to-end tests and the benchmark.
import { FilterStore } from './bloom-filter.js';
import type { ClkEncoder } from './clk-encoder.js';
import type { Clustering } from './capture-histories.js';
import type { EncodedSource } from './encoded-source.js';
import { hmacSha256Hex } from './linkage-secret.js';
import type { RegistryRecord } from './synthetic-registries.js';

/** Column values for the shipped schemas: schakel-child-v1 and clkhash's example. */
export function schemaValues(record: RegistryRecord): Record<string, string> {
  return {
    name: record.name,
    birth_date: record.birthDate.replaceAll('/', '-'),
    sex: record.sex,
    'NAME freetext': record.name,
    'DOB YYYY/MM/DD': record.birthDate,
    'GENDER M or F': record.sex,
  };
}

export interface EncodeRegistryOptions {
  /** Also pseudonymise the national number (with this key) for this share of records. */
  pseudonymKey?: Uint8Array;
  pseudonymShare?: number;
}

export function encodeRegistry(name: string, records: readonly RegistryRecord[], encoder: ClkEncoder, options: EncodeRegistryOptions = {}): EncodedSource {
  const filters = new FilterStore(encoder.bits, records.length);
  const pseudonyms: Array<string | null> = [];
  for (const record of records) {
    const values = schemaValues(record);
    const outcome = encoder.encode((identifier) => values[identifier] ?? '');
    if (!outcome.ok) throw new Error(`synthetic record does not fit the schema: ${outcome.english}`);
    filters.add(outcome.filter);
    // Deterministic per child, so the same children carry a number in every registry.
    const carriesNumber = options.pseudonymKey !== undefined && (record.person * 2_654_435_761) % 1000 < (options.pseudonymShare ?? 0) * 1000;
    pseudonyms.push(carriesNumber && options.pseudonymKey !== undefined ? hmacSha256Hex(options.pseudonymKey, record.nationalNumber) : null);
  }
  return { name, filters, pseudonyms };
}

export interface LinkageQuality {
  truePairs: number;
  linkedPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
}

/** Pairwise precision and recall of the clusters: a pair is two records of different sources. */
export function linkageQuality(registries: ReadonlyArray<readonly RegistryRecord[]>, clustering: Clustering): LinkageQuality {
  let truePairs = 0;
  let linkedPairs = 0;
  let correctPairs = 0;
  const membersByPerson = new Map<number, number[]>();
  const membersByCluster = new Map<number, number[]>();
  registries.forEach((records, s) => {
    records.forEach((record, index) => {
      const global = (clustering.offsets[s] as number) + index;
      const person = membersByPerson.get(record.person) ?? [];
      person.push(global);
      membersByPerson.set(record.person, person);
      const cluster = clustering.clusterOf[global] as number;
      const members = membersByCluster.get(cluster) ?? [];
      members.push(global);
      membersByCluster.set(cluster, members);
    });
  });
  const personOf = new Map<number, number>();
  for (const [person, members] of membersByPerson) {
    truePairs += pairsIn(members.length);
    for (const member of members) personOf.set(member, person);
  }
  for (const members of membersByCluster.values()) {
    linkedPairs += pairsIn(members.length);
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        if (personOf.get(members[x] as number) === personOf.get(members[y] as number)) correctPairs += 1;
      }
    }
  }
  return {
    truePairs,
    linkedPairs,
    correctPairs,
    precision: linkedPairs === 0 ? 1 : correctPairs / linkedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}

function pairsIn(size: number): number {
  return (size * (size - 1)) / 2;
}
