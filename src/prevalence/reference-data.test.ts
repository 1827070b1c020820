// Every figure of /work/shared/data/capture-recapture/README.md that the engine implements,
// reproduced to the precision printed there (results of R's Rcapture 1.4-4 and CARE1 1.1.0).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EstimateInput, parseEstimateCsv } from './csv-input.js';
import { estimateCaptureTable, estimateRepeatContacts } from './estimate.js';
import type { ModelEstimate } from './fitted-model.js';
import { parseModelName } from './model-spec.js';
import { singleRegisterEstimates } from './single-register.js';

const DATA = '/work/shared/data/capture-recapture';

function load(file: string): EstimateInput {
  return parseEstimateCsv(readFileSync(`${DATA}/${file}`, 'utf8'));
}

function captureTable(file: string) {
  const input = load(file);
  if (input.kind !== 'capture-table') throw new Error(`${file} is not a capture table`);
  return input.table;
}

/** Equal to the printed figure once rounded to as many decimals as it was printed with. */
function expectPrinted(actual: number | null | undefined, printed: string): void {
  const decimals = printed.includes('.') ? (printed.split('.')[1] ?? '').length : 0;
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? Number.NaN) - Number(printed))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

type Row = [model: string, abundance: string, stderr: string, deviance: string, df: number, aic: string, bic: string];

function expectRow(estimate: ModelEstimate, [, abundance, stderr, deviance, df, aic, bic]: Row): void {
  expectPrinted(estimate.abundance, abundance);
  expectPrinted(estimate.stderr, stderr);
  expectPrinted(estimate.deviance, deviance);
  expect(estimate.df).toBe(df);
  expectPrinted(estimate.AIC, aic);
  expectPrinted(estimate.BIC, bic);
}

function fitOne(file: string, name: string): ModelEstimate {
  const table = captureTable(file);
  const parsed = parseModelName(name, table.sources.length);
  if (!('spec' in parsed)) throw new Error(parsed.error);
  const model = estimateCaptureTable(table, { model: parsed.spec }).models[0];
  if (!model) throw new Error('no model');
  return model;
}

describe('hepatitis A, Taiwan (Chao et al. 2001), 3 lists', () => {
  const file = 'hav_chao2001.csv';
  const rows: Row[] = [
    ['M0', '388.788', '21.591', '25.388', 5, '66.779', '73.984'],
    ['Mt', '388.483', '21.553', '24.357', 3, '69.748', '84.156'],
    ['Mh Chao (LB)', '479.149', '43.687', '2.052', 4, '45.444', '56.250'],
    ['Mth Chao (LB)', '478.674', '43.603', '0.963', 2, '48.354', '66.364'],
    ['Mb', '383.129', '38.959', '25.361', 4, '68.752', '79.558'],
    ['[12,23]', '526.706', '78.022', '13.203', 1, '62.594', '84.206'],
    ['[12,3]', '416.000', '30.943', '21.144', 2, '68.535', '86.546'],
    ['[12,13,23]', '1312.765', '517.978', '0.000', 0, '51.391', '76.606'],
  ];
  it.each(rows)('%s: abundance, stderr, deviance, df, AIC, BIC', (...row) => {
    expectRow(fitOne(file, row[0]), row);
  });

  it('profile-likelihood intervals of Mt, Mh Chao and [12,23]', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Mt', '387.10', '350.31', '435.41'],
      ['Mh Chao (LB)', '476.55', '405.55', '579.94'],
      ['[12,23]', '520.6', '408.90', '734.17'],
    ];
    for (const [name, abundance, lower, upper] of cases) {
      const profile = fitOne(file, name).profile;
      expectPrinted(profile?.abundance, abundance);
      expectPrinted(profile?.lower, lower);
      expectPrinted(profile?.upper, upper);
    }
  });

  it('pairwise Lincoln–Petersen and Chapman with Chao’s log-transformed interval', () => {
    const pairs = estimateCaptureTable(captureTable(file), { model: { kind: 'M0' } }).pairwise;
    const expected: Array<[string, string, string, string, string, string, string]> = [
      ['P+Q', '336', '334', '333.56', '28.70', '288.68', '403.41'],
      ['P+E', '378', '374', '374.48', '35.58', '318.61', '460.76'],
      ['Q+E', '334', '331', '331.36', '29.93', '284.69', '404.38'],
    ];
    expect(pairs.map((pair) => pair.sources.join('+'))).toEqual(expected.map((row) => row[0]));
    pairs.forEach((pair, index) => {
      const [, petersen, chapmanRounded, chapman, stderr, lower, upper] = expected[index] ?? [];
      expectPrinted(pair.lincolnPetersen, petersen ?? '');
      expectPrinted(pair.chapman.estimate, chapmanRounded ?? '');
      expectPrinted(pair.chapman.estimate, chapman ?? '');
      expectPrinted(pair.chapman.stderr, stderr ?? '');
      expectPrinted(pair.chapman.lower, lower ?? '');
      expectPrinted(pair.chapman.upper, upper ?? '');
    });
  });

  it('sample coverage: Ĉ, D, N̂0, N̂ and N̂1', () => {
    const coverage = estimateCaptureTable(captureTable(file), { model: { kind: 'M0' } }).sampleCoverage;
    expectPrinted(coverage?.coverage, '0.513');
    expectPrinted(coverage?.distinctOthers, '208.667');
    expectPrinted(coverage?.independent, '407.00');
    expectPrinted(coverage?.highCoverage, '971');
    expectPrinted(coverage?.lowCoverage, '507.77');
  });
});

describe('diabetes, Italy (Bruno et al. 1994), 4 lists', () => {
  const file = 'diabetes_bruno1994.csv';
  const rows: Row[] = [
    ['M0', '2526.208', '32.493', '3174.053', 13, '3263.215', '3274.485'],
    ['Mt', '2250.601', '18.595', '217.476', 10, '312.638', '340.812'],
    ['Mh Chao (LB)', '2560.055', '35.581', '3161.180', 12, '3252.342', '3269.247'],
    ['[13,24,34]', '2472.247', '53.457', '21.972', 7, '123.135', '168.213'],
    ['[13,23,24,34]', '2544.431', '69.410', '14.585', 6, '117.748', '168.461'],
    ['[12,13,23,24,34]', '2771.191', '145.089', '7.617', 5, '112.779', '169.128'],
  ];
  it.each(rows)('%s: abundance, stderr, deviance, df, AIC, BIC', (...row) => {
    expectRow(fitOne(file, row[0]), row);
  });

  it('Mh Chao drops its negative η (one fewer parameter) and says so', () => {
    const warnings = fitOne(file, 'Mh Chao (LB)').warnings.map((w) => w.code);
    expect(warnings).toContain('boundary-estimate');
  });

  it('profile-likelihood intervals of Mt and Mh Chao', () => {
    const mt = fitOne(file, 'Mt').profile;
    expectPrinted(mt?.abundance, '2249.72');
    expectPrinted(mt?.lower, '2215.24');
    expectPrinted(mt?.upper, '2288.12');
    const mh = fitOne(file, 'Mh Chao (LB)').profile;
    expectPrinted(mh?.abundance, '2559.01');
    expectPrinted(mh?.lower, '2492.39');
    expectPrinted(mh?.upper, '2631.92');
  });

  it('all 64 two-way models plus M0 and Mh: [13,24,34] has the smallest BIC', () => {
    const result = estimateCaptureTable(captureTable(file));
    expect(result.models).toHaveLength(66);
    expect(result.best.BIC).toBe('[13,24,34]');
  });

  it('sample coverage (CARE1)', () => {
    const coverage = estimateCaptureTable(captureTable(file), { model: { kind: 'M0' } }).sampleCoverage;
    expectPrinted(coverage?.coverage, '0.803');
    expectPrinted(coverage?.distinctOthers, '1825.25');
    expectPrinted(coverage?.independent, '2271.7');
    expectPrinted(coverage?.highCoverage, '2609.03');
    expectPrinted(coverage?.lowCoverage, '2458.0');
  });
});

describe('illegal immigrants, Netherlands 1995: one register with repeat sightings', () => {
  it('M0 (truncated Poisson) and Mh Chao (LB), with the Mh profile interval', () => {
    const input = load('nl_illegal_immigrants_counts.csv');
    if (input.kind !== 'repeat-contacts') throw new Error('expected a repeat-contact table');
    const result = estimateRepeatContacts(input.table);
    expect(result.n).toBe(1880);
    const [m0, mh] = result.models;
    expectRow(m0 as ModelEstimate, ['M0', '7079.9', '365.8', '61.811', 4, '95.971', '107.050']);
    expectRow(mh as ModelEstimate, ['Mh Chao (LB)', '9273.5', '662.6', '1.534', 1, '41.695', '69.390']);
    expectPrinted(mh?.profile?.abundance, '9267.5');
    expectPrinted(mh?.profile?.lower, '8088.2');
    expectPrinted(mh?.profile?.upper, '10704.0');
  });

  it('Chao’s bound by formula with its SE, bias-corrected Chao, Zelterman', () => {
    const single = singleRegisterEstimates({ frequencies: [1645, 183, 37, 13, 1, 1] });
    expectPrinted(single.chaoLowerBound?.estimate, '9273.5');
    expectPrinted(single.chaoLowerBound?.stderr, '662.6');
    expectPrinted(single.chaoBiasCorrected.estimate, '9228.9');
    expectPrinted(single.zelterman?.estimate, '9424.6');
  });

  it('zero-truncated Poisson regression on gender + age + nation (Horvitz–Thompson)', () => {
    // The published file calls the contact column "capture"; Schakel's format calls it nbcap.
    const text = readFileSync(`${DATA}/nl_illegal_immigrants_covariates_aggregated.csv`, 'utf8').replace(/^"capture"/, 'nbcap');
    const input = parseEstimateCsv(text);
    if (input.kind !== 'repeat-contacts') throw new Error('expected a repeat-contact table');
    expect(input.covariates.names).toEqual(['gender', 'age', 'nation']);
    expect(input.table.frequencies).toEqual([1645, 183, 37, 13, 1, 1]);
    const regression = estimateRepeatContacts(input.table, { covariates: input.covariates }).ztpRegression;
    expect(regression?.converged).toBe(true);
    expectPrinted(regression?.abundance, '12690.35');
    expectPrinted(regression?.stderr, '2808.17');
    expectPrinted(regression?.lower, '8431.3');
    expectPrinted(regression?.upper, '19718.3');
  });
});
