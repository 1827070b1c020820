// The two shapes of input the estimators understand.
//
// A capture table cross-classifies people by the sources (registers) that recorded them. A
// history is a bit mask: bit i set means "seen by source i + 1" (sources are numbered 1..t in
// column order, as in Rcapture's model names). Mask 0 (seen by none) is what we estimate.

/** Hard limit: model names write pairs as two digits ("[12,3]"), which is ambiguous from t = 10. */
export const MAX_SOURCES = 9;

export interface CaptureTable {
  readonly sources: readonly string[];
  /** counts[mask] for mask 1..2^t − 1; counts[0] is always 0. */
  readonly counts: Float64Array;
}

/** One register with repeat contacts: frequencies[k − 1] people were seen exactly k times. */
export interface FrequencyTable {
  readonly frequencies: readonly number[];
}

export function sourceCount(table: CaptureTable): number {
  return table.sources.length;
}

export function observedTotal(table: CaptureTable): number {
  let sum = 0;
  for (let mask = 1; mask < table.counts.length; mask++) sum += table.counts[mask] ?? 0;
  return sum;
}

export function frequencyTotal(table: FrequencyTable): number {
  return table.frequencies.reduce((sum, f) => sum + f, 0);
}

export function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/** Number of people in every source of `sources` (a mask), whatever else recorded them. */
export function marginCount(table: CaptureTable, sources: number): number {
  let sum = 0;
  for (let mask = 1; mask < table.counts.length; mask++) {
    if ((mask & sources) === sources) sum += table.counts[mask] ?? 0;
  }
  return sum;
}

/** Builds a table from (history, count) rows; repeated histories are summed. */
export function captureTableFrom(sources: readonly string[], rows: Iterable<{ history: number; count: number }>): CaptureTable {
  const counts = new Float64Array(1 << sources.length);
  for (const row of rows) {
    if (row.history <= 0 || row.history >= counts.length) throw new RangeError(`invalid history ${row.history}`);
    counts[row.history] = (counts[row.history] ?? 0) + row.count;
  }
  return { sources: [...sources], counts };
}

/** The same people with the sources in another order: permutation[newIndex] = oldIndex. */
export function permuteSources(table: CaptureTable, permutation: readonly number[]): CaptureTable {
  const counts = new Float64Array(table.counts.length);
  for (let mask = 1; mask < table.counts.length; mask++) {
    let permuted = 0;
    permutation.forEach((oldIndex, newIndex) => {
      if (mask & (1 << oldIndex)) permuted |= 1 << newIndex;
    });
    counts[permuted] = table.counts[mask] ?? 0;
  }
  return { sources: permutation.map((i) => table.sources[i] ?? `source${i + 1}`), counts };
}
