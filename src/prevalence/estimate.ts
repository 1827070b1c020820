// Runs the estimators on one input and gathers the results in the shape `schakel estimate`
// prints: n, sources, one entry per model, the best model by AIC and BIC, and extras (pairwise
// two-source estimates, sample coverage, single-register estimators, covariate regression).
import { type CaptureTable, type FrequencyTable, frequencyTotal, marginCount, observedTotal } from './capture-table.js';
import { type FittedModel, fitCaptureModel, fitFrequencyModel, type ModelEstimate, summarize } from './fitted-model.js';
import { criteria, hierarchicalSearch } from './model-search.js';
import type { ModelSpec } from './model-spec.js';
import { sampleCoverageEstimate, type SampleCoverageEstimate } from './sample-coverage.js';
import { singleRegisterEstimates, type SingleRegisterEstimates } from './single-register.js';
import { pairwiseEstimates, type TwoSourceEstimate } from './two-source.js';
import { type EstimateWarning, warning } from './warnings.js';
import { type CovariateRow, ztpRegression, type ZtpRegressionResult } from './ztp-regression.js';

export interface BestModels {
  readonly AIC: string | null;
  readonly BIC: string | null;
}

export interface CaptureEstimateResult {
  readonly kind: 'capture-table';
  readonly n: number;
  readonly sources: readonly string[];
  /** Observed people per capture history: cellCounts[mask], bit i = seen by source i + 1. */
  readonly cellCounts: readonly number[];
  readonly models: ModelEstimate[];
  readonly best: BestModels;
  readonly pairwise: TwoSourceEstimate[];
  readonly sampleCoverage: SampleCoverageEstimate | null;
  readonly warnings: EstimateWarning[];
}

export interface RepeatContactResult {
  readonly kind: 'repeat-contacts';
  readonly n: number;
  readonly sources: readonly string[];
  readonly frequencies: readonly number[];
  readonly models: ModelEstimate[];
  readonly best: BestModels;
  readonly singleRegister: SingleRegisterEstimates;
  readonly ztpRegression: ZtpRegressionResult | null;
  readonly warnings: EstimateWarning[];
}

export type EstimateResult = CaptureEstimateResult | RepeatContactResult;

/** Profile intervals cost ~40 refits each; beyond this many models only the leading ones get one. */
const PROFILE_ALL_UP_TO = 1100;
const PROFILED_LEADERS = 10;

/** Smallest AIC and BIC among models with a finite estimate and every parameter estimable. */
export function bestModels(models: readonly ModelEstimate[]): BestModels {
  const pick = (criterion: 'AIC' | 'BIC'): string | null => {
    let best: ModelEstimate | undefined;
    for (const model of models) {
      if (!Number.isFinite(model[criterion]) || !Number.isFinite(model.abundance)) continue;
      if (model.warnings.some((w) => w.code === 'rank-deficient')) continue;
      if (!best || model[criterion] < best[criterion]) best = model;
    }
    return best?.model ?? null;
  };
  return { AIC: pick('AIC'), BIC: pick('BIC') };
}

/** Problems of the data themselves, which every model inherits. */
export function dataWarnings(table: CaptureTable): EstimateWarning[] {
  const warnings: EstimateWarning[] = [];
  const t = table.sources.length;
  for (let i = 0; i < t; i++) {
    if (marginCount(table, 1 << i) === 0) {
      warnings.push(
        warning('empty-source', `Bron "${table.sources[i]}" bevat niemand.`, `Source "${table.sources[i]}" contains nobody.`),
      );
    }
  }
  for (let i = 0; i < t; i++) {
    for (let j = i + 1; j < t; j++) {
      if (marginCount(table, (1 << i) | (1 << j)) > 0 || marginCount(table, 1 << i) === 0 || marginCount(table, 1 << j) === 0) continue;
      warnings.push(
        warning(
          'zero-overlap',
          `Bronnen "${table.sources[i]}" en "${table.sources[j]}" hebben geen enkele persoon gemeen; schattingen die op hun overlap steunen zijn onbetrouwbaar.`,
          `Sources "${table.sources[i]}" and "${table.sources[j]}" have nobody in common; estimates relying on their overlap are unreliable.`,
        ),
      );
    }
  }
  return warnings;
}

function heterogeneityModels(table: CaptureTable): FittedModel[] {
  const models = [fitCaptureModel(table, { kind: 'M0' })];
  if (table.sources.length >= 3) models.push(fitCaptureModel(table, { kind: 'Mh Chao (LB)' }));
  return models;
}

/** Ranks of the models by AIC and BIC, to choose which ones get a profile interval. */
function leaders(models: readonly FittedModel[]): Set<FittedModel> {
  const chosen = new Set<FittedModel>();
  for (const criterion of ['AIC', 'BIC'] as const) {
    const ranked = models
      .map((model) => ({ model, value: criteria(model)[criterion] }))
      .filter((entry) => Number.isFinite(entry.value))
      .sort((a, b) => a.value - b.value);
    ranked.slice(0, PROFILED_LEADERS).forEach((entry) => chosen.add(entry.model));
  }
  return chosen;
}

export interface CaptureEstimateOptions {
  /** Fit this model only. */
  readonly model?: ModelSpec;
}

export function estimateCaptureTable(table: CaptureTable, options: CaptureEstimateOptions = {}): CaptureEstimateResult {
  const warnings = dataWarnings(table);
  let fitted: FittedModel[];
  let profiled: (model: FittedModel) => boolean = () => true;
  if (options.model) {
    fitted = [fitCaptureModel(table, options.model)];
  } else {
    const search = hierarchicalSearch(table);
    if (!search.exhaustive) {
      warnings.push(
        warning(
          'too-many-models',
          `Met ${table.sources.length} bronnen zijn niet alle modellen gefit: voorwaartse selectie van interacties op AIC en BIC.`,
          `With ${table.sources.length} sources not every model was fitted: forward selection of interactions by AIC and BIC.`,
        ),
      );
    }
    const heterogeneity = heterogeneityModels(table);
    fitted = [...heterogeneity, ...search.models];
    if (fitted.length > PROFILE_ALL_UP_TO) {
      const chosen = leaders(fitted);
      heterogeneity.forEach((model) => chosen.add(model));
      if (search.models[0]) chosen.add(search.models[0]); // independence (Mt)
      profiled = (model) => chosen.has(model);
    }
  }
  const models = fitted.map((model) => summarize(model, { profile: profiled(model), dataWarnings: warnings, table }));
  return {
    kind: 'capture-table',
    n: observedTotal(table),
    sources: table.sources,
    cellCounts: Array.from(table.counts),
    models,
    best: bestModels(models),
    pairwise: pairwiseEstimates(table),
    sampleCoverage: sampleCoverageEstimate(table) ?? null,
    warnings,
  };
}

export type FrequencyModelName = 'M0' | 'Mh Chao (LB)';

export interface RepeatContactOptions {
  readonly model?: FrequencyModelName;
  readonly covariates?: { readonly names: readonly string[]; readonly rows: readonly CovariateRow[] };
}

export function estimateRepeatContacts(table: FrequencyTable, options: RepeatContactOptions = {}): RepeatContactResult {
  const kinds: FrequencyModelName[] = options.model ? [options.model] : ['M0', 'Mh Chao (LB)'];
  const single = singleRegisterEstimates(table);
  const warnings = [...single.warnings];
  const models = kinds.map((kind) => summarize(fitFrequencyModel(table, kind), { profile: true, dataWarnings: warnings }));
  const covariates = options.covariates;
  return {
    kind: 'repeat-contacts',
    n: frequencyTotal(table),
    sources: ['register'],
    frequencies: table.frequencies,
    models,
    best: bestModels(models),
    singleRegister: single,
    ztpRegression: covariates && covariates.names.length > 0 ? ztpRegression(covariates.names, covariates.rows) : null,
    warnings,
  };
}
