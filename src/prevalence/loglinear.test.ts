// Properties of the log-linear engine that hold for any data, checked on random tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaptureTable, captureTableFrom, permuteSources } from './capture-table.js';
import { dataWarnings, estimateCaptureTable } from './estimate.js';
import { fitCaptureModel } from './fitted-model.js';
import { fitHierarchical, prepareHierarchical } from './hierarchical-fit.js';
import { allHierarchicalModels } from './model-search.js';
import { hierarchicalColumnSets, type ModelSpec, modelName, pairCount, parseModelName, permutePairs, sourcePairs } from './model-spec.js';
import { fitPoisson } from './poisson-glm.js';
import { sampleCoverageEstimate } from './sample-coverage.js';

/** A capture table with t sources and 1..maxCount people in every history. */
function tableArbitrary(minSources: number, maxSources: number, maxCount = 60): fc.Arbitrary<CaptureTable> {
  return fc.integer({ min: minSources, max: maxSources }).chain((t) =>
    fc.array(fc.integer({ min: 1, max: maxCount }), { minLength: (1 << t) - 1, maxLength: (1 << t) - 1 }).map((counts) =>
      captureTableFrom(
        Array.from({ length: t }, (_, i) => `s${i + 1}`),
        counts.map((count, index) => ({ history: index + 1, count })),
      ),
    ),
  );
}

function permutationOf(t: number): fc.Arbitrary<number[]> {
  const identity = Array.from({ length: t }, (_, i) => i);
  return fc.shuffledSubarray(identity, { minLength: t, maxLength: t });
}

/** Exact expected counts N·P(history) when sources record people independently. */
function independentTable(population: number, probabilities: readonly number[]): CaptureTable {
  const rows = [];
  for (let mask = 1; mask < 1 << probabilities.length; mask++) {
    const p = probabilities.reduce((product, pi, i) => product * ((mask >> i) & 1 ? pi : 1 - pi), 1);
    rows.push({ history: mask, count: population * p });
  }
  return captureTableFrom(probabilities.map((_, i) => `s${i + 1}`), rows);
}

describe('model names', () => {
  it('round-trip through parse and format for every hierarchical model of 4 sources', () => {
    const names = new Set<string>();
    for (let mask = 0; mask < 1 << pairCount(4); mask++) {
      const pairs = sourcePairs(4).map((_, i) => i).filter((i) => (mask >> i) & 1);
      const name = modelName({ kind: 'hierarchical', pairs }, 4);
      names.add(name);
      expect(parseModelName(name, 4)).toEqual({ spec: { kind: 'hierarchical', pairs } });
    }
    expect(names.size).toBe(64);
  });

  it('uses Rcapture notation and accepts Mt for independence', () => {
    expect(parseModelName('[12,3,4]', 4)).toEqual({ spec: { kind: 'hierarchical', pairs: [0] } });
    expect(modelName({ kind: 'hierarchical', pairs: [1, 4, 5] }, 4)).toBe('[13,24,34]');
    expect(parseModelName('Mt', 4)).toEqual({ spec: { kind: 'hierarchical', pairs: [] } });
    expect(modelName({ kind: 'hierarchical', pairs: [] }, 4)).toBe('[1,2,3,4]');
    expect(parseModelName('mh chao (lb)', 3)).toEqual({ spec: { kind: 'Mh Chao (LB)' } });
  });

  it('rejects unknown models, sources out of range and three-way terms', () => {
    expect(parseModelName('Mx', 3)).toHaveProperty('error');
    expect(parseModelName('[15]', 4)).toHaveProperty('error');
    expect(parseModelName('[123]', 4)).toHaveProperty('error');
    expect(parseModelName('[11]', 4)).toHaveProperty('error');
  });
});

describe('the fast hierarchical IRLS', () => {
  it('agrees with the general dense IRLS on random tables and pair sets', () => {
    fc.assert(
      fc.property(
        tableArbitrary(3, 4).chain((table) =>
          fc.tuple(fc.constant(table), fc.subarray(sourcePairs(table.sources.length).map((_, i) => i))),
        ),
        ([table, pairs]) => {
          const t = table.sources.length;
          const sets = hierarchicalColumnSets(t, pairs);
          const fast = fitHierarchical(prepareHierarchical(t, table.counts), sets);
          const masks = Array.from({ length: (1 << t) - 1 }, (_, i) => i + 1);
          const dense = fitPoisson({
            response: masks.map((mask) => table.counts[mask] ?? 0),
            columns: sets.slice(1).map((set) => masks.map((mask) => ((mask & set) === set ? 1 : 0))),
          });
          expect(fast.deviance).toBeCloseTo(dense.deviance, 6);
          expect(fast.coefficients[0]).toBeCloseTo(dense.coefficients[0] ?? NaN, 6);
          expect(fast.varianceIntercept).toBeCloseTo(dense.varianceIntercept, 6);
          expect(fast.logLikelihood).toBeCloseTo(dense.logLikelihood, 6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('recovers N exactly from expected counts of independent sources (t = 2..6)', () => {
    for (let t = 2; t <= 6; t++) {
      const probabilities = Array.from({ length: t }, (_, i) => 0.2 + 0.1 * i);
      const model = fitCaptureModel(independentTable(1000, probabilities), { kind: 'hierarchical', pairs: [] });
      expect(model.abundance).toBeCloseTo(1000, 6);
      expect(model.fit.deviance).toBeCloseTo(0, 8);
    }
  });

  it('enumerates all 2^(t(t−1)/2) two-way models, every one converged', () => {
    const table = independentTable(500, [0.3, 0.4, 0.5, 0.6]);
    const models = allHierarchicalModels(table);
    expect(models).toHaveLength(64);
    expect(new Set(models.map((m) => m.name)).size).toBe(64);
    expect(models.every((m) => m.fit.converged)).toBe(true);
  });
});

describe('seven or more sources', () => {
  it('replace the 2^21 models by forward selection, and say so', () => {
    const result = estimateCaptureTable(independentTable(2000, [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]));
    expect(result.models.length).toBeLessThan(2 * 22 * 22);
    expect(result.warnings.map((w) => w.code)).toContain('too-many-models');
    expect(result.best.BIC).toBe('[1,2,3,4,5,6,7]');
  });
});

describe('symmetry', () => {
  const symmetric: ModelSpec[] = [{ kind: 'M0' }, { kind: 'Mh Chao (LB)' }, { kind: 'Mth Chao (LB)' }, { kind: 'hierarchical', pairs: [] }];

  it('permuting source columns never changes the symmetric models’ estimates', () => {
    fc.assert(
      fc.property(
        tableArbitrary(3, 5).chain((table) => fc.tuple(fc.constant(table), permutationOf(table.sources.length))),
        ([table, permutation]) => {
          const permuted = permuteSources(table, permutation);
          for (const spec of symmetric) {
            const original = fitCaptureModel(table, spec);
            const shuffled = fitCaptureModel(permuted, spec);
            expect(shuffled.abundance).toBeCloseTo(original.abundance, 5);
            expect(shuffled.stderr).toBeCloseTo(original.stderr, 5);
            expect(shuffled.fit.deviance).toBeCloseTo(original.fit.deviance, 5);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a hierarchical model with its pairs renumbered gives the same estimate on the permuted table', () => {
    fc.assert(
      fc.property(
        tableArbitrary(3, 5).chain((table) =>
          fc.tuple(fc.constant(table), permutationOf(table.sources.length), fc.subarray(sourcePairs(table.sources.length).map((_, i) => i))),
        ),
        ([table, permutation, pairs]) => {
          const original = fitCaptureModel(table, { kind: 'hierarchical', pairs });
          const renumbered = permutePairs(pairs, table.sources.length, permutation);
          const shuffled = fitCaptureModel(permuteSources(table, permutation), { kind: 'hierarchical', pairs: renumbered });
          expect(shuffled.abundance).toBeCloseTo(original.abundance, 4);
          expect(shuffled.fit.deviance).toBeCloseTo(original.fit.deviance, 5);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('sample coverage does not depend on the order of the sources', () => {
    fc.assert(
      fc.property(
        tableArbitrary(3, 6).chain((table) => fc.tuple(fc.constant(table), permutationOf(table.sources.length))),
        ([table, permutation]) => {
          const original = sampleCoverageEstimate(table);
          const shuffled = sampleCoverageEstimate(permuteSources(table, permutation));
          expect(shuffled?.independent).toBeCloseTo(original?.independent ?? NaN, 6);
          expect(shuffled?.lowCoverage).toBeCloseTo(original?.lowCoverage ?? NaN, 6);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('sample coverage for any t', () => {
  it('gives N exactly when sources are independent (t = 3..7), where γ = 0', () => {
    for (let t = 3; t <= 7; t++) {
      const estimate = sampleCoverageEstimate(independentTable(800, Array.from({ length: t }, (_, i) => 0.15 + 0.08 * i)));
      expect(estimate?.independent).toBeCloseTo(800, 6);
      expect(estimate?.highCoverage).toBeCloseTo(800, 6);
      expect(estimate?.lowCoverage).toBeCloseTo(800, 6);
    }
  });
});

describe('warnings as data', () => {
  it('adding a source that shares nobody with the others warns on every model', () => {
    fc.assert(
      fc.property(tableArbitrary(2, 3, 40), fc.integer({ min: 1, max: 50 }), (table, loners) => {
        const t = table.sources.length;
        const rows = [];
        for (let mask = 1; mask < 1 << t; mask++) rows.push({ history: mask, count: table.counts[mask] ?? 0 });
        rows.push({ history: 1 << t, count: loners });
        const widened = captureTableFrom([...table.sources, 'loner'], rows);
        expect(dataWarnings(table).some((w) => w.code === 'zero-overlap')).toBe(false);
        const result = estimateCaptureTable(widened);
        expect(result.warnings.filter((w) => w.code === 'zero-overlap')).toHaveLength(t);
        for (const model of result.models) expect(model.warnings.map((w) => w.code)).toContain('zero-overlap');
      }),
      { numRuns: 15 },
    );
  });

  it('flags sparse interactions, diverging parameters and fits that do not converge', () => {
    const rows = [
      { history: 1, count: 50 },
      { history: 2, count: 40 },
      { history: 3, count: 2 },
      { history: 4, count: 30 },
      { history: 5, count: 10 },
      { history: 6, count: 12 },
    ];
    const codes = (table: CaptureTable, pairs: number[]): string[] =>
      estimateCaptureTable(table, { model: { kind: 'hierarchical', pairs } }).models[0]?.warnings.map((w) => w.code) ?? [];
    // a×b rests on history 3 only (2 people; nobody was seen by all three).
    const table = captureTableFrom(['a', 'b', 'c'], rows);
    expect(codes(table, [0])).toContain('sparse-cells');
    expect(codes(table, [0, 1])).not.toContain('boundary-estimate');
    // Saturated with an empty cell: the MLE lies at infinity; IRLS settles with huge coefficients.
    expect(codes(table, [0, 1, 2])).toContain('boundary-estimate');
    // Without history 3, a and b share nobody: their interaction diverges to −∞.
    const disjoint = captureTableFrom(['a', 'b', 'c'], rows.filter((row) => row.history !== 3));
    expect(codes(disjoint, [0])).toEqual(expect.arrayContaining(['zero-overlap', 'boundary-estimate']));
    expect(codes(disjoint, [1])).not.toContain('boundary-estimate');
  });

  it('Mb recovers N when there is no behavioural response (c = p), and has no profile interval', () => {
    const mb = estimateCaptureTable(independentTable(300, [0.4, 0.4, 0.4]), { model: { kind: 'Mb' } }).models[0];
    expect(mb?.abundance).toBeCloseTo(300, 6);
    expect(mb?.deviance).toBeCloseTo(0, 8);
    expect(mb?.profile).toBeNull();
  });
});
