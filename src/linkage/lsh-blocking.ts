// Blocking: which pairs are worth a Dice comparison. 100,000 × 100,000 records are 10^10 pairs;
// comparing them all takes minutes, so we compare only pairs that share a MinHash band
// (locality-sensitive hashing for Jaccard similarity). Two filters agree on a MinHash with
// probability equal to their Jaccard similarity J, so a band of r MinHashes collides with
// probability J^r and at least one of b bands with 1 − (1 − J^r)^b: near-certain for true
// matches, rare for unrelated children.
//
// MinHash runs only over *informative* bits. Bits that are set in a large share of all filters
// (the sex bits, the first digits of a birth year) are shared by unrelated children too and
// would make every pair of girls look alike to the blocking; the Dice score itself still uses
// every bit.
import type { FilterStore } from './bloom-filter.js';
import { seededRandom } from './seeded-random.js';

export interface BlockingParameters {
  bands: number;
  rowsPerBand: number;
  /** Bits set in more than this share of all filters are left out of the MinHashes. */
  commonBitShare: number;
  /** Fixed, so that the same files give the same candidate pairs on every run. */
  seed: number;
  /**
   * Up to this many pairs every pair is compared. Small files lose nothing by it, and bit
   * shares estimated from a handful of filters would make the informative-bit choice arbitrary.
   */
  exhaustiveUpToPairs: number;
}

export const DEFAULT_BLOCKING: BlockingParameters = {
  bands: 40,
  rowsPerBand: 6,
  commonBitShare: 0.3,
  seed: 0x5c4a_7e11,
  exhaustiveUpToPairs: 2_000_000,
};

/** Positions of bits set in at most `commonBitShare` of the filters of all sources together. */
export function informativeBits(stores: readonly FilterStore[], commonBitShare: number): Uint16Array {
  const bits = stores[0]?.bits ?? 0;
  const setCounts = new Uint32Array(bits);
  let filters = 0;
  for (const store of stores) {
    const perFilter = store.wordsPerFilter;
    for (let record = 0; record < store.size; record += 1) {
      const offset = record * perFilter;
      for (let w = 0; w < perFilter; w += 1) {
        let word = store.words[offset + w] ?? 0;
        while (word !== 0) {
          const lowest = 31 - Math.clz32(word & -word);
          setCounts[w * 32 + (31 - lowest)]! += 1;
          word &= word - 1;
        }
      }
    }
    filters += store.size;
  }
  const kept: number[] = [];
  setCounts.forEach((count, position) => {
    if (count > 0 && count <= commonBitShare * filters) kept.push(position);
  });
  return Uint16Array.from(kept);
}

/**
 * Band keys of one source, record-major: key of band t for record i at [i·bands + t], a 32-bit
 * hash of that band's r MinHashes. Record-major because the duplicate check in the join reads
 * all earlier bands of one record, and those should share cache lines.
 */
export interface BandKeys {
  bands: number;
  keys: Uint32Array;
}

export function bandKeys(store: FilterStore, bitsToUse: Uint16Array, parameters: BlockingParameters): BandKeys {
  const { bands, rowsPerBand } = parameters;
  const slots = bitsToUse.length;
  // All permutations in one array, rank-major: entry `rank` of permutation h is at
  // [rank·hashes + h]. Scans stop after a few ranks, so the entries they read for all hashes
  // sit together in a few cache lines.
  const hashes = bands * rowsPerBand;
  const permutations = minHashPermutations(slots, hashes, parameters.seed);
  const keys = new Uint32Array(store.size * bands);
  // slotOf[position] is the bit's index among the informative bits, or -1. A record's bits are
  // marked by stamping their slots with the record's number, which saves clearing an array per
  // record: a slot is present for record r when stamp[slot] === r + 1.
  const slotOf = new Int32Array(store.bits).fill(-1);
  bitsToUse.forEach((position, slot) => {
    slotOf[position] = slot;
  });
  const stamp = new Uint32Array(slots);
  const perFilter = store.wordsPerFilter;
  for (let record = 0; record < store.size; record += 1) {
    const mark = record + 1;
    for (let w = 0; w < perFilter; w += 1) {
      let word = store.words[record * perFilter + w] ?? 0;
      while (word !== 0) {
        const lowest = 31 - Math.clz32(word & -word);
        const slot = slotOf[w * 32 + (31 - lowest)] as number;
        if (slot !== -1) stamp[slot] = mark;
        word &= word - 1;
      }
    }
    let hash = 0;
    for (let band = 0; band < bands; band += 1) {
      let key = Math.imul(band + 1, 0x9e3779b1);
      for (let row = 0; row < rowsPerBand; row += 1) {
        // The MinHash is the rank of the first present bit in this permutation. About one
        // informative bit in six is set, so the scan usually stops after a few steps; a filter
        // without informative bits gets rank `slots`, like every other such filter.
        let rank = 0;
        while (rank < slots && stamp[permutations[rank * hashes + hash] as number] !== mark) rank += 1;
        key = Math.imul(key ^ rank, 0x85ebca6b);
        key ^= key >>> 13;
        hash += 1;
      }
      keys[record * bands + band] = key >>> 0;
    }
  }
  return { bands, keys };
}

function minHashPermutations(size: number, count: number, seed: number): Uint16Array {
  const random = seededRandom(seed);
  const permutations = new Uint16Array(size * count);
  const permutation = new Uint16Array(size);
  for (let h = 0; h < count; h += 1) {
    for (let i = 0; i < size; i += 1) permutation[i] = i;
    for (let i = size - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const swap = permutation[i] as number;
      permutation[i] = permutation[j] as number;
      permutation[j] = swap;
    }
    for (let rank = 0; rank < size; rank += 1) permutations[rank * count + h] = permutation[rank] as number;
  }
  return permutations;
}

// Records are sorted per band by (key, index) packed into one float64: 32 key bits above 21
// index bits stays below 2^53, so the packing is exact and Float64Array's numeric sort does the
// work without a comparator. The sorted run is then unpacked into two integer arrays, because
// the merge below touches every record of every band and integer compares are what keep it fast.
const INDEX_SPAN = 2 ** 21;
export const MAX_RECORDS_PER_SOURCE = INDEX_SPAN;

interface SortedBand {
  keys: Uint32Array;
  records: Uint32Array;
}

function sortedByKey(source: BandKeys, band: number): SortedBand {
  const records = source.keys.length / source.bands;
  const packed = new Float64Array(records);
  for (let i = 0; i < records; i += 1) packed[i] = (source.keys[i * source.bands + band] as number) * INDEX_SPAN + i;
  packed.sort();
  const sorted: SortedBand = { keys: new Uint32Array(records), records: new Uint32Array(records) };
  for (let i = 0; i < packed.length; i += 1) {
    const value = packed[i] as number;
    const key = Math.floor(value / INDEX_SPAN);
    sorted.keys[i] = key;
    sorted.records[i] = value - key * INDEX_SPAN;
  }
  return sorted;
}

/**
 * Calls `visit(i, j)` once for every pair that shares at least one band. A pair that shares
 * several bands is reported only for the first, by checking the earlier bands' keys.
 */
export function forEachCandidatePair(
  keysA: BandKeys,
  keysB: BandKeys,
  visit: (i: number, j: number) => void,
  onBandDone?: (band: number) => void,
): void {
  const bands = keysA.bands;
  const flatA = keysA.keys;
  const flatB = keysB.keys;
  for (let band = 0; band < bands; band += 1) {
    const sortedA = sortedByKey(keysA, band);
    const sortedB = sortedByKey(keysB, band);
    const lengthA = sortedA.keys.length;
    const lengthB = sortedB.keys.length;
    let a = 0;
    let b = 0;
    while (a < lengthA && b < lengthB) {
      const keyA = sortedA.keys[a] as number;
      const keyB = sortedB.keys[b] as number;
      if (keyA < keyB) a += 1;
      else if (keyB < keyA) b += 1;
      else {
        let endA = a + 1;
        while (endA < lengthA && sortedA.keys[endA] === keyA) endA += 1;
        let endB = b + 1;
        while (endB < lengthB && sortedB.keys[endB] === keyB) endB += 1;
        for (let x = a; x < endA; x += 1) {
          const i = sortedA.records[x] as number;
          for (let y = b; y < endB; y += 1) {
            const j = sortedB.records[y] as number;
            let seenBefore = false;
            for (let earlier = 0; earlier < band && !seenBefore; earlier += 1) {
              seenBefore = flatA[i * bands + earlier] === flatB[j * bands + earlier];
            }
            if (!seenBefore) visit(i, j);
          }
        }
        a = endA;
        b = endB;
      }
    }
    onBandDone?.(band);
  }
}
