// IRLS for hierarchical log-linear models on a 2^t capture table, fast enough to fit all 32,768
// two-way models of six sources. Every design column is the indicator "seen by all sources in set
// S" (S = ∅ for the intercept, {i} for a main effect, {i, j} for an interaction), so
//   (X'WX)[a][b] = Σ w over histories containing S_a ∪ S_b,
// a lookup in the superset-sum transform of the weights (t·2^t additions) instead of a
// 2^t × p² product, and the linear predictor is the subset-sum transform of the coefficients.
// Constant parts of the deviance and log-likelihood are computed once per table, and buffers are
// reused between fits, because allocation and logarithms dominated the profile otherwise.
import { choleskyFactor, choleskyInverseFirst, choleskySolve, logGamma } from './numeric.js';
import { type FitSummary, MIN_FITTED } from './poisson-glm.js';

export interface HierarchicalOptions {
  /** Fit the completed table with this many people in the unobserved cell (profile likelihood). */
  readonly unobserved?: number;
  /** Fitted values (indexed by mask) of a related model, to start from. */
  readonly startFitted?: ArrayLike<number>;
}

/** A capture table prepared for repeated fits. */
export interface HierarchicalData {
  readonly sourceCount: number;
  readonly counts: Float64Array;
  /** Σ y log y and Σ log y! over the observed cells. */
  readonly sumYLogY: number;
  readonly sumLogFactorial: number;
  // Scratch buffers, reused by every fit of this table (fits run one at a time).
  readonly weights: Float64Array;
  readonly working: Float64Array;
  readonly linear: Float64Array;
  readonly eta: Float64Array;
}

export function prepareHierarchical(sourceCount: number, counts: ArrayLike<number>): HierarchicalData {
  const size = 1 << sourceCount;
  const y = new Float64Array(size);
  let sumYLogY = 0;
  let sumLogFactorial = 0;
  for (let mask = 1; mask < size; mask++) {
    const value = counts[mask] ?? 0;
    y[mask] = value;
    if (value > 0) sumYLogY += value * Math.log(value);
    sumLogFactorial += logGamma(value + 1);
  }
  return {
    sourceCount,
    counts: y,
    sumYLogY,
    sumLogFactorial,
    weights: new Float64Array(size),
    working: new Float64Array(size),
    linear: new Float64Array(size),
    eta: new Float64Array(size),
  };
}

const MAX_ITERATIONS = 100;
const DEVIANCE_TOLERANCE = 1e-10;

// Blocks of 2b masks: the first half lacks bit b, the second half has it. Looping per block
// avoids testing the bit on every mask.
function supersetSums(values: Float64Array, sourceCount: number): void {
  const size = values.length;
  for (let bit = 0; bit < sourceCount; bit++) {
    const b = 1 << bit;
    for (let block = 0; block < size; block += 2 * b) for (let mask = block; mask < block + b; mask++) values[mask]! += values[mask + b]!;
  }
}

function subsetSums(values: Float64Array, sourceCount: number): void {
  const size = values.length;
  for (let bit = 0; bit < sourceCount; bit++) {
    const b = 1 << bit;
    for (let block = 0; block < size; block += 2 * b) for (let mask = block + b; mask < block + 2 * b; mask++) values[mask]! += values[mask - b]!;
  }
}

export function fitHierarchical(data: HierarchicalData, columnSets: readonly number[], options: HierarchicalOptions = {}): FitSummary {
  const { sourceCount, weights, working, linear, eta } = data;
  const size = 1 << sourceCount;
  const p = columnSets.length;
  const completed = options.unobserved !== undefined;
  const first = completed ? 0 : 1;
  const y = data.counts;
  const unobserved = options.unobserved ?? 0;
  // Deviance = 2 Σ (y log y − y η − y + μ); only Σ y η and Σ μ change between iterations.
  const sumYLogY = data.sumYLogY + (unobserved > 0 ? unobserved * Math.log(unobserved) : 0);
  let sumY = unobserved;
  for (let mask = 1; mask < size; mask++) sumY += y[mask]!;

  const mu = new Float64Array(size);
  eta[0] = 0;
  for (let mask = first; mask < size; mask++) {
    const start = options.startFitted?.[mask];
    const observed = mask === 0 ? unobserved : y[mask]!;
    mu[mask] = start !== undefined && start > 0 ? start : observed + 0.1;
    eta[mask] = Math.log(mu[mask]!);
  }
  const information = new Float64Array(p * p);
  const score = new Float64Array(p);
  const deviance = (): number => {
    let yEta = unobserved * eta[0]!;
    let sumMu = completed ? mu[0]! : 0;
    for (let mask = 1; mask < size; mask++) {
      yEta += y[mask]! * eta[mask]!;
      sumMu += mu[mask]!;
    }
    return 2 * (sumYLogY - yEta - sumY + sumMu);
  };

  let coefficients: Float64Array = new Float64Array(p);
  let currentDeviance = deviance();
  let converged = false;
  let iterations = 0;
  let factor = choleskyFactor(information, p);
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    weights[0] = 0;
    working[0] = 0;
    for (let mask = first; mask < size; mask++) {
      const m = mu[mask]!;
      weights[mask] = m;
      working[mask] = m * eta[mask]! + (mask === 0 ? unobserved : y[mask]!) - m;
    }
    supersetSums(weights, sourceCount);
    supersetSums(working, sourceCount);
    // Only the lower triangle: the Cholesky factorisation reads nothing else.
    for (let a = 0; a < p; a++) {
      const setA = columnSets[a]!;
      score[a] = working[setA]!;
      for (let b = 0; b <= a; b++) information[a * p + b] = weights[setA | columnSets[b]!]!;
    }
    // R's summary.glm also takes its covariance from the last iteration's weights.
    factor = choleskyFactor(information, p, factor);
    coefficients = choleskySolve(factor, score);
    linear.fill(0);
    for (let a = 0; a < p; a++) if (!factor.aliased[a]) linear[columnSets[a]!]! += coefficients[a]!;
    subsetSums(linear, sourceCount);
    for (let mask = 0; mask < size; mask++) {
      eta[mask] = linear[mask]!;
      mu[mask] = Math.max(Math.exp(linear[mask]!), MIN_FITTED);
    }
    const previous = currentDeviance;
    currentDeviance = deviance();
    if (Math.abs(currentDeviance - previous) / (Math.abs(currentDeviance) + 0.1) < DEVIANCE_TOLERANCE) {
      converged = true;
      break;
    }
  }
  let rank = 0;
  factor.aliased.forEach((isAliased, index) => {
    if (isAliased) coefficients[index] = Number.NaN;
    else rank++;
  });
  // log L = Σ (y η − μ − log y!)
  const logFactorials = data.sumLogFactorial + (completed ? logGamma(unobserved + 1) : 0);
  const logLikelihood = (sumYLogY - sumY - currentDeviance / 2) - logFactorials;
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
