// Signs that one model's fit should not be trusted: it did not converge, parameters ran to the
// edge of their space, the design lost rank, an interaction rests on very few people, or the
// uncertainty swamps the estimate.
import { type CaptureTable, marginCount } from './capture-table.js';
import type { FittedModel } from './fitted-model.js';
import type { ProfileInterval } from './profile-ci.js';
import { type EstimateWarning, warning } from './warnings.js';

/** Coefficients beyond this size mean a fitted cell is heading to zero (a margin with no people). */
const DIVERGENT_COEFFICIENT = 20;
/** Fewer people than this behind an interaction make its estimate (and so N̂) fragile. */
const SPARSE_MARGIN = 5;

function setLabel(set: number): string {
  const members: number[] = [];
  for (let i = 0; (set >> i) !== 0; i++) if ((set >> i) & 1) members.push(i + 1);
  return members.join('×');
}

export function fitWarnings(model: FittedModel, profile: ProfileInterval | undefined, table?: CaptureTable): EstimateWarning[] {
  const { fit } = model;
  const warnings: EstimateWarning[] = [];
  if (!fit.converged) {
    warnings.push(
      warning(
        'non-convergence',
        `Model ${model.name}: de schatting convergeerde niet na ${fit.iterations} iteraties.`,
        `Model ${model.name}: the fit did not converge after ${fit.iterations} iterations.`,
      ),
    );
  }
  if (fit.rank < fit.coefficients.length) {
    warnings.push(
      warning(
        'rank-deficient',
        `Model ${model.name}: de designmatrix heeft geen volle rang; ${fit.coefficients.length - fit.rank} parameter(s) niet schatbaar.`,
        `Model ${model.name}: design matrix not of full rank; ${fit.coefficients.length - fit.rank} parameter(s) not estimable.`,
      ),
    );
  }
  if (model.droppedParameters.length > 0) {
    const names = model.droppedParameters.join(', ');
    warnings.push(
      warning(
        'boundary-estimate',
        `Model ${model.name}: parameter(s) ${names} op de rand (negatief) en op nul gezet.`,
        `Model ${model.name}: parameter(s) ${names} hit the boundary (negative) and were set to zero.`,
      ),
    );
  }
  const slopes = Array.from(fit.coefficients).slice(1);
  if (slopes.some((c) => Number.isFinite(c) && Math.abs(c) > DIVERGENT_COEFFICIENT)) {
    warnings.push(
      warning(
        'boundary-estimate',
        `Model ${model.name}: een parameter loopt weg naar oneindig (een marge zonder personen); de schatting ligt op de rand.`,
        `Model ${model.name}: a parameter diverges (a margin with no people); the estimate lies on the boundary.`,
      ),
    );
  }
  if (table && model.columnSets) {
    for (const set of model.columnSets) {
      if ((set & (set - 1)) === 0) continue; // intercept and main effects
      const people = marginCount(table, set);
      if (people < SPARSE_MARGIN) {
        warnings.push(
          warning(
            'sparse-cells',
            `Model ${model.name}: de interactie ${setLabel(set)} steunt op ${people} perso(o)n(en).`,
            `Model ${model.name}: the ${setLabel(set)} interaction rests on ${people} people.`,
          ),
        );
      }
    }
  }
  const unseen = model.abundance - model.observed;
  if (!Number.isFinite(model.abundance) || !Number.isFinite(model.stderr) || (unseen > 0 && model.stderr > unseen)) {
    warnings.push(
      warning(
        'unstable-estimate',
        `Model ${model.name}: onstabiele schatting (standaardfout groter dan het geschatte aantal ongeziene personen).`,
        `Model ${model.name}: unstable estimate (standard error larger than the estimated number of unseen people).`,
      ),
    );
  }
  if (profile && profile.upper === null) {
    warnings.push(
      warning(
        'profile-open-upper',
        `Model ${model.name}: de bovengrens van het profielinterval ligt boven 3 × N̂.`,
        `Model ${model.name}: the profile interval's upper limit lies above 3 × N̂.`,
      ),
    );
  }
  return warnings;
}
