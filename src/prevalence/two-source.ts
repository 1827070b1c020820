// Two-source estimators: Lincoln–Petersen, and Chapman's nearly unbiased version with its
// variance and Chao's (1987) log-transformed 95 % interval, which keeps the lower limit above the
// number of people actually seen. With three or more sources every pair is estimated separately:
// the spread between pairs is a quick read on source dependence.
import { type CaptureTable, marginCount } from './capture-table.js';
import { Z_95 } from './numeric.js';
import { type EstimateWarning, warning } from './warnings.js';

export interface IntervalEstimate {
  readonly estimate: number;
  readonly stderr: number;
  readonly lower: number;
  readonly upper: number;
}

export interface TwoSourceEstimate {
  readonly sources: readonly [string, string];
  readonly inFirst: number;
  readonly inSecond: number;
  readonly inBoth: number;
  /** n1·n2/m; null when the sources share nobody (the estimate is infinite). */
  readonly lincolnPetersen: number | null;
  readonly chapman: IntervalEstimate;
  readonly warnings: EstimateWarning[];
}

/**
 * Chao's log-transformed interval: the unseen part f0 = N̂ − observed is taken as log-normal, so
 * the interval is [observed + f0/C, observed + f0·C] with C = exp(z·√log(1 + Var/f0²)).
 */
export function logTransformedInterval(observed: number, estimate: number, variance: number): { lower: number; upper: number } {
  const unseen = estimate - observed;
  if (!(unseen > 0) || !Number.isFinite(variance)) return { lower: estimate, upper: estimate };
  const factor = Math.exp(Z_95 * Math.sqrt(Math.log(1 + variance / (unseen * unseen))));
  return { lower: observed + unseen / factor, upper: observed + unseen * factor };
}

export function twoSourceEstimate(names: readonly [string, string], inFirst: number, inSecond: number, inBoth: number): TwoSourceEstimate {
  const observed = inFirst + inSecond - inBoth;
  const estimate = ((inFirst + 1) * (inSecond + 1)) / (inBoth + 1) - 1;
  const variance = ((inFirst + 1) * (inSecond + 1) * (inFirst - inBoth) * (inSecond - inBoth)) / ((inBoth + 1) ** 2 * (inBoth + 2));
  const warnings: EstimateWarning[] = [];
  if (inBoth === 0) {
    warnings.push(
      warning(
        'zero-overlap',
        `Bronnen "${names[0]}" en "${names[1]}" delen niemand: Lincoln–Petersen is oneindig en Chapman zeer onzeker.`,
        `Sources "${names[0]}" and "${names[1]}" share nobody: Lincoln–Petersen is infinite and Chapman very uncertain.`,
      ),
    );
  } else if (inBoth < 7) {
    // Chapman is approximately unbiased only when the overlap is at least about 7 (Robson & Regier).
    warnings.push(
      warning(
        'sparse-cells',
        `Bronnen "${names[0]}" en "${names[1]}" delen slechts ${inBoth} personen: de schatting is onzeker en mogelijk vertekend.`,
        `Sources "${names[0]}" and "${names[1]}" share only ${inBoth} people: the estimate is uncertain and may be biased.`,
      ),
    );
  }
  return {
    sources: names,
    inFirst,
    inSecond,
    inBoth,
    lincolnPetersen: inBoth > 0 ? (inFirst * inSecond) / inBoth : null,
    chapman: { estimate, stderr: Math.sqrt(variance), ...logTransformedInterval(observed, estimate, variance) },
    warnings,
  };
}

/** Every pair of sources of a capture table, in lexicographic order. */
export function pairwiseEstimates(table: CaptureTable): TwoSourceEstimate[] {
  const t = table.sources.length;
  const estimates: TwoSourceEstimate[] = [];
  for (let i = 0; i < t; i++) {
    for (let j = i + 1; j < t; j++) {
      const names: [string, string] = [table.sources[i] ?? `${i + 1}`, table.sources[j] ?? `${j + 1}`];
      estimates.push(twoSourceEstimate(names, marginCount(table, 1 << i), marginCount(table, 1 << j), marginCount(table, (1 << i) | (1 << j))));
    }
  }
  return estimates;
}
