// Which hierarchical models to fit for a capture table. Up to six sources every subset of the
// t(t−1)/2 pairs is fitted (2^15 = 32,768 models at t = 6), each warm-started from the fit of the
// same model minus its highest pair. From seven sources that is millions of models, so a forward
// selection (add the pair that lowers the criterion most, for AIC and for BIC) replaces it.
import type { CaptureTable } from './capture-table.js';
import { type FittedModel, fitCaptureModel } from './fitted-model.js';
import { pairCount, pairsOfMask } from './model-spec.js';

/** Largest t for which every hierarchical two-way model is enumerated. */
export const EXHAUSTIVE_MAX_SOURCES = 6;

export interface CriterionValues {
  readonly AIC: number;
  readonly BIC: number;
}

export function criteria(model: FittedModel): CriterionValues {
  const AIC = -2 * model.fit.logLikelihood + 2 * model.fit.rank;
  return { AIC, BIC: AIC + (Math.log(model.observed) - 2) * model.fit.rank };
}

/** Interactions are only identifiable from three sources on (with two, [12] has more parameters than cells). */
function interactionsAllowed(table: CaptureTable): boolean {
  return table.sources.length >= 3;
}

export function allHierarchicalModels(table: CaptureTable): FittedModel[] {
  const t = table.sources.length;
  const total = interactionsAllowed(table) ? 1 << pairCount(t) : 1;
  const fits: FittedModel[] = new Array<FittedModel>(total);
  for (let mask = 0; mask < total; mask++) {
    // Dropping the highest pair gives a smaller mask, already fitted: its fitted values are a
    // close start, which roughly halves the IRLS iterations.
    const parent = mask === 0 ? undefined : fits[mask & ~(1 << (31 - Math.clz32(mask)))];
    fits[mask] = fitCaptureModel(table, { kind: 'hierarchical', pairs: pairsOfMask(mask) }, parent?.fit.fitted);
  }
  return fits;
}

export function forwardSelection(table: CaptureTable): FittedModel[] {
  const t = table.sources.length;
  const fitted = new Map<string, FittedModel>();
  const fit = (pairs: readonly number[], start?: FittedModel): FittedModel => {
    const key = pairs.join(',');
    const known = fitted.get(key);
    if (known) return known;
    const model = fitCaptureModel(table, { kind: 'hierarchical', pairs }, start?.fit.fitted);
    fitted.set(key, model);
    return model;
  };
  for (const criterion of ['AIC', 'BIC'] as const) {
    let currentPairs: number[] = [];
    let current = fit(currentPairs);
    for (;;) {
      let best: { model: FittedModel; pairs: number[] } | undefined;
      for (let pair = 0; pair < pairCount(t); pair++) {
        if (currentPairs.includes(pair)) continue;
        const pairs = [...currentPairs, pair].sort((a, b) => a - b);
        const candidate = fit(pairs, current);
        if (!best || criteria(candidate)[criterion] < criteria(best.model)[criterion]) best = { model: candidate, pairs };
      }
      if (!best || !(criteria(best.model)[criterion] < criteria(current)[criterion])) break;
      current = best.model;
      currentPairs = best.pairs;
    }
  }
  return [...fitted.values()];
}

export function hierarchicalSearch(table: CaptureTable): { models: FittedModel[]; exhaustive: boolean } {
  if (table.sources.length <= EXHAUSTIVE_MAX_SOURCES) return { models: allHierarchicalModels(table), exhaustive: true };
  return { models: forwardSelection(table), exhaustive: false };
}
