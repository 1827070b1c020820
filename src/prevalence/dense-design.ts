// Design matrices for the models whose columns are not plain "seen by these sources" indicators
// (M0, Mh/Mth Chao, Mb) and for the repeat-contact frequency table, plus the fit that drops
// negative Chao η parameters the way Rcapture does.
import { type CaptureTable, popcount } from './capture-table.js';
import { logGamma } from './numeric.js';
import { fitPoisson, type PoissonFit } from './poisson-glm.js';

export interface DesignColumn {
  readonly name: string;
  readonly values: readonly number[];
}

export interface DenseDesign {
  readonly response: readonly number[];
  /** Columns without the intercept (it is always added). */
  readonly columns: readonly DesignColumn[];
  readonly offset?: readonly number[];
  /**
   * Index (in `columns`) of the first Chao η column. Chao's lower bound requires η ≥ 0: a
   * negative η means the data show less heterogeneity than the bound assumes, so the parameter
   * sits on its boundary and is set to zero (its column removed), one at a time, first negative
   * first, refitting in between — exactly Rcapture's Chao.neg.
   */
  readonly chaoFrom?: number;
}

export interface DenseFit extends PoissonFit {
  /** Names of the columns actually in the final fit (intercept excluded). */
  readonly columnNames: readonly string[];
  readonly droppedParameters: readonly string[];
}

/**
 * Fits the design on the observed cells, or — with `unobserved` — on the completed table that
 * adds the never-seen cell (all covariates 0, offset 0) holding that many people.
 */
export function fitDense(design: DenseDesign, unobserved?: number): DenseFit {
  const completed = unobserved !== undefined;
  const response = completed ? [...design.response, unobserved] : design.response;
  const offset = design.offset && completed ? [...design.offset, 0] : design.offset;
  let columns = design.columns.map((column) => ({
    name: column.name,
    values: completed ? [...column.values, 0] : column.values,
  }));
  const etaNames = new Set(design.chaoFrom === undefined ? [] : design.columns.slice(design.chaoFrom).map((c) => c.name));
  const dropped: string[] = [];
  for (;;) {
    const fit = fitPoisson({ response, columns: columns.map((column) => column.values), ...(offset ? { offset } : {}) });
    const firstNegative = columns.findIndex((column, index) => {
      const coefficient = fit.coefficients[index + 1] ?? Number.NaN;
      return etaNames.has(column.name) && !Number.isNaN(coefficient) && coefficient < 0;
    });
    if (firstNegative < 0) return { ...fit, columnNames: columns.map((c) => c.name), droppedParameters: dropped };
    dropped.push(columns[firstNegative]?.name ?? '');
    columns = columns.filter((_, index) => index !== firstNegative);
  }
}

function chaoColumns(captureCounts: readonly number[], maxCaptures: number): DesignColumn[] {
  // η_j multiplies max(0, k − j + 1), j = 3..t: log μ is piecewise linear in the number of
  // captures k, and η_j ≥ 0 lets its slope increase (log-convexity, which any mixture has). No
  // η between k = 0 and k = 2: the unseen cell follows the slope from 1 to 2, Chao's bound.
  const columns: DesignColumn[] = [];
  for (let j = 3; j <= maxCaptures; j++) {
    columns.push({ name: `eta${j}`, values: captureCounts.map((k) => Math.max(k - j + 1, 0)) });
  }
  return columns;
}

export type CaptureDesignKind = 'M0' | 'Mh Chao (LB)' | 'Mth Chao (LB)' | 'Mb';

/** Observed cells are the masks 1..2^t − 1 in increasing order. */
export function captureDesign(table: CaptureTable, kind: CaptureDesignKind): DenseDesign {
  const t = table.sources.length;
  const masks = Array.from({ length: (1 << t) - 1 }, (_, i) => i + 1);
  const response = masks.map((mask) => table.counts[mask] ?? 0);
  const captures = masks.map(popcount);
  const sourceColumns = table.sources.map((_, i) => ({ name: `beta${i + 1}`, values: masks.map((mask) => (mask >> i) & 1) }));
  switch (kind) {
    case 'M0':
      return { response, columns: [{ name: 'beta', values: captures }] };
    case 'Mh Chao (LB)':
      return { response, columns: [{ name: 'beta', values: captures }, ...chaoColumns(captures, t)], chaoFrom: 1 };
    case 'Mth Chao (LB)':
      return { response, columns: [...sourceColumns, ...chaoColumns(captures, t)], chaoFrom: t };
    case 'Mb': {
      // Behavioural response: occasions before the first capture, and recaptures after it.
      // Source order is taken as time order, as Rcapture does.
      const before = masks.map((mask) => {
        let i = 0;
        while (!((mask >> i) & 1)) i++;
        return i;
      });
      return { response, columns: [{ name: 'beta1', values: before }, { name: 'beta2', values: captures.map((k) => k - 1) }] };
    }
  }
}

export type FrequencyDesignKind = 'M0' | 'Mh Chao (LB)';

/**
 * One register with repeat contacts, cells k = 1..K (K = most contacts observed). With no fixed
 * number of occasions the counts are Poisson mixtures, hence the −log k! offset (Rcapture's
 * closedp.0 with t = Inf): M0 is then the zero-truncated Poisson model.
 */
export function frequencyDesign(frequencies: readonly number[], kind: FrequencyDesignKind): DenseDesign {
  const captures = frequencies.map((_, index) => index + 1);
  const offset = captures.map((k) => -logGamma(k + 1));
  const base = { name: 'beta', values: captures };
  if (kind === 'M0') return { response: frequencies, columns: [base], offset };
  return { response: frequencies, columns: [base, ...chaoColumns(captures, frequencies.length)], offset, chaoFrom: 1 };
}
