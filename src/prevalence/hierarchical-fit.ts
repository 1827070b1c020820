// IRLS for hierarchical log-linear models on a 2^t capture table, fast enough to fit all 32,768
// two-way models of six sources. Every design column is the indicator "seen by all sources in set
// S" (S = ∅ for the intercept, {i} for a main effect, {i, j} for an interaction), so
//   (X'WX)[a][b] = Σ w over histories containing S_a ∪ S_b,
// a lookup in the superset-sum transform of the weights (t·2^t additions) instead of a
// 2^t × p² product, and the linear predictor is the subset-sum transform of the coefficients.
import { choleskyFactor, choleskyInverseFirst, choleskySolve, logPoissonDensity, poissonDevianceTerm } from './numeric.js';
import type { FitSummary } from './poisson-glm.js';

export interface HierarchicalProblem {
  readonly sourceCount: number;
  /** counts[mask]; counts[0] is used only when `unobserved` is given. */
  readonly counts: ArrayLike<number>;
  /** Column sets, intercept (0) first. */
  readonly columnSets: readonly number[];
  /** Fit the completed table with this many people in the unobserved cell (profile likelihood). */
  readonly unobserved?: number;
  /** Fitted values (indexed by mask) of a related model, to start from. */
  readonly startFitted?: ArrayLike<number>;
}

const MAX_ITERATIONS = 100;
const DEVIANCE_TOLERANCE = 1e-10;

function supersetSums(values: Float64Array, sourceCount: number): void {
  const size = values.length;
  for (let bit = 0; bit < sourceCount; bit++) {
    const b = 1 << bit;
    for (let mask = 0; mask < size; mask++) if (!(mask & b)) values[mask] = (values[mask] ?? 0) + (values[mask | b] ?? 0);
  }
}

function subsetSums(values: Float64Array, sourceCount: number): void {
  const size = values.length;
  for (let bit = 0; bit < sourceCount; bit++) {
    const b = 1 << bit;
    for (let mask = 0; mask < size; mask++) if (mask & b) values[mask] = (values[mask] ?? 0) + (values[mask ^ b] ?? 0);
  }
}

export function fitHierarchical(problem: HierarchicalProblem): FitSummary {
  const { sourceCount, columnSets } = problem;
  const size = 1 << sourceCount;
  const p = columnSets.length;
  const first = problem.unobserved === undefined ? 1 : 0;
  const y = new Float64Array(size);
  for (let mask = 1; mask < size; mask++) y[mask] = problem.counts[mask] ?? 0;
  y[0] = problem.unobserved ?? 0;

  const mu = new Float64Array(size);
  const eta = new Float64Array(size);
  for (let mask = first; mask < size; mask++) {
    const start = problem.startFitted?.[mask];
    mu[mask] = start !== undefined && start > 0 ? start : (y[mask] ?? 0) + 0.1;
    eta[mask] = Math.log(mu[mask] ?? 1);
  }
  const weights = new Float64Array(size);
  const working = new Float64Array(size);
  const information = new Float64Array(p * p);
  const score = new Float64Array(p);
  const linear = new Float64Array(size);
  let coefficients: Float64Array = new Float64Array(p);

  const assemble = (withScore: boolean): void => {
    weights.fill(0);
    working.fill(0);
    for (let mask = first; mask < size; mask++) {
      const m = mu[mask] ?? 0;
      weights[mask] = m;
      if (withScore) working[mask] = m * (eta[mask] ?? 0) + (y[mask] ?? 0) - m;
    }
    supersetSums(weights, sourceCount);
    if (withScore) supersetSums(working, sourceCount);
    for (let a = 0; a < p; a++) {
      const setA = columnSets[a] ?? 0;
      if (withScore) score[a] = working[setA] ?? 0;
      for (let b = 0; b < p; b++) information[a * p + b] = weights[setA | (columnSets[b] ?? 0)] ?? 0;
    }
  };
  const deviance = (): number => {
    let sum = 0;
    for (let mask = first; mask < size; mask++) sum += poissonDevianceTerm(y[mask] ?? 0, mu[mask] ?? 0);
    return sum;
  };

  let currentDeviance = deviance();
  let converged = false;
  let iterations = 0;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    assemble(true);
    coefficients = choleskySolve(choleskyFactor(information, p), score);
    linear.fill(0);
    for (let a = 0; a < p; a++) linear[columnSets[a] ?? 0] = (linear[columnSets[a] ?? 0] ?? 0) + (coefficients[a] ?? 0);
    subsetSums(linear, sourceCount);
    for (let mask = 0; mask < size; mask++) {
      eta[mask] = linear[mask] ?? 0;
      mu[mask] = Math.exp(linear[mask] ?? 0);
    }
    const previous = currentDeviance;
    currentDeviance = deviance();
    if (Math.abs(currentDeviance - previous) / (Math.abs(currentDeviance) + 0.1) < DEVIANCE_TOLERANCE) {
      converged = true;
      break;
    }
  }
  assemble(false);
  const factor = choleskyFactor(information, p);
  const aliased = factor.aliased;
  aliased.forEach((isAliased, index) => {
    if (isAliased) coefficients[index] = Number.NaN;
  });
  const rank = aliased.filter((isAliased) => !isAliased).length;
  let logLikelihood = 0;
  for (let mask = first; mask < size; mask++) logLikelihood += logPoissonDensity(y[mask] ?? 0, mu[mask] ?? 0);
  return {
    coefficients,
    varianceIntercept: choleskyInverseFirst(factor),
    fitted: mu,
    deviance: currentDeviance,
    logLikelihood,
    rank,
    residualDf: size - first - rank,
    converged,
    iterations,
  };
}
