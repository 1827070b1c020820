// The `--format table` output: aligned plain-text tables for people reading a terminal. Labels
// are Dutch first with the English word beside, as everywhere a user reads Schakel's output.
import type { CaptureEstimateResult, EstimateResult, RepeatContactResult } from './estimate.js';
import type { ModelEstimate } from './fitted-model.js';
import type { PublishableResult } from './publish.js';

/** Models shown in a terminal; the JSON output always has all of them. */
const SHOWN_MODELS = 20;

export function alignedTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

function profileText(model: ModelEstimate): string {
  const p = model.profile;
  return p ? `${fixed(p.abundance, 1)} [${fixed(p.lower, 1)}, ${p.upper === null ? '>3N̂' : fixed(p.upper, 1)}]` : '';
}

function modelRows(models: readonly ModelEstimate[]): string[][] {
  return models.map((m) => [
    m.model,
    fixed(m.abundance, 1),
    fixed(m.stderr, 1),
    fixed(m.deviance, 3),
    String(m.df),
    fixed(m.AIC, 3),
    fixed(m.BIC, 3),
    profileText(m),
    [...new Set(m.warnings.map((w) => w.code))].join(', '),
  ]);
}

const MODEL_HEADER = ['model', 'N̂', 'se', 'deviantie/deviance', 'df', 'AIC', 'BIC', 'profiel-BI/profile CI 95%', 'waarschuwingen/warnings'];

/** The models worth a human's attention when there are thousands: best by BIC, then the classics. */
function shownModels(result: EstimateResult): { shown: ModelEstimate[]; hidden: number } {
  if (result.models.length <= SHOWN_MODELS + 5) return { shown: result.models, hidden: 0 };
  const byBic = [...result.models].filter((m) => Number.isFinite(m.BIC)).sort((a, b) => a.BIC - b.BIC).slice(0, SHOWN_MODELS);
  const independence = `[${result.sources.map((_, i) => i + 1).join(',')}]`;
  const classics = result.models.filter((m) => ['M0', 'Mh Chao (LB)', independence].includes(m.model) && !byBic.includes(m));
  const shown = [...byBic, ...classics];
  return { shown, hidden: result.models.length - shown.length };
}

function warningLines(result: EstimateResult): string[] {
  if (result.warnings.length === 0) return [];
  return ['', 'Waarschuwingen (warnings):', ...result.warnings.map((w) => `  - [${w.code}] ${w.message} (${w.messageEn})`)];
}

function captureSections(result: CaptureEstimateResult): string[] {
  const lines: string[] = [];
  if (result.pairwise.length > 0) {
    lines.push('', 'Per paar bronnen (pairwise two-source estimates):');
    lines.push(
      alignedTable(
        ['bronnen/sources', 'n1', 'n2', 'm', 'Lincoln–Petersen', 'Chapman', 'se', 'BI/CI 95% (log)'],
        result.pairwise.map((pair) => [
          pair.sources.join(' × '),
          String(pair.inFirst),
          String(pair.inSecond),
          String(pair.inBoth),
          fixed(pair.lincolnPetersen, 1),
          fixed(pair.chapman.estimate, 2),
          fixed(pair.chapman.stderr, 2),
          `[${fixed(pair.chapman.lower, 2)}, ${fixed(pair.chapman.upper, 2)}]`,
        ]),
      ),
    );
  }
  const coverage = result.sampleCoverage;
  if (coverage) {
    lines.push(
      '',
      `Steekproefdekking (sample coverage, Chao & Tsay): Ĉ = ${fixed(coverage.coverage, 3)}, D = ${fixed(coverage.distinctOthers, 3)}, ` +
        `N̂0 = ${fixed(coverage.independent, 1)}, N̂ = ${fixed(coverage.highCoverage, 1)}, N̂1 = ${fixed(coverage.lowCoverage, 1)}`,
    );
  }
  return lines;
}

function repeatContactSections(result: RepeatContactResult): string[] {
  const single = result.singleRegister;
  const closed = (label: string, e: { estimate: number; stderr: number; lower: number; upper: number } | null): string[] =>
    e ? [label, fixed(e.estimate, 1), fixed(e.stderr, 1), `[${fixed(e.lower, 1)}, ${fixed(e.upper, 1)}]`] : [label, '–', '–', ''];
  const lines = [
    '',
    `Contactfrequenties (people seen k times): ${result.frequencies.map((f, k) => `f${k + 1}=${f}`).join(' ')}`,
    '',
    alignedTable(
      ['schatter/estimator', 'N̂', 'se', 'BI/CI 95% (log)'],
      [
        closed('Chao ondergrens / lower bound', single.chaoLowerBound),
        closed('Chao bias-gecorrigeerd / bias-corrected', single.chaoBiasCorrected),
        closed('Zelterman', single.zelterman),
      ],
    ),
  ];
  const ztp = result.ztpRegression;
  if (ztp) {
    lines.push(
      '',
      `Afgeknotte Poisson-regressie (zero-truncated Poisson regression) op ${ztp.covariateNames.join(' + ')}: ` +
        `N̂ = ${fixed(ztp.abundance, 2)} (se ${fixed(ztp.stderr, 2)}), BI/CI 95% [${fixed(ztp.lower, 1)}, ${fixed(ztp.upper, 1)}]`,
    );
  }
  return lines;
}

export function formatResultTable(result: EstimateResult, fileLabel: string): string {
  const sources = result.sources.map((name, i) => `${i + 1}=${name}`).join(' ');
  const { shown, hidden } = shownModels(result);
  const lines = [
    `Schatting populatiegrootte (population size estimate) — ${fileLabel}`,
    `Geobserveerd (observed) n = ${result.n}; bronnen (sources): ${sources}`,
    '',
    alignedTable(MODEL_HEADER, modelRows(shown)),
  ];
  if (hidden > 0) lines.push(`… en nog ${hidden} modellen (and ${hidden} more models; --format json toont alle / shows all)`);
  lines.push('', `Beste model (best model): AIC ${result.best.AIC ?? '–'}; BIC ${result.best.BIC ?? '–'}`);
  lines.push(...(result.kind === 'capture-table' ? captureSections(result) : repeatContactSections(result)));
  lines.push(...warningLines(result));
  return `${lines.join('\n')}\n`;
}

export function formatPublishableTable(result: PublishableResult, fileLabel: string): string {
  const count = (value: number | null): string => (value === null ? 'x' : String(value));
  const lines = [
    `Publiceerbare resultaten (publishable results, afgerond op/rounded to ${result.rounding}) — ${fileLabel}`,
    `Geobserveerd (observed) n = ${count(result.n)}; x = onderdrukt (suppressed)`,
    '',
    alignedTable(['cel/cell', 'aantal/count'], [...result.observed.cells, ...result.observed.margins].map((c) => [c.cell, count(c.count)])),
    '',
    alignedTable(
      ['model', 'N̂', 'se', 'profiel-BI/profile CI 95%'],
      result.models.map((m) => [
        m.model,
        count(m.abundance),
        count(m.stderr),
        m.profile ? `[${m.profile.lower}, ${m.profile.upper === null ? '>3N̂' : m.profile.upper}]` : '',
      ]),
    ),
  ];
  if (result.pairwise.length > 0) {
    lines.push('', alignedTable(['bronnen/sources', 'Chapman', 'BI/CI 95%'], result.pairwise.map((p) => [p.sources.join(' × '), count(p.chapman), `[${count(p.lower)}, ${count(p.upper)}]`])));
  }
  if (result.regression) {
    const r = result.regression;
    lines.push('', `Afgeknotte Poisson-regressie (zero-truncated Poisson regression): N̂ = ${count(r.abundance)} (se ${count(r.stderr)}), BI/CI 95% [${count(r.lower)}, ${count(r.upper)}]`);
  }
  if (result.strata.length > 0) {
    lines.push(
      '',
      alignedTable(
        ['stratum', 'n', 'N̂'],
        result.strata.map((s) => [Object.values(s.covariates).join(', '), count(s.observed), count(s.abundance)]),
      ),
    );
  }
  if (result.suppressions.length > 0) {
    lines.push('', 'Onderdrukt of achtergehouden (suppressed or withheld):', ...result.suppressions.map((s) => `  - ${s.cell}: ${s.reason} (${s.reasonEn})`));
  }
  return `${lines.join('\n')}\n`;
}
