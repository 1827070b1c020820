// Zero-truncated Poisson regression (van der Heijden et al. 2003): each person's contact rate
// λᵢ = exp(xᵢβ) depends on categorical covariates; only people with ≥ 1 contact are in the data, so
// the likelihood is conditional on y > 0. The population size is the Horvitz–Thompson sum
// Σ 1/(1 − e^(−λᵢ)), with variance from the sampling of people given β plus the uncertainty in β.
import { choleskyFactor, choleskyInverse, choleskySolve } from './numeric.js';
import { logTransformedInterval } from './two-source.js';
import { type EstimateWarning, warning } from './warnings.js';

export interface CovariateRow {
  /** Number of contacts (≥ 1). */
  readonly contacts: number;
  /** Number of people with these covariates and this number of contacts. */
  readonly count: number;
  readonly covariates: readonly string[];
}

export interface ZtpStratum {
  readonly covariates: Readonly<Record<string, string>>;
  readonly observed: number;
  /** People in the stratum seen more than once: what the stratum's rate is learned from. */
  readonly repeatContacts: number;
  readonly abundance: number;
}

export interface ZtpRegressionResult {
  readonly covariateNames: readonly string[];
  readonly coefficients: ReadonlyArray<{ readonly name: string; readonly estimate: number; readonly stderr: number }>;
  readonly observed: number;
  readonly abundance: number;
  readonly stderr: number;
  readonly lower: number;
  readonly upper: number;
  readonly logLikelihood: number;
  readonly converged: boolean;
  readonly strata: ZtpStratum[];
  readonly warnings: EstimateWarning[];
}

const MAX_ITERATIONS = 100;

export function ztpRegression(covariateNames: readonly string[], rows: readonly CovariateRow[]): ZtpRegressionResult {
  // Treatment coding; the reference level (the first in sorted order, as R orders factor levels)
  // does not change the fitted rates, hence not the estimate.
  const levels = covariateNames.map((_, c) => [...new Set(rows.map((row) => row.covariates[c] ?? ''))].sort());
  const names = ['(Intercept)'];
  covariateNames.forEach((covariate, c) => (levels[c] ?? []).slice(1).forEach((level) => names.push(`${covariate}=${level}`)));
  const p = names.length;
  const design = rows.map((row) => {
    const x = [1];
    covariateNames.forEach((_, c) => (levels[c] ?? []).slice(1).forEach((level) => x.push(row.covariates[c] === level ? 1 : 0)));
    return x;
  });
  const totalPeople = rows.reduce((sum, row) => sum + row.count, 0);
  const meanContacts = rows.reduce((sum, row) => sum + row.count * row.contacts, 0) / totalPeople;
  const beta = new Float64Array(p);
  beta[0] = Math.log(meanContacts);

  const rates = (): number[] => design.map((x) => Math.exp(x.reduce((sum, value, j) => sum + value * (beta[j] ?? 0), 0)));
  const logLikelihood = (lambda: number[]): number =>
    rows.reduce((sum, row, i) => {
      const l = lambda[i] ?? 0;
      return sum + row.count * (row.contacts * Math.log(l) - l - Math.log(-Math.expm1(-l)));
    }, 0);
  const information = new Float64Array(p * p);
  const fillInformation = (lambda: number[]): void => {
    information.fill(0);
    rows.forEach((row, i) => {
      const l = lambda[i] ?? 0;
      const seen = -Math.expm1(-l);
      // d/dη of E(y | y > 0) = λ/(1 − e^−λ)
      const weight = (row.count * l * (seen - l * Math.exp(-l))) / (seen * seen);
      const x = design[i] ?? [];
      for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) information[a * p + b] = (information[a * p + b] ?? 0) + weight * (x[a] ?? 0) * (x[b] ?? 0);
    });
  };

  let lambda = rates();
  let current = logLikelihood(lambda);
  let converged = false;
  for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
    const score = new Float64Array(p);
    rows.forEach((row, i) => {
      const l = lambda[i] ?? 0;
      const residual = row.contacts - l / -Math.expm1(-l);
      (design[i] ?? []).forEach((value, j) => (score[j] = (score[j] ?? 0) + row.count * residual * value));
    });
    fillInformation(lambda);
    const step = choleskySolve(choleskyFactor(information, p), score);
    for (let j = 0; j < p; j++) beta[j] = (beta[j] ?? 0) + (step[j] ?? 0);
    lambda = rates();
    const next = logLikelihood(lambda);
    converged = Math.abs(next - current) < 1e-10 * (Math.abs(next) + 0.1);
    current = next;
  }
  fillInformation(lambda);
  const factor = choleskyFactor(information, p);
  const covariance = choleskyInverse(factor);

  // Horvitz–Thompson: each seen person stands for 1/P(seen) people.
  let abundance = 0;
  let samplingVariance = 0;
  const gradient = new Float64Array(p);
  rows.forEach((row, i) => {
    const l = lambda[i] ?? 0;
    const seen = -Math.expm1(-l);
    abundance += row.count / seen;
    samplingVariance += (row.count * Math.exp(-l)) / (seen * seen);
    const derivative = (-row.count * l * Math.exp(-l)) / (seen * seen);
    (design[i] ?? []).forEach((value, j) => (gradient[j] = (gradient[j] ?? 0) + derivative * value));
  });
  let parameterVariance = 0;
  for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) parameterVariance += (gradient[a] ?? 0) * (covariance[a * p + b] ?? NaN) * (gradient[b] ?? 0);
  const variance = samplingVariance + parameterVariance;

  const strata = new Map<string, { covariates: Record<string, string>; observed: number; repeatContacts: number; abundance: number }>();
  rows.forEach((row, i) => {
    const key = row.covariates.join('\u0000');
    const stratum = strata.get(key) ?? {
      covariates: Object.fromEntries(covariateNames.map((name, c) => [name, row.covariates[c] ?? ''])),
      observed: 0,
      repeatContacts: 0,
      abundance: 0,
    };
    stratum.observed += row.count;
    if (row.contacts > 1) stratum.repeatContacts += row.count;
    stratum.abundance += row.count / -Math.expm1(-(lambda[i] ?? 0));
    strata.set(key, stratum);
  });

  const warnings: EstimateWarning[] = [];
  if (!converged || factor.aliased.some(Boolean)) {
    warnings.push(
      warning(
        'non-convergence',
        'De afgeknotte Poisson-regressie convergeerde niet of heeft niet-schatbare parameters (een niveau zonder herhaalcontacten?).',
        'The zero-truncated Poisson regression did not converge or has inestimable parameters (a level without repeat contacts?).',
      ),
    );
  }
  return {
    covariateNames,
    coefficients: names.map((name, j) => ({ name, estimate: beta[j] ?? NaN, stderr: Math.sqrt(covariance[j * p + j] ?? NaN) })),
    observed: totalPeople,
    abundance,
    stderr: Math.sqrt(variance),
    ...logTransformedInterval(totalPeople, abundance, variance),
    logLikelihood: current,
    converged,
    strata: [...strata.values()],
    warnings,
  };
}
