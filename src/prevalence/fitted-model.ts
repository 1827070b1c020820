// One fitted model and what Rcapture reports for it: N̂, its delta-method standard error, the
// deviance, AIC/BIC and (on request) the profile-likelihood interval.
import { type CaptureTable, type FrequencyTable, frequencyTotal, observedTotal } from './capture-table.js';
import { captureDesign, type DenseDesign, fitDense, frequencyDesign, type FrequencyDesignKind } from './dense-design.js';
import { fitHierarchical, type HierarchicalData, prepareHierarchical } from './hierarchical-fit.js';
import { hierarchicalColumnSets, type ModelSpec, modelName } from './model-spec.js';
import type { FitSummary } from './poisson-glm.js';
import { profileInterval, type ProfileInterval } from './profile-ci.js';
import { fitWarnings } from './fit-warnings.js';
import type { EstimateWarning } from './warnings.js';

export interface FittedModel {
  readonly name: string;
  readonly observed: number;
  readonly fit: FitSummary;
  readonly droppedParameters: readonly string[];
  readonly abundance: number;
  readonly stderr: number;
  /** Column sets of a hierarchical model (for sparse-margin checks). */
  readonly columnSets?: readonly number[];
  /** Deviance of the model refitted to the completed table; absent where no profile CI exists (Mb). */
  readonly completedDeviance?: (unobserved: number) => number;
}

export interface ModelEstimate {
  readonly model: string;
  readonly abundance: number;
  readonly stderr: number;
  readonly deviance: number;
  readonly df: number;
  readonly AIC: number;
  readonly BIC: number;
  readonly profile: ProfileInterval | null;
  readonly warnings: EstimateWarning[];
}

/** N̂ = n + exp(intercept); Var = μ̂₀ + μ̂₀² Var(intercept) (Rcapture's getN). */
function standardAbundance(observed: number, fit: FitSummary): { abundance: number; stderr: number } {
  const unseen = Math.exp(fit.coefficients[0] ?? Number.NaN);
  return { abundance: observed + unseen, stderr: Math.sqrt(unseen + unseen * unseen * fit.varianceIntercept) };
}

// Prepared once per table: thousands of models are fitted to the same counts.
const preparedTables = new WeakMap<CaptureTable, HierarchicalData>();

function prepared(table: CaptureTable): HierarchicalData {
  let data = preparedTables.get(table);
  if (!data) {
    data = prepareHierarchical(table.sources.length, table.counts);
    preparedTables.set(table, data);
  }
  return data;
}

export function fitCaptureModel(table: CaptureTable, spec: ModelSpec, startFitted?: ArrayLike<number>): FittedModel {
  const t = table.sources.length;
  const observed = observedTotal(table);
  const name = modelName(spec, t);
  if (spec.kind === 'hierarchical') {
    const columnSets = hierarchicalColumnSets(t, spec.pairs);
    const data = prepared(table);
    const fit = fitHierarchical(data, columnSets, startFitted ? { startFitted } : {});
    let warm: Float64Array = fit.fitted;
    const completedDeviance = (unobserved: number): number => {
      const completed = fitHierarchical(data, columnSets, { unobserved, startFitted: warm });
      warm = completed.fitted;
      return completed.deviance;
    };
    return { name, observed, fit, droppedParameters: [], ...standardAbundance(observed, fit), columnSets, completedDeviance };
  }
  const design = captureDesign(table, spec.kind);
  const fit = fitDense(design);
  if (spec.kind === 'Mb') return { name, observed, fit, droppedParameters: [], ...behaviouralAbundance(fit, t) };
  return {
    name,
    observed,
    fit,
    droppedParameters: fit.droppedParameters,
    ...standardAbundance(observed, fit),
    completedDeviance: completedDevianceOf(design),
  };
}

export function fitFrequencyModel(table: FrequencyTable, kind: FrequencyDesignKind): FittedModel {
  const observed = frequencyTotal(table);
  const design = frequencyDesign(table.frequencies, kind);
  const fit = fitDense(design);
  return {
    name: kind,
    observed,
    fit,
    droppedParameters: fit.droppedParameters,
    ...standardAbundance(observed, fit),
    completedDeviance: completedDevianceOf(design),
  };
}

function completedDevianceOf(design: DenseDesign): (unobserved: number) => number {
  return (unobserved) => fitDense(design, unobserved).deviance;
}

/**
 * Mb: with p the first-capture and c the recapture probability, the fitted coefficients give
 * N = e^β0 (1 + e^β2)^t / (1 + e^β2 − e^β1); its variance is Rcapture's delta-method form v'Σv − N.
 */
function behaviouralAbundance(fit: FitSummary & { covariance?: Float64Array }, t: number): { abundance: number; stderr: number } {
  const [b0, b1, b2] = [fit.coefficients[0] ?? NaN, fit.coefficients[1] ?? NaN, fit.coefficients[2] ?? NaN];
  const denominator = 1 + Math.exp(b2) - Math.exp(b1);
  const abundance = (Math.exp(b0) * (1 + Math.exp(b2)) ** t) / denominator;
  const gradient = [1, Math.exp(b1) / denominator, (t * Math.exp(b2)) / (1 + Math.exp(b2)) - Math.exp(b2) / denominator].map(
    (g) => g * abundance,
  );
  let quadratic = 0;
  const covariance = fit.covariance;
  for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) quadratic += (gradient[a] ?? 0) * (covariance?.[a * 3 + b] ?? NaN) * (gradient[b] ?? 0);
  return { abundance, stderr: Math.sqrt(quadratic - abundance) };
}

export interface SummaryOptions {
  readonly profile: boolean;
  /** Warnings about the data that apply to every model (zero overlaps, empty sources). */
  readonly dataWarnings?: readonly EstimateWarning[];
  /** Capture table, for margin checks of hierarchical models. */
  readonly table?: CaptureTable;
}

export function summarize(model: FittedModel, options: SummaryOptions): ModelEstimate {
  const { fit, observed } = model;
  const AIC = -2 * fit.logLikelihood + 2 * fit.rank;
  const BIC = AIC + (Math.log(observed) - 2) * fit.rank;
  const profile = options.profile && model.completedDeviance ? profileInterval(observed, model.abundance, model.completedDeviance) : undefined;
  const warnings = [...(options.dataWarnings ?? []), ...fitWarnings(model, profile, options.table)];
  return {
    model: model.name,
    abundance: model.abundance,
    stderr: model.stderr,
    deviance: fit.deviance,
    df: fit.residualDf,
    AIC,
    BIC,
    profile: profile ?? null,
    warnings,
  };
}
