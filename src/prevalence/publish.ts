// Disclosure control for publishing prevalence results (`schakel estimate --publish`).
//   • Observed counts 1–9 are suppressed, with complementary suppression so that no suppressed
//     value can be recovered by subtraction from the published cells and totals.
//   • Estimates, standard errors and confidence limits are rounded (default: nearest 10).
//   • No estimate is published where it rests on too little overlap (few people seen twice), and
//     pairwise overlaps, which a two-source estimate effectively reveals, join the suppression
//     table as margins.
// Residual risk, accepted as statistical offices do: a rounded model estimate is a non-linear
// function of all cells, so it narrows but does not pin down any suppressed count.
import { suppressSmallCounts, type Suppression, type SuppressionTable } from './cell-suppression.js';
import type { BestModels, CaptureEstimateResult, EstimateResult, RepeatContactResult } from './estimate.js';
import type { ModelEstimate } from './fitted-model.js';
import { type EstimateWarning, uniqueWarnings } from './warnings.js';

export interface PublishOptions {
  /** Smallest count that may be published; 1 … threshold − 1 is suppressed. Default 10. */
  readonly threshold?: number;
  /** Estimates are rounded to a multiple of this. Default 10. */
  readonly rounding?: number;
  /** Least number of people seen more than once (overall, in a pair or stratum) to publish an estimate. Default 10. */
  readonly minimumOverlap?: number;
}

/** Same fields as an unpublished model (scripts read both), with estimates rounded. */
export interface PublishedModel {
  readonly model: string;
  readonly abundance: number | null;
  readonly stderr: number | null;
  /** Fit statistics to one decimal: they describe the model, not any one cell. */
  readonly deviance: number | null;
  readonly df: number;
  readonly AIC: number | null;
  readonly BIC: number | null;
  readonly profile: { readonly abundance: number; readonly lower: number; readonly upper: number | null } | null;
  readonly warnings: readonly EstimateWarning[];
}

export interface PublishedCount {
  readonly cell: string;
  readonly count: number | null;
}

export interface PublishableResult {
  readonly published: true;
  readonly rounding: number;
  readonly n: number | null;
  readonly sources: readonly string[];
  readonly observed: { readonly cells: PublishedCount[]; readonly margins: PublishedCount[] };
  readonly models: PublishedModel[];
  readonly best: BestModels;
  readonly pairwise: Array<{ readonly sources: readonly string[]; readonly chapman: number | null; readonly lower: number | null; readonly upper: number | null }>;
  readonly strata: Array<{ readonly covariates: Readonly<Record<string, string>>; readonly observed: number | null; readonly abundance: number | null }>;
  /** Zero-truncated Poisson regression total, for a register with covariates. */
  readonly regression: { readonly abundance: number | null; readonly stderr: number | null; readonly lower: number | null; readonly upper: number | null } | null;
  readonly suppressions: Suppression[];
}

interface Settings {
  readonly threshold: number;
  readonly rounding: number;
  readonly minimumOverlap: number;
}

export function roundTo(value: number, multiple: number): number | null {
  if (!Number.isFinite(value)) return null;
  // Dividing by the reciprocal keeps 0.1 steps exact in binary (12.3, not 12.300000000000001).
  return multiple < 1 ? Math.round(value * (1 / multiple)) / (1 / multiple) : Math.round(value / multiple) * multiple;
}

function withheld(item: string, nl: string, en: string): Suppression {
  return { cell: item, reason: nl, reasonEn: en };
}

function publishModel(model: ModelEstimate, rounding: number): PublishedModel {
  const profile = model.profile;
  return {
    model: model.model,
    abundance: roundTo(model.abundance, rounding),
    stderr: roundTo(model.stderr, rounding),
    deviance: roundTo(model.deviance, 0.1),
    df: model.df,
    AIC: roundTo(model.AIC, 0.1),
    BIC: roundTo(model.BIC, 0.1),
    profile: profile
      ? {
          abundance: roundTo(profile.abundance, rounding) ?? 0,
          lower: roundTo(profile.lower, rounding) ?? 0,
          upper: profile.upper === null ? null : roundTo(profile.upper, rounding),
        }
      : null,
    warnings: uniqueWarnings(model.warnings),
  };
}

/** Which models a publication shows: all of a short list, else the reference and best models. */
function modelsToPublish(result: EstimateResult): ModelEstimate[] {
  if (result.models.length <= 12) return result.models;
  const independence = `[${result.sources.map((_, i) => i + 1).join(',')}]`;
  const wanted = new Set(['M0', 'Mh Chao (LB)', independence, result.best.AIC, result.best.BIC]);
  return result.models.filter((model) => wanted.has(model.model));
}

function historyLabel(sources: readonly string[], mask: number): string {
  return `history ${sources.filter((_, i) => (mask >> i) & 1).join('+')}`;
}

export function toPublishable(result: EstimateResult, options: PublishOptions = {}): PublishableResult {
  const settings: Settings = { threshold: options.threshold ?? 10, rounding: options.rounding ?? 10, minimumOverlap: options.minimumOverlap ?? 10 };
  return result.kind === 'capture-table' ? publishCaptureTable(result, settings) : publishRepeatContacts(result, settings);
}

function publishCaptureTable(result: CaptureEstimateResult, settings: Settings): PublishableResult {
  const t = result.sources.length;
  const masks = Array.from({ length: (1 << t) - 1 }, (_, i) => i + 1);
  const cells = masks.map((mask) => ({ label: historyLabel(result.sources, mask), value: result.cellCounts[mask] ?? 0 }));
  const cellsWith = (set: number): number[] => masks.map((mask, index) => ((mask & set) === set ? index : -1)).filter((i) => i >= 0);
  const margins: Array<{ label: string; value: number; cells: number[] }> = [
    { label: 'total', value: result.n, cells: masks.map((_, index) => index) },
  ];
  result.sources.forEach((source, i) => {
    const inSource = cellsWith(1 << i);
    margins.push({ label: `source ${source}`, value: inSource.reduce((s, c) => s + (cells[c]?.value ?? 0), 0), cells: inSource });
  });
  const suppressions: Suppression[] = [];
  const publishablePairs = result.pairwise.filter((pair) => {
    if (pair.inBoth >= settings.minimumOverlap) return true;
    suppressions.push(
      withheld(
        `pair ${pair.sources.join('+')}`,
        `geen schatting: de bronnen delen minder dan ${settings.minimumOverlap} personen`,
        `no estimate: the sources share fewer than ${settings.minimumOverlap} people`,
      ),
    );
    return false;
  });
  const pairMarginIndex = new Map<string, number>();
  for (const pair of publishablePairs) {
    const i = result.sources.indexOf(pair.sources[0]);
    const j = result.sources.indexOf(pair.sources[1]);
    const both = cellsWith((1 << i) | (1 << j));
    pairMarginIndex.set(pair.sources.join('+'), margins.length);
    margins.push({ label: `overlap ${pair.sources.join('+')}`, value: pair.inBoth, cells: both });
  }
  const suppressed = suppressSmallCounts({ cells, margins } satisfies SuppressionTable, settings.threshold);
  suppressions.unshift(...suppressed.suppressions);

  const overlap = masks.filter((mask) => (mask & (mask - 1)) !== 0).reduce((sum, mask) => sum + (result.cellCounts[mask] ?? 0), 0);
  const models = modelsToPublish(result).filter((model) => {
    if (overlap >= settings.minimumOverlap) return true;
    suppressions.push(
      withheld(
        `model ${model.model}`,
        `geen schatting: minder dan ${settings.minimumOverlap} personen in meer dan één bron`,
        `no estimate: fewer than ${settings.minimumOverlap} people in more than one source`,
      ),
    );
    return false;
  });
  const pairwise = publishablePairs.flatMap((pair) => {
    const index = pairMarginIndex.get(pair.sources.join('+'));
    if (index !== undefined && suppressed.margins[index] === null) {
      suppressions.push(
        withheld(
          `pair ${pair.sources.join('+')}`,
          'geen schatting: de overlap is onderdrukt om kleine aantallen te beschermen',
          'no estimate: the overlap is suppressed to protect small counts',
        ),
      );
      return [];
    }
    return [
      {
        sources: pair.sources,
        chapman: roundTo(pair.chapman.estimate, settings.rounding),
        lower: roundTo(pair.chapman.lower, settings.rounding),
        upper: roundTo(pair.chapman.upper, settings.rounding),
      },
    ];
  });
  return {
    published: true,
    rounding: settings.rounding,
    n: suppressed.margins[0] ?? null,
    sources: result.sources,
    observed: {
      cells: cells.map((cell, index) => ({ cell: cell.label, count: suppressed.cells[index] ?? null })),
      margins: margins.map((margin, index) => ({ cell: margin.label, count: suppressed.margins[index] ?? null })),
    },
    models: models.map((model) => publishModel(model, settings.rounding)),
    best: result.best,
    pairwise,
    strata: [],
    regression: null,
    suppressions,
  };
}

function publishRepeatContacts(result: RepeatContactResult, settings: Settings): PublishableResult {
  const cells = result.frequencies.map((count, index) => ({ label: `seen ${index + 1}×`, value: count }));
  const margins = [{ label: 'total', value: result.n, cells: cells.map((_, index) => index) }];
  const suppressed = suppressSmallCounts({ cells, margins }, settings.threshold);
  const suppressions = [...suppressed.suppressions];
  const repeat = result.frequencies.slice(1).reduce((sum, f) => sum + f, 0);
  const seenTwice = result.frequencies[1] ?? 0;
  // Chao's bound and Mh rest on f2 itself: publishing them with a suppressed f2 would reveal it.
  const enough = repeat >= settings.minimumOverlap && seenTwice >= settings.threshold;
  const models = result.models.filter((model) => {
    if (enough) return true;
    suppressions.push(
      withheld(
        `model ${model.model}`,
        `geen schatting: minder dan ${settings.minimumOverlap} personen meer dan eens gezien of f2 onderdrukt`,
        `no estimate: fewer than ${settings.minimumOverlap} people seen more than once, or f2 suppressed`,
      ),
    );
    return false;
  });
  const ztp = result.ztpRegression;
  const round = (value: number): number | null => roundTo(value, settings.rounding);
  if (ztp && !enough) {
    suppressions.push(
      withheld(
        'regression',
        `geen schatting: minder dan ${settings.minimumOverlap} personen meer dan eens gezien of f2 onderdrukt`,
        `no estimate: fewer than ${settings.minimumOverlap} people seen more than once, or f2 suppressed`,
      ),
    );
  }
  const strata = (ztp?.strata ?? []).map((stratum) => {
    const label = Object.entries(stratum.covariates).map(([name, value]) => `${name}=${value}`).join(', ');
    const stratumEnough = stratum.repeatContacts >= settings.minimumOverlap;
    if (!stratumEnough) {
      suppressions.push(
        withheld(
          `stratum ${label}`,
          `geen schatting: minder dan ${settings.minimumOverlap} personen in dit stratum meer dan eens gezien`,
          `no estimate: fewer than ${settings.minimumOverlap} people in this stratum seen more than once`,
        ),
      );
    }
    return { covariates: stratum.covariates, observed: stratum.observed, abundance: stratumEnough ? roundTo(stratum.abundance, settings.rounding) : null };
  });
  return {
    published: true,
    rounding: settings.rounding,
    n: suppressed.margins[0] ?? null,
    sources: result.sources,
    observed: {
      cells: cells.map((cell, index) => ({ cell: cell.label, count: suppressed.cells[index] ?? null })),
      margins: margins.map((margin, index) => ({ cell: margin.label, count: suppressed.margins[index] ?? null })),
    },
    models: models.map((model) => publishModel(model, settings.rounding)),
    best: result.best,
    pairwise: [],
    strata: suppressStrataCounts(strata, settings.threshold, suppressions),
    regression: ztp && enough ? { abundance: round(ztp.abundance), stderr: round(ztp.stderr), lower: round(ztp.lower), upper: round(ztp.upper) } : null,
    suppressions,
  };
}

type PublishedStratum = PublishableResult['strata'][number];

/**
 * Strata counts form a table of their own, with a margin per covariate level and the total:
 * they get the same small-count and complementary suppression.
 */
function suppressStrataCounts(strata: PublishedStratum[], threshold: number, suppressions: Suppression[]): PublishedStratum[] {
  if (strata.length === 0) return strata;
  const label = (stratum: PublishedStratum): string =>
    `stratum ${Object.entries(stratum.covariates).map(([name, value]) => `${name}=${value}`).join(', ')}`;
  const cells = strata.map((stratum) => ({ label: label(stratum), value: stratum.observed ?? 0 }));
  const margins = [{ label: 'strata total', value: cells.reduce((sum, cell) => sum + cell.value, 0), cells: cells.map((_, index) => index) }];
  const names = Object.keys(strata[0]?.covariates ?? {});
  for (const name of names) {
    for (const level of new Set(strata.map((stratum) => stratum.covariates[name] ?? ''))) {
      const members = strata.map((stratum, index) => (stratum.covariates[name] === level ? index : -1)).filter((index) => index >= 0);
      margins.push({ label: `${name}=${level}`, value: members.reduce((sum, index) => sum + (cells[index]?.value ?? 0), 0), cells: members });
    }
  }
  const suppressed = suppressSmallCounts({ cells, margins }, threshold);
  suppressions.push(...suppressed.suppressions);
  return strata.map((stratum, index) => ({ ...stratum, observed: suppressed.cells[index] ?? null }));
}
