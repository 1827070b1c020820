import { describe, expect, it } from 'vitest';
import { choleskyFactor, choleskyInverse, choleskySolve, findRoot, logGamma, minimize } from './numeric.js';
import { cormackCorrection } from './profile-ci.js';

describe('logGamma', () => {
  it('matches log factorials and Γ(1/2) = √π', () => {
    let logFactorial = 0;
    for (let k = 1; k <= 170; k++) {
      logFactorial += Math.log(k);
      expect(logGamma(k + 1)).toBeCloseTo(logFactorial, 9);
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(1)).toBeCloseTo(0, 14);
  });
});

describe('Cholesky with aliased columns', () => {
  it('solves a positive-definite system', () => {
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = choleskySolve(choleskyFactor(a, 3), Float64Array.from([2, 3, 4]));
    const product = [0, 1, 2].map((r) => [0, 1, 2].reduce((sum, c) => sum + (a[r * 3 + c] ?? 0) * (x[c] ?? 0), 0));
    product.forEach((value, r) => expect(value).toBeCloseTo([2, 3, 4][r] ?? NaN, 12));
    const inverse = choleskyInverse(choleskyFactor(a, 3));
    expect((inverse[0] ?? 0) * 4 + (inverse[1] ?? 0) * 2).toBeCloseTo(1, 12);
  });

  it('marks a column that repeats an earlier one as aliased, as R’s glm reports NA', () => {
    // column 3 = column 1 + column 2 in the design behind this X'X
    const a = Float64Array.from([2, 1, 3, 1, 2, 3, 3, 3, 6]);
    const factor = choleskyFactor(a, 3);
    expect(factor.aliased).toEqual([false, false, true]);
    const x = choleskySolve(factor, Float64Array.from([1, 1, 2]));
    expect(x[2]).toBe(0);
    expect(Number.isNaN(choleskyInverse(factor)[8])).toBe(true);
  });
});

describe('one-dimensional search', () => {
  it('minimize finds the minimum of a smooth function to the requested tolerance', () => {
    expect(minimize((x) => (x - 2.345) ** 2 + 1, 0, 10, 1e-6)).toBeCloseTo(2.345, 5);
    expect(minimize((x) => Math.exp(x) - 3 * x, -5, 5, 1e-8)).toBeCloseTo(Math.log(3), 7);
  });

  it('findRoot brackets a sign change, and reports none when there is none', () => {
    expect(findRoot((x) => x * x - 2, 0, 3, 1e-10)).toBeCloseTo(Math.SQRT2, 9);
    expect(findRoot((x) => x * x + 1, -1, 1, 1e-10)).toBeUndefined();
  });
});

describe('Cormack’s correction term', () => {
  it('switches to Stirling’s form above N = 100 without a jump', () => {
    const exact = (n0: number, total: number): number =>
      n0 * Math.log(n0) + logGamma(total + 1) - total * Math.log(total) - logGamma(n0 + 1);
    expect(cormackCorrection(40, 100)).toBeCloseTo(exact(40, 100), 12);
    expect(cormackCorrection(40.5, 100.5)).toBeCloseTo(exact(40.5, 100.5), 2);
    expect(cormackCorrection(0, 50)).toBeCloseTo(logGamma(51) - 50 * Math.log(50), 12);
  });
});
