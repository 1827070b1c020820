// From scored pairs to children: greedy clustering with at most one record per source in a
// child's cluster, then the capture-history table that `schakel estimate` reads.
//
// Greedy by score is what anonlink and most PPRL tools do for one-to-one linkage: the most
// certain links are made first, and a record already linked to a better partner in that source
// is not available any more. Across k sources the same rule builds clusters: two clusters merge
// only if they have no source in common, so "seen in A and C" is one child with history 1,0,1.
import type { EncodedSource } from './encoded-source.js';
import type { EdgeList } from './pair-scoring.js';

export type HistoryCounts = Map<string, number>;

export interface Clustering {
  /** Where each source's records start in the global numbering. */
  offsets: number[];
  /** For each record (global number), a representative record of its child's cluster. */
  clusterOf: Int32Array;
  histories: HistoryCounts;
}

export function clusterRecords(sources: readonly EncodedSource[], edges: EdgeList): Clustering {
  const offsets: number[] = [];
  let total = 0;
  for (const source of sources) {
    offsets.push(total);
    total += source.filters.size;
  }
  const fingerprints = contentFingerprints(sources, total, offsets);
  const parent = new Int32Array(total).map((_, i) => i);
  const sourceMask = new Uint32Array(total);
  sources.forEach((source, s) => sourceMask.fill(1 << s, offsets[s], (offsets[s] ?? 0) + source.filters.size));

  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[node] !== root) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };

  const globalA = (e: number): number => (offsets[edges.sourceA[e] as number] as number) + (edges.recordA[e] as number);
  const globalB = (e: number): number => (offsets[edges.sourceB[e] as number] as number) + (edges.recordB[e] as number);
  const order = new Uint32Array(edges.length).map((_, i) => i);
  order.sort((x, y) => {
    const byScore = (edges.score[y] as number) - (edges.score[x] as number);
    if (byScore !== 0) return byScore;
    // Equal scores are ordered by record content, not by position in the file, so that the
    // result does not depend on how a registry happened to sort its export.
    return comparePairContent(fingerprints, globalA(x), globalB(x), globalA(y), globalB(y));
  });

  for (const e of order) {
    const rootA = find(globalA(e));
    const rootB = find(globalB(e));
    if (rootA === rootB || ((sourceMask[rootA] as number) & (sourceMask[rootB] as number)) !== 0) continue;
    parent[rootB] = rootA;
    sourceMask[rootA] = (sourceMask[rootA] as number) | (sourceMask[rootB] as number);
  }

  const histories: HistoryCounts = new Map();
  const clusterOf = new Int32Array(total);
  for (let node = 0; node < total; node += 1) {
    clusterOf[node] = find(node);
    if (clusterOf[node] !== node) continue;
    const mask = sourceMask[node] as number;
    const history = sources.map((_, s) => ((mask >>> s) & 1 ? '1' : '0')).join('');
    histories.set(history, (histories.get(history) ?? 0) + 1);
  }
  return { offsets, clusterOf, histories };
}

/** 64-bit content hash per record (two 32-bit halves), over filter words and pseudonym. */
function contentFingerprints(sources: readonly EncodedSource[], total: number, offsets: readonly number[]): Uint32Array {
  const fingerprints = new Uint32Array(total * 2);
  sources.forEach((source, s) => {
    const perFilter = source.filters.wordsPerFilter;
    for (let record = 0; record < source.filters.size; record += 1) {
      let high = 0x811c9dc5;
      let low = 0x01000193;
      const mix = (value: number): void => {
        high = Math.imul(high ^ value, 0x01000193);
        low = Math.imul(low ^ value, 0x5bd1e995);
        low ^= low >>> 15;
      };
      for (let w = 0; w < perFilter; w += 1) mix(source.filters.words[record * perFilter + w] ?? 0);
      const pseudonym = source.pseudonyms[record] ?? '';
      for (let c = 0; c < pseudonym.length; c += 1) mix(pseudonym.charCodeAt(c));
      const at = ((offsets[s] as number) + record) * 2;
      fingerprints[at] = high >>> 0;
      fingerprints[at + 1] = low >>> 0;
    }
  });
  return fingerprints;
}

function compareFingerprints(fingerprints: Uint32Array, x: number, y: number): number {
  return (fingerprints[x * 2] as number) - (fingerprints[y * 2] as number) || (fingerprints[x * 2 + 1] as number) - (fingerprints[y * 2 + 1] as number);
}

/** Compares two pairs by their (smaller, larger) record fingerprints; symmetric in each pair. */
function comparePairContent(fingerprints: Uint32Array, a1: number, b1: number, a2: number, b2: number): number {
  const [low1, high1] = compareFingerprints(fingerprints, a1, b1) <= 0 ? [a1, b1] : [b1, a1];
  const [low2, high2] = compareFingerprints(fingerprints, a2, b2) <= 0 ? [a2, b2] : [b2, a2];
  return compareFingerprints(fingerprints, low1, low2) || compareFingerprints(fingerprints, high1, high2);
}

/** The CSV for `schakel estimate`: one 0/1 column per source, then `count`; most-seen first. */
export function formatHistoryTable(sourceNames: readonly string[], counts: HistoryCounts): string {
  const rows = [...counts.entries()].sort(([x], [y]) => (x < y ? 1 : x > y ? -1 : 0));
  const lines = [[...sourceNames.map(csvCell), 'count'].join(',')];
  for (const [history, count] of rows) lines.push([...history.split(''), String(count)].join(','));
  return `${lines.join('\n')}\n`;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
