// Scores the candidate pairs of two sources and keeps those at or above the threshold.
// A national-number pseudonym, when both records carry one, is stronger evidence than the
// names: equal pseudonyms are the same child whatever the names say (a name can change after
// adoption), different pseudonyms are two children however alike the names (twins).
import { diceBetween } from './bloom-filter.js';
import type { EncodedSource } from './encoded-source.js';
import { forEachCandidatePair, type BandKeys } from './lsh-blocking.js';

/** Score given to pairs with equal pseudonyms, above every Dice score so they are linked first. */
export const PSEUDONYM_MATCH_SCORE = 2;

export class EdgeList {
  sourceA = new Uint8Array(1024);
  recordA = new Uint32Array(1024);
  sourceB = new Uint8Array(1024);
  recordB = new Uint32Array(1024);
  score = new Float64Array(1024);
  length = 0;

  push(sourceA: number, recordA: number, sourceB: number, recordB: number, score: number): void {
    if (this.length === this.score.length) this.grow();
    const at = this.length;
    this.sourceA[at] = sourceA;
    this.recordA[at] = recordA;
    this.sourceB[at] = sourceB;
    this.recordB[at] = recordB;
    this.score[at] = score;
    this.length += 1;
  }

  private grow(): void {
    const size = this.score.length * 2;
    const grown = <T extends Uint8Array | Uint32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.sourceA = grown(this.sourceA, (n) => new Uint8Array(n));
    this.recordA = grown(this.recordA, (n) => new Uint32Array(n));
    this.sourceB = grown(this.sourceB, (n) => new Uint8Array(n));
    this.recordB = grown(this.recordB, (n) => new Uint32Array(n));
    this.score = grown(this.score, (n) => new Float64Array(n));
  }
}

export interface PairStatistics {
  possiblePairs: number;
  candidatePairs: number;
  diceComparisons: number;
  pseudonymMatches: number;
}

export interface ScorePairsInput {
  a: EncodedSource;
  b: EncodedSource;
  sourceIndexA: number;
  sourceIndexB: number;
  /** Band keys of both sources, or null to compare every pair. */
  keys: { a: BandKeys; b: BandKeys } | null;
  threshold: number;
  edges: EdgeList;
  onBandDone?: (band: number) => void;
}

export function scorePairs(input: ScorePairsInput): PairStatistics {
  const { a, b, threshold, edges, sourceIndexA, sourceIndexB } = input;
  const statistics: PairStatistics = {
    possiblePairs: a.filters.size * b.filters.size,
    candidatePairs: 0,
    diceComparisons: 0,
    pseudonymMatches: 0,
  };

  const pseudonymIndexB = new Map<string, number>();
  b.pseudonyms.forEach((pseudonym, j) => {
    if (pseudonym !== null && !pseudonymIndexB.has(pseudonym)) pseudonymIndexB.set(pseudonym, j);
  });
  a.pseudonyms.forEach((pseudonym, i) => {
    const j = pseudonym === null ? undefined : pseudonymIndexB.get(pseudonym);
    if (j === undefined) return;
    edges.push(sourceIndexA, i, sourceIndexB, j, PSEUDONYM_MATCH_SCORE);
    statistics.pseudonymMatches += 1;
  });

  // Dice ≥ t needs 2·min(|a|,|b|)/(|a|+|b|) ≥ t, i.e. the smaller popcount at least
  // t/(2 − t) of the larger: a free test before the 32-word comparison.
  const popcountRatio = threshold / (2 - threshold);
  const hasPseudonymA = Uint8Array.from(a.pseudonyms, (p) => (p === null ? 0 : 1));
  const hasPseudonymB = Uint8Array.from(b.pseudonyms, (p) => (p === null ? 0 : 1));
  const popcountsA = a.filters.popcounts;
  const popcountsB = b.filters.popcounts;
  const scoreCandidate = (i: number, j: number): void => {
    statistics.candidatePairs += 1;
    // Pairs with equal pseudonyms are already linked; different ones are different children.
    if (hasPseudonymA[i] === 1 && hasPseudonymB[j] === 1) return;
    const countA = popcountsA[i] as number;
    const countB = popcountsB[j] as number;
    if (Math.min(countA, countB) < popcountRatio * Math.max(countA, countB)) return;
    statistics.diceComparisons += 1;
    const dice = diceBetween(a.filters, i, b.filters, j);
    if (dice >= threshold) edges.push(sourceIndexA, i, sourceIndexB, j, dice);
  };

  if (input.keys === null) {
    for (let i = 0; i < a.filters.size; i += 1) for (let j = 0; j < b.filters.size; j += 1) scoreCandidate(i, j);
  } else {
    forEachCandidatePair(input.keys.a, input.keys.b, scoreCandidate, input.onBandDone);
  }
  return statistics;
}
