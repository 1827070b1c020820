import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureTableFrom } from './capture-table.js';
import { suppressSmallCounts, type SuppressionTable } from './cell-suppression.js';
import { estimateCaptureTable, estimateRepeatContacts } from './estimate.js';
import { type PublishableResult, toPublishable } from './publish.js';

/**
 * Independent check, by brute force rather than linear algebra: a suppressed cell is safe when
 * another table with the same published values differs in that cell. We search integer
 * perturbations d (entries −2..2) of the suppressed cells that leave every published margin
 * unchanged; d_k ≠ 0 means cell k cannot be recovered by any amount of subtraction.
 */
function unrecoverableByBruteForce(table: SuppressionTable, cells: Array<number | null>, margins: Array<number | null>): boolean {
  const hidden = cells.map((value, index) => (value === null ? index : -1)).filter((index) => index >= 0);
  const publishedMargins = table.margins.filter((_, index) => margins[index] !== null);
  const protectedCells = new Set<number>();
  const delta = new Array<number>(hidden.length).fill(-2);
  const total = 5 ** hidden.length;
  for (let code = 0; code < total; code++) {
    let rest = code;
    for (let i = 0; i < hidden.length; i++) {
      delta[i] = (rest % 5) - 2;
      rest = Math.floor(rest / 5);
    }
    const change = new Map(hidden.map((cell, i) => [cell, delta[i] ?? 0]));
    const invisible = publishedMargins.every((margin) => margin.cells.reduce((sum, cell) => sum + (change.get(cell) ?? 0), 0) === 0);
    if (invisible) hidden.forEach((cell, i) => delta[i] !== 0 && protectedCells.add(cell));
  }
  return hidden.every((cell) => protectedCells.has(cell));
}

/** A t-source capture table laid out as cells, source totals, pairwise overlaps and the total. */
function layout(t: number, counts: readonly number[]): SuppressionTable {
  const masks = Array.from({ length: (1 << t) - 1 }, (_, i) => i + 1);
  const cells = masks.map((mask, index) => ({ label: `h${mask}`, value: counts[index] ?? 0 }));
  const within = (set: number): number[] => masks.map((mask, index) => ((mask & set) === set ? index : -1)).filter((i) => i >= 0);
  const margin = (label: string, set: number) => {
    const members = set === 0 ? masks.map((_, i) => i) : within(set);
    return { label, value: members.reduce((sum, i) => sum + (cells[i]?.value ?? 0), 0), cells: members };
  };
  const margins = [margin('total', 0)];
  for (let i = 0; i < t; i++) margins.push(margin(`s${i}`, 1 << i));
  for (let i = 0; i < t; i++) for (let j = i + 1; j < t; j++) margins.push(margin(`s${i}s${j}`, (1 << i) | (1 << j)));
  return { cells, margins };
}

describe('small-count suppression', () => {
  it('withholds counts 1–9, publishes zeros and counts of 10 or more', () => {
    const table: SuppressionTable = {
      cells: [
        { label: 'a', value: 0 },
        { label: 'b', value: 9 },
        { label: 'c', value: 10 },
        { label: 'd', value: 25 },
      ],
      margins: [{ label: 'total', value: 44, cells: [0, 1, 2, 3] }],
    };
    const result = suppressSmallCounts(table);
    expect(result.cells[0]).toBe(0);
    expect(result.cells[1]).toBeNull();
    // b alone would be total − a − c − d: the smallest non-zero published cell goes with it.
    expect(result.cells[2]).toBeNull();
    expect(result.cells[3]).toBe(25);
    expect(result.suppressions.map((s) => s.cell)).toEqual(['b', 'c']);
    expect(result.suppressions[1]?.reasonEn).toContain('complementary');
  });

  it('the brute-force checker does catch primary-only suppression (so the next test can fail)', () => {
    const table = layout(2, [40, 30, 5]);
    // Hiding only the 5 leaves it as total − 40 − 30.
    expect(unrecoverableByBruteForce(table, [40, 30, null], table.margins.map((m) => m.value))).toBe(false);
  });

  it('no suppressed value can be recovered from the published cells and margins', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((t) =>
          fc.tuple(fc.constant(t), fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 10, max: 80 })), { minLength: (1 << t) - 1, maxLength: (1 << t) - 1 })),
        ),
        ([t, counts]) => {
          const table = layout(t, counts);
          const result = suppressSmallCounts(table);
          counts.forEach((count, index) => {
            if (count > 0 && count < 10) expect(result.cells[index]).toBeNull();
          });
          table.margins.forEach((margin, index) => {
            if (margin.value > 0 && margin.value < 10) expect(result.margins[index]).toBeNull();
          });
          expect(unrecoverableByBruteForce(table, result.cells, result.margins)).toBe(true);
          // every suppression is explained, once per withheld item
          const withheld = [...table.cells.filter((_, i) => result.cells[i] === null), ...table.margins.filter((_, i) => result.margins[i] === null)];
          expect(result.suppressions.map((s) => s.cell).sort()).toEqual(withheld.map((item) => item.label).sort());
          expect(result.suppressions.every((s) => s.reason.length > 0 && s.reasonEn.length > 0)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('toPublishable', () => {
  const hav = captureTableFrom(['P', 'Q', 'E'], [
    { history: 7, count: 28 },
    { history: 3, count: 21 },
    { history: 5, count: 17 },
    { history: 1, count: 69 },
    { history: 6, count: 18 },
    { history: 2, count: 55 },
    { history: 4, count: 63 },
  ]);

  it('rounds estimates and interval limits to the nearest 10 (or as asked)', () => {
    const published = toPublishable(estimateCaptureTable(hav));
    const mh = published.models.find((m) => m.model === 'Mh Chao (LB)');
    expect(mh?.abundance).toBe(480);
    expect(mh?.stderr).toBe(40);
    expect(mh?.profile).toEqual({ abundance: 480, lower: 410, upper: 580 });
    for (const model of published.models) expect((model.abundance ?? 0) % 10).toBe(0);
    const coarse = toPublishable(estimateCaptureTable(hav), { rounding: 100 });
    expect(coarse.models.find((m) => m.model === 'Mh Chao (LB)')?.abundance).toBe(500);
    expect(published.n).toBe(271);
  });

  it('withholds estimates resting on too little overlap, and says why', () => {
    const thin = captureTableFrom(['a', 'b', 'c'], [
      { history: 1, count: 120 },
      { history: 2, count: 90 },
      { history: 4, count: 70 },
      { history: 3, count: 4 },
      { history: 5, count: 3 },
    ]);
    const published = toPublishable(estimateCaptureTable(thin));
    expect(published.models).toEqual([]);
    expect(published.pairwise).toEqual([]);
    expect(published.suppressions.filter((s) => s.cell.startsWith('model ')).length).toBeGreaterThan(0);
    expect(published.suppressions.some((s) => s.cell === 'pair a+b' && s.reasonEn.includes('share fewer than 10'))).toBe(true);
    expect(published.observed.cells.find((c) => c.cell === 'history a+b')?.count).toBeNull();
  });

  it('drops a pairwise estimate whose overlap had to be suppressed', () => {
    // P+Q overlap 12 = 9 (P+Q only) + 3 (all three): both small, and the overlap margin with them.
    const table = captureTableFrom(['P', 'Q', 'E'], [
      { history: 1, count: 60 },
      { history: 2, count: 50 },
      { history: 4, count: 40 },
      { history: 3, count: 9 },
      { history: 7, count: 3 },
      { history: 5, count: 30 },
      { history: 6, count: 25 },
    ]);
    const published: PublishableResult = toPublishable(estimateCaptureTable(table));
    const overlap = published.observed.margins.find((m) => m.cell === 'overlap P+Q');
    const pairPublished = published.pairwise.some((p) => p.sources.join('+') === 'P+Q');
    expect(overlap?.count === null ? !pairPublished : pairPublished).toBe(true);
    expect(published.observed.cells.find((c) => c.cell === 'history P+Q+E')?.count).toBeNull();
  });

  it('single register: suppresses small frequencies and withholds estimates when f2 is small', () => {
    const published = toPublishable(estimateRepeatContacts({ frequencies: [1645, 183, 37, 13, 1, 1] }));
    expect(published.observed.cells.map((c) => c.count)).toEqual([1645, 183, 37, 13, null, null]);
    expect(published.models.map((m) => m.abundance)).toEqual([7080, 9270]);
    const sparse = toPublishable(estimateRepeatContacts({ frequencies: [300, 6, 2] }));
    expect(sparse.models).toEqual([]);
    expect(sparse.suppressions.some((s) => s.cell === 'model Mh Chao (LB)')).toBe(true);
  });

  it('covariate strata: estimates only for strata with 10+ repeat contacts, small strata counts suppressed', () => {
    const rows = [
      { contacts: 1, count: 400, covariates: ['m'] },
      { contacts: 2, count: 40, covariates: ['m'] },
      { contacts: 3, count: 12, covariates: ['m'] },
      { contacts: 1, count: 7, covariates: ['f'] },
      { contacts: 2, count: 1, covariates: ['f'] },
    ];
    const result = estimateRepeatContacts({ frequencies: [407, 41, 12] }, { covariates: { names: ['sex'], rows } });
    const published = toPublishable(result);
    const male = published.strata.find((s) => s.covariates['sex'] === 'm');
    const female = published.strata.find((s) => s.covariates['sex'] === 'f');
    expect(male?.abundance).not.toBeNull();
    expect((male?.abundance ?? 1) % 10).toBe(0);
    expect(female?.abundance).toBeNull();
    expect(female?.observed).toBeNull();
    // with two strata, the male count would reveal the female one through the total
    expect(male?.observed).toBeNull();
    const regression = published.regression;
    expect(regression?.abundance).toBe(Math.round((result.ztpRegression?.abundance ?? NaN) / 10) * 10);
    expect([regression?.lower, regression?.upper].every((limit) => (limit ?? 1) % 10 === 0)).toBe(true);
  });
});
