// `schakel link match` without the command line: k encoded sources in, capture histories out.
import { clusterRecords, formatHistoryTable, type Clustering } from './capture-histories.js';
import type { EncodedSource } from './encoded-source.js';
import { LinkageInputError } from './linkage-error.js';
import { bandKeys, DEFAULT_BLOCKING, informativeBits, MAX_RECORDS_PER_SOURCE, type BlockingParameters } from './lsh-blocking.js';
import { EdgeList, scorePairs, type PairStatistics } from './pair-scoring.js';

export const DEFAULT_THRESHOLD = 0.8;
/** A capture history is a bit mask per cluster; 31 sources keep it a positive 32-bit integer. */
export const MAX_SOURCES = 31;

export interface LinkProgress {
  stage: 'signatures' | 'comparing';
  /** Which source or pair of sources is being worked on, by source name. */
  label: string;
  done: number;
  total: number;
}

export interface LinkOptions {
  threshold?: number;
  blocking?: BlockingParameters;
  onProgress?: (progress: LinkProgress) => void;
}

export interface LinkResult {
  clustering: Clustering;
  /** The CSV `schakel estimate` reads. */
  table: string;
  statistics: PairStatistics;
  /** Pairs at or above the threshold before the one-to-one assignment. */
  linksConsidered: number;
}

export function linkSources(sources: readonly EncodedSource[], options: LinkOptions = {}): LinkResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const blocking = options.blocking ?? DEFAULT_BLOCKING;
  checkSources(sources, threshold);
  const progress = options.onProgress ?? (() => undefined);

  // Band keys only for sources that take part in a pair too large to compare exhaustively.
  const blocked = (x: number, y: number): boolean =>
    (sources[x] as EncodedSource).filters.size * (sources[y] as EncodedSource).filters.size > blocking.exhaustiveUpToPairs;
  const needsKeys = sources.map((_, x) => sources.some((__, y) => x !== y && blocked(x, y)));
  const usableBits = needsKeys.includes(true)
    ? informativeBits(
        sources.map((s) => s.filters),
        blocking.commonBitShare,
      )
    : new Uint16Array(0);
  const keys = sources.map((source, x) => {
    if (!needsKeys[x]) return null;
    progress({ stage: 'signatures', label: source.name, done: 0, total: 1 });
    const sourceKeys = bandKeys(source.filters, usableBits, blocking);
    progress({ stage: 'signatures', label: source.name, done: 1, total: 1 });
    return sourceKeys;
  });

  const edges = new EdgeList();
  const statistics: PairStatistics = { possiblePairs: 0, candidatePairs: 0, diceComparisons: 0, pseudonymMatches: 0 };
  for (let x = 0; x < sources.length; x += 1) {
    for (let y = x + 1; y < sources.length; y += 1) {
      const a = sources[x] as EncodedSource;
      const b = sources[y] as EncodedSource;
      const label = `${a.name} × ${b.name}`;
      const keysA = keys[x];
      const keysB = keys[y];
      const pairKeys = blocked(x, y) && keysA && keysB ? { a: keysA, b: keysB } : null;
      const steps = pairKeys === null ? 1 : blocking.bands;
      progress({ stage: 'comparing', label, done: 0, total: steps });
      const pair = scorePairs({
        a,
        b,
        sourceIndexA: x,
        sourceIndexB: y,
        keys: pairKeys,
        threshold,
        edges,
        onBandDone: (band) => progress({ stage: 'comparing', label, done: band + 1, total: steps }),
      });
      if (pairKeys === null) progress({ stage: 'comparing', label, done: 1, total: 1 });
      statistics.possiblePairs += pair.possiblePairs;
      statistics.candidatePairs += pair.candidatePairs;
      statistics.diceComparisons += pair.diceComparisons;
      statistics.pseudonymMatches += pair.pseudonymMatches;
    }
  }

  const clustering = clusterRecords(sources, edges);
  return {
    clustering,
    table: formatHistoryTable(
      sources.map((s) => s.name),
      clustering.histories,
    ),
    statistics,
    linksConsidered: edges.length,
  };
}

function checkSources(sources: readonly EncodedSource[], threshold: number): void {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new LinkageInputError({}, 'drempel moet tussen 0 en 1 liggen', 'threshold must lie in (0, 1]');
  }
  if (sources.length < 2 || sources.length > MAX_SOURCES) {
    throw new LinkageInputError({}, `geef 2 tot ${MAX_SOURCES} bestanden`, `give 2 to ${MAX_SOURCES} files`);
  }
  const names = new Set<string>();
  for (const source of sources) {
    if (names.has(source.name)) {
      throw new LinkageInputError({ file: source.name }, 'twee bronnen met dezelfde naam', 'two sources with the same name');
    }
    names.add(source.name);
    if (source.filters.size > MAX_RECORDS_PER_SOURCE) {
      throw new LinkageInputError({ file: source.name }, `meer dan ${MAX_RECORDS_PER_SOURCE} records`, `more than ${MAX_RECORDS_PER_SOURCE} records`);
    }
    if (source.filters.bits !== sources[0]?.filters.bits) {
      throw new LinkageInputError({ file: source.name }, 'andere filterlengte dan de eerste bron', 'filter length differs from the first source');
    }
  }
}
