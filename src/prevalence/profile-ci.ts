// Profile-likelihood confidence interval for N under the multinomial likelihood (Cormack 1992),
// as Rcapture's closedpCI computes it. For a candidate N the log-linear model is refitted to the
// completed table (the unseen cell holding N − n people); the multinomial profile log-likelihood
// is the Poisson one plus Cormack's correction term. Its maximiser is the multinomial estimate
// (a little below the Poisson one), and the interval is where it stays within χ²₁(0.95)/2.
import { CHI2_1_95, findRoot, logGamma, minimize } from './numeric.js';

export interface ProfileInterval {
  readonly abundance: number;
  readonly lower: number;
  /** null when the likelihood has not dropped enough by 3 × N̂ (Rcapture prints "> 3N̂"). */
  readonly upper: number | null;
}

// Rcapture's search range and tolerance (optimize / uniroot with tol = 1e-4, upper limit 3 N̂).
const SEARCH_FACTOR = 3;
const TOLERANCE = 1e-4;

/** log( n0^n0 · N! / (N^N · n0!) ), with Rcapture's Stirling form for N > 100. */
export function cormackCorrection(unobserved: number, total: number): number {
  if (total > 100) {
    if (unobserved === 0 || unobserved === 1) return -total + 0.5 * Math.log(2 * Math.PI * total);
    return unobserved - total - 0.5 * Math.log(unobserved / total);
  }
  const n0LogN0 = unobserved > 0 ? unobserved * Math.log(unobserved) : 0;
  return n0LogN0 + logGamma(total + 1) - total * Math.log(total) - logGamma(unobserved + 1);
}

/**
 * @param observed n, the number of people seen.
 * @param estimate the Poisson estimate N̂ (sets the search range).
 * @param completedDeviance deviance of the model refitted with `unobserved` people in the unseen cell.
 */
export function profileInterval(
  observed: number,
  estimate: number,
  completedDeviance: (unobserved: number) => number,
): ProfileInterval | undefined {
  if (!Number.isFinite(estimate) || estimate <= observed) return undefined;
  const logLikelihood = (total: number): number => {
    const unobserved = total - observed;
    return -(completedDeviance(unobserved) - 2 * cormackCorrection(unobserved, total)) / 2;
  };
  const upperLimit = SEARCH_FACTOR * estimate;
  const maximiser = minimize((total) => -logLikelihood(total), observed, upperLimit, TOLERANCE);
  const cutoff = logLikelihood(maximiser) - CHI2_1_95 / 2;
  if (!Number.isFinite(cutoff)) return undefined;
  const distance = (total: number): number => logLikelihood(total) - cutoff;
  const lower = findRoot(distance, observed, maximiser, TOLERANCE) ?? observed;
  const upper = findRoot(distance, maximiser, upperLimit, TOLERANCE) ?? null;
  return { abundance: maximiser, lower, upper };
}
