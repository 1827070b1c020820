// Closed-form estimators for one register with repeat contacts (e.g. a hotline that sees some
// callers more than once). They use only f1 and f2, the people seen once and twice: under any
// mixture of Poisson contact rates those carry the information about the people never seen.
import type { FrequencyTable } from './capture-table.js';
import { frequencyTotal } from './capture-table.js';
import { logTransformedInterval } from './two-source.js';
import { type EstimateWarning, warning } from './warnings.js';

export interface ClosedFormEstimate {
  readonly estimate: number;
  readonly stderr: number;
  readonly lower: number;
  readonly upper: number;
}

export interface SingleRegisterEstimates {
  readonly observed: number;
  readonly seenOnce: number;
  readonly seenTwice: number;
  /** Chao's lower bound n + f1²/(2 f2); absent when f2 = 0. */
  readonly chaoLowerBound: ClosedFormEstimate | null;
  /** Bias-corrected n + f1(f1 − 1)/(2(f2 + 1)), defined also when f2 = 0. */
  readonly chaoBiasCorrected: ClosedFormEstimate;
  /** Zelterman: n / (1 − e^(−λ)) with λ = 2 f2 / f1; absent when f1 or f2 is 0. */
  readonly zelterman: ClosedFormEstimate | null;
  readonly warnings: EstimateWarning[];
}

function withInterval(observed: number, estimate: number, variance: number): ClosedFormEstimate {
  return { estimate, stderr: Math.sqrt(variance), ...logTransformedInterval(observed, estimate, variance) };
}

export function singleRegisterEstimates(table: FrequencyTable): SingleRegisterEstimates {
  const n = frequencyTotal(table);
  const f1 = table.frequencies[0] ?? 0;
  const f2 = table.frequencies[1] ?? 0;
  const warnings: EstimateWarning[] = [];

  let chaoLowerBound: ClosedFormEstimate | null = null;
  if (f2 > 0) {
    const ratio = f1 / f2;
    // Chao (1987): Var = f2 [ (f1/f2)^4/4 + (f1/f2)^3 + (f1/f2)^2/2 ].
    const variance = f2 * (ratio ** 4 / 4 + ratio ** 3 + ratio ** 2 / 2);
    chaoLowerBound = withInterval(n, n + (f1 * f1) / (2 * f2), variance);
  } else {
    warnings.push(
      warning(
        'sparse-cells',
        'Niemand werd precies twee keer gezien (f2 = 0): Chao’s ondergrens en Zelterman zijn niet bepaald; gebruik de bias-gecorrigeerde versie.',
        'Nobody was seen exactly twice (f2 = 0): Chao’s lower bound and Zelterman are undefined; use the bias-corrected version.',
      ),
    );
  }

  // Chao (2005) bias-corrected form, with its delta-method variance.
  const unseenBc = (f1 * (f1 - 1)) / (2 * (f2 + 1));
  const varianceBc =
    unseenBc + (f1 * (2 * f1 - 1) ** 2) / (4 * (f2 + 1) ** 2) + (f1 ** 2 * f2 * (f1 - 1) ** 2) / (4 * (f2 + 1) ** 4);
  const chaoBiasCorrected = withInterval(n, n + unseenBc, varianceBc);

  let zelterman: ClosedFormEstimate | null = null;
  if (f1 > 0 && f2 > 0) {
    const rate = (2 * f2) / f1;
    const unseenShare = Math.exp(-rate);
    const seenProbability = 1 - unseenShare;
    const estimate = n / seenProbability;
    // Delta method: binomial variation of n given the probability, plus Var(λ̂) ≈ λ²(1/f1 + 1/f2).
    const variance =
      (n * unseenShare) / seenProbability ** 2 + ((n * unseenShare) / seenProbability ** 2) ** 2 * rate ** 2 * (1 / f1 + 1 / f2);
    zelterman = withInterval(n, estimate, variance);
  }
  if (f1 === 0) {
    warnings.push(
      warning(
        'boundary-estimate',
        'Niemand werd slechts één keer gezien (f1 = 0): er zijn geen aanwijzingen voor ongeziene personen.',
        'Nobody was seen only once (f1 = 0): the data give no sign of unseen people.',
      ),
    );
  }
  return { observed: n, seenOnce: f1, seenTwice: f2, chaoLowerBound, chaoBiasCorrected, zelterman, warnings };
}
