// Small dense numerics for the prevalence estimators: the matrices are at most ~25 × 25, so plain
// loops over Float64Array beat any general-purpose library and keep the engine dependency-free.

/** Normal quantile for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;
/** 95 % quantile of the chi-square distribution with one degree of freedom. */
export const CHI2_1_95 = 3.841458820694124;

/**
 * A Cholesky factor of a symmetric positive semi-definite matrix. Columns whose pivot vanishes
 * are marked `aliased` and skipped, which is what R's glm does with linearly dependent columns
 * (their coefficients are reported as NA): the rest of the system is solved as if they were absent.
 */
export interface Cholesky {
  readonly size: number;
  readonly lower: Float64Array;
  readonly aliased: boolean[];
}

// Relative pivot threshold: a pivot this small compared with the diagonal entry means the column
// is (numerically) a combination of the earlier ones. Exact collinearity leaves pivots at rounding
// level (~1e-16); the threshold stays well below what tiny-but-genuine weights produce, so a fit
// heading to a boundary keeps its columns (R's QR tolerance, 1e-11 on norms, is 1e-22 squared).
const ALIAS_TOLERANCE = 1e-13;

export function choleskyFactor(matrix: Float64Array, size: number, reuse?: Cholesky): Cholesky {
  // Reads only the lower triangle of `matrix`. Hot loop of the 32,768-model search, hence the
  // non-null assertions (indices are in range by construction) and the optional buffer reuse.
  const lower = reuse && reuse.size === size ? reuse.lower : new Float64Array(size * size);
  const aliased: boolean[] = reuse && reuse.size === size ? reuse.aliased : new Array<boolean>(size);
  for (let k = 0; k < size; k++) {
    const rowK = k * size;
    const diagonal = matrix[rowK + k]!;
    let pivot = diagonal;
    for (let j = 0; j < k; j++) pivot -= lower[rowK + j]! * lower[rowK + j]!;
    if (!(pivot > ALIAS_TOLERANCE * Math.abs(diagonal)) || !(diagonal > 0)) {
      aliased[k] = true;
      for (let i = k; i < size; i++) lower[i * size + k] = 0;
      continue;
    }
    aliased[k] = false;
    const root = Math.sqrt(pivot);
    lower[rowK + k] = root;
    for (let i = k + 1; i < size; i++) {
      const rowI = i * size;
      let sum = matrix[rowI + k]!;
      for (let j = 0; j < k; j++) sum -= lower[rowI + j]! * lower[rowK + j]!;
      lower[rowI + k] = sum / root;
    }
  }
  return { size, lower, aliased };
}

/** Solves A x = b with a factor from {@link choleskyFactor}; aliased entries of x are 0. */
export function choleskySolve(factor: Cholesky, rhs: Float64Array): Float64Array {
  const { size, lower, aliased } = factor;
  const x = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    if (aliased[i]) continue;
    const rowI = i * size;
    let sum = rhs[i]!;
    for (let j = 0; j < i; j++) sum -= lower[rowI + j]! * x[j]!;
    x[i] = sum / lower[rowI + i]!;
  }
  for (let i = size - 1; i >= 0; i--) {
    if (aliased[i]) {
      x[i] = 0;
      continue;
    }
    let sum = x[i]!;
    for (let j = i + 1; j < size; j++) sum -= lower[j * size + i]! * x[j]!;
    x[i] = sum / lower[i * size + i]!;
  }
  return x;
}

/** Inverse of the non-aliased block; rows and columns of aliased entries are NaN. */
export function choleskyInverse(factor: Cholesky): Float64Array {
  const { size, aliased } = factor;
  const inverse = new Float64Array(size * size).fill(Number.NaN);
  const unit = new Float64Array(size);
  for (let c = 0; c < size; c++) {
    if (aliased[c]) continue;
    unit.fill(0);
    unit[c] = 1;
    const column = choleskySolve(factor, unit);
    for (let r = 0; r < size; r++) if (!aliased[r]) inverse[r * size + c] = column[r] ?? 0;
  }
  return inverse;
}

/** First element of the inverse only (the variance of the intercept), without the full inverse. */
export function choleskyInverseFirst(factor: Cholesky): number {
  if (factor.aliased[0]) return Number.NaN;
  const unit = new Float64Array(factor.size);
  unit[0] = 1;
  return choleskySolve(factor, unit)[0] ?? Number.NaN;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** log Γ(x) for x > 0 (Lanczos, g = 7; relative error ≈ 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let series = LANCZOS[0] ?? 1;
  for (let i = 1; i < LANCZOS.length; i++) series += (LANCZOS[i] ?? 0) / (z + i);
  const tt = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(tt) - tt + Math.log(series);
}

/** log of the Poisson probability of y (any real y ≥ 0, as R's dpois with log = TRUE treats it). */
export function logPoissonDensity(y: number, mu: number): number {
  if (y === 0) return -mu;
  return y * Math.log(mu) - mu - logGamma(y + 1);
}

/** Poisson deviance contribution of one cell. */
export function poissonDevianceTerm(y: number, mu: number): number {
  return 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu));
}

/**
 * Brent's minimisation (golden section with parabolic steps) of f on [lower, upper]; the same
 * algorithm as R's optimize(), so profile-likelihood maxima land where Rcapture's do.
 */
export function minimize(f: (x: number) => number, lower: number, upper: number, tolerance: number): number {
  const golden = (3 - Math.sqrt(5)) / 2;
  const eps = Math.sqrt(Number.EPSILON);
  let a = lower;
  let b = upper;
  let v = a + golden * (b - a);
  let w = v;
  let x = v;
  let d = 0;
  let e = 0;
  let fx = f(x);
  let fv = fx;
  let fw = fx;
  const tol3 = tolerance / 3;
  for (let iteration = 0; iteration < 500; iteration++) {
    const xm = (a + b) / 2;
    const tol1 = eps * Math.abs(x) + tol3;
    const tol2 = 2 * tol1;
    if (Math.abs(x - xm) <= tol2 - (b - a) / 2) break;
    let useGolden = true;
    if (Math.abs(e) > tol1) {
      let r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = (q - r) * 2;
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
      if (Math.abs(p) < Math.abs(q * 0.5 * r) && p > q * (a - x) && p < q * (b - x)) {
        d = p / q;
        const u = x + d;
        if (u - a < tol2 || b - u < tol2) d = xm >= x ? tol1 : -tol1;
        useGolden = false;
      }
    }
    if (useGolden) {
      e = x < xm ? b - x : a - x;
      d = golden * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : d > 0 ? x + tol1 : x - tol1;
    const fu = f(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return x;
}

/**
 * Brent's root finder on [lower, upper]; returns undefined when f does not change sign there
 * (R's uniroot raises an error in that case, which Rcapture turns into an open interval bound).
 */
export function findRoot(f: (x: number) => number, lower: number, upper: number, tolerance: number): number | undefined {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb) || fa * fb > 0) return undefined;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 1000; iteration++) {
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const xm = (c - b) / 2;
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
  }
  return b;
}
