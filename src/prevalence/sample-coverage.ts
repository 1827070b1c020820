// Sample-coverage estimators (Chao & Tsay 1998; Chao et al. 2001), the three that CARE1's estN
// reports, written for any t ≥ 3. They model dependence between sources through pairwise
// "coefficients of covariation" γ_ij instead of log-linear interactions.
//
//   n_j  people in source j           Z_j   people in source j only
//   n_ij people in both i and j       Z_ij  people in exactly i and j
//   Ĉ = 1 − (1/t) Σ_j Z_j / n_j       (how much of each source the others cover)
//   D = (1/t) Σ_j (n − Z_j)           (people seen by the other sources, averaged)
//   N̂0 = D / Ĉ                        (independent sources)
// With a_ij = Z_i + Z_j + 2 Z_ij and γ_ij = N n_ij / (n_i n_j) − 1, dependence adds
// Σ a_ij γ_ij / (t Ĉ) to N̂0; solving that for N gives N̂ (high coverage, Chao & Tsay eq. 20), and
// two one-step substitutions starting from N̂0 give N̂1 (low coverage, Chao et al. 1996 eq. 2.21).
import { type CaptureTable, marginCount, observedTotal } from './capture-table.js';

export interface SampleCoverageEstimate {
  readonly coverage: number;
  readonly distinctOthers: number;
  /** N̂0: assumes independent sources. */
  readonly independent: number;
  /** N̂: for sufficiently high coverage; unstable when coverage is low. */
  readonly highCoverage: number;
  /** N̂1: one-step estimate, recommended when N̂ is unstable. */
  readonly lowCoverage: number;
}

interface PairTerm {
  readonly weight: number;
  /** n_ij / (n_i n_j) */
  readonly ratio: number;
}

export function sampleCoverageEstimate(table: CaptureTable): SampleCoverageEstimate | undefined {
  const t = table.sources.length;
  if (t < 3) return undefined;
  const n = observedTotal(table);
  const size = (i: number): number => marginCount(table, 1 << i);
  const only = (set: number): number => table.counts[set] ?? 0;
  let coverageLoss = 0;
  let onlySum = 0;
  for (let j = 0; j < t; j++) {
    const nj = size(j);
    if (nj === 0) return undefined;
    coverageLoss += only(1 << j) / nj;
    onlySum += only(1 << j);
  }
  const coverage = 1 - coverageLoss / t;
  const distinctOthers = n - onlySum / t;
  const pairs: PairTerm[] = [];
  for (let i = 0; i < t; i++) {
    for (let j = i + 1; j < t; j++) {
      const both = (1 << i) | (1 << j);
      pairs.push({
        weight: only(1 << i) + only(1 << j) + 2 * only(both),
        ratio: marginCount(table, both) / (size(i) * size(j)),
      });
    }
  }
  const independent = distinctOthers / coverage;
  const correction = (population: number): number =>
    pairs.reduce((sum, pair) => sum + pair.weight * (population * pair.ratio - 1), 0) / (t * coverage);

  // N̂ solves N t Ĉ = t D + Σ a_ij (N r_ij − 1), linear in N. CARE1 falls back to n when the
  // denominator is (nearly) zero or negative, or the solution falls below n.
  const denominator = t * coverage - pairs.reduce((sum, pair) => sum + pair.weight * pair.ratio, 0);
  const solved = (t * distinctOthers - pairs.reduce((sum, pair) => sum + pair.weight, 0)) / denominator;
  const highCoverage = denominator < 1e-4 || solved < n ? n : solved;

  const intermediate = independent + correction(independent);
  const lowCoverage = independent + correction(intermediate);
  return { coverage, distinctOthers, independent, highCoverage, lowCoverage };
}
