// Poisson log-linear regression fitted by iteratively reweighted least squares, as R's
// glm(family = poisson) does it: same starting values (mu = y + 0.1), same working response, same
// convergence test on the deviance. Matching R's path matters because Rcapture's published figures
// are what the tests reproduce.
import {
  choleskyFactor,
  choleskyInverse,
  choleskySolve,
  logPoissonDensity,
  poissonDevianceTerm,
} from './numeric.js';

/** What every log-linear fit reports, whichever algorithm produced it. */
export interface FitSummary {
  /** Coefficients in column order (intercept first); NaN for aliased columns. */
  readonly coefficients: Float64Array;
  /** Var(intercept) from the unscaled covariance (X'WX)⁻¹: all the delta method for N needs. */
  readonly varianceIntercept: number;
  readonly fitted: Float64Array;
  readonly deviance: number;
  readonly logLikelihood: number;
  /** Number of estimable (non-aliased) coefficients. */
  readonly rank: number;
  readonly residualDf: number;
  readonly converged: boolean;
  readonly iterations: number;
}

export interface PoissonFit extends FitSummary {
  /** Unscaled covariance (X'WX)⁻¹, row-major p × p; NaN rows/columns for aliased columns. */
  readonly covariance: Float64Array;
}

export interface PoissonProblem {
  readonly response: ArrayLike<number>;
  /** Design columns, each of the response's length. The intercept is NOT included: it is added. */
  readonly columns: readonly ArrayLike<number>[];
  readonly offset?: ArrayLike<number>;
  /** Fitted values of a related model to start from (warm start). */
  readonly startFitted?: ArrayLike<number>;
}

const MAX_ITERATIONS = 100;
/**
 * R's poisson()$linkinv floors fitted values at the machine epsilon. Without the floor a cell
 * heading to zero (an empty margin) underflows and poisons IRLS with 0/0; with it, such fits
 * settle with a large negative coefficient, which fit-warnings reports as a boundary estimate.
 */
export const MIN_FITTED = Number.EPSILON;
const DEVIANCE_TOLERANCE = 1e-10;

export function fitPoisson(problem: PoissonProblem): PoissonFit {
  const y = problem.response;
  const rows = y.length;
  const p = problem.columns.length + 1;
  const design = new Float64Array(rows * p);
  for (let r = 0; r < rows; r++) {
    design[r * p] = 1;
    problem.columns.forEach((column, c) => {
      design[r * p + c + 1] = column[r] ?? 0;
    });
  }
  const offset = (r: number): number => problem.offset?.[r] ?? 0;
  const mu = new Float64Array(rows);
  const eta = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const start = problem.startFitted?.[r];
    mu[r] = start !== undefined && start > 0 ? start : (y[r] ?? 0) + 0.1;
    eta[r] = Math.log(mu[r] ?? 1);
  }
  let deviance = totalDeviance(y, mu);
  let converged = false;
  let iterations = 0;
  let coefficients: Float64Array = new Float64Array(p);
  const information = new Float64Array(p * p);
  let factor = choleskyFactor(information, p);
  const score = new Float64Array(p);
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    information.fill(0);
    score.fill(0);
    for (let r = 0; r < rows; r++) {
      const m = mu[r] ?? 0;
      const working = (eta[r] ?? 0) - offset(r) + ((y[r] ?? 0) - m) / m;
      for (let a = 0; a < p; a++) {
        const xa = design[r * p + a] ?? 0;
        if (xa === 0) continue;
        score[a] = (score[a] ?? 0) + m * xa * working;
        for (let b = 0; b <= a; b++) information[a * p + b] = (information[a * p + b] ?? 0) + m * xa * (design[r * p + b] ?? 0);
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) information[b * p + a] = information[a * p + b] ?? 0;
    factor = choleskyFactor(information, p, factor);
    coefficients = choleskySolve(factor, score);
    for (let r = 0; r < rows; r++) {
      let linear = offset(r);
      for (let a = 0; a < p; a++) linear += (design[r * p + a] ?? 0) * (coefficients[a] ?? 0);
      eta[r] = linear;
      mu[r] = Math.max(Math.exp(linear), MIN_FITTED);
    }
    const previous = deviance;
    deviance = totalDeviance(y, mu);
    if (Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < DEVIANCE_TOLERANCE) {
      converged = true;
      break;
    }
  }
  // As in R's glm.fit, the covariance comes from the last iteration's weights: summary.glm
  // reports it that way, and the fast hierarchical IRLS does the same.
  const rank = factor.aliased.filter((isAliased) => !isAliased).length;
  factor.aliased.forEach((isAliased, index) => {
    if (isAliased) coefficients[index] = Number.NaN;
  });
  let logLikelihood = 0;
  for (let r = 0; r < rows; r++) logLikelihood += logPoissonDensity(y[r] ?? 0, mu[r] ?? 0);
  const covariance = choleskyInverse(factor);
  return {
    coefficients,
    covariance,
    varianceIntercept: covariance[0] ?? Number.NaN,
    fitted: mu,
    deviance,
    logLikelihood,
    rank,
    residualDf: rows - rank,
    converged,
    iterations,
  };
}

export function totalDeviance(y: ArrayLike<number>, mu: ArrayLike<number>): number {
  let sum = 0;
  for (let r = 0; r < y.length; r++) sum += poissonDevianceTerm(y[r] ?? 0, mu[r] ?? 0);
  return sum;
}
