// Warnings are data, not log lines: every result carries the reasons to distrust it, so a report
// or a publication step can show or act on them. Messages are Dutch (nl-BE) first, English beside.

export type WarningCode =
  | 'non-convergence'
  | 'rank-deficient'
  | 'boundary-estimate'
  | 'sparse-cells'
  | 'zero-overlap'
  | 'empty-source'
  | 'unstable-estimate'
  | 'profile-open-upper'
  | 'too-many-models';

export interface EstimateWarning {
  readonly code: WarningCode;
  /** Dutch (nl-BE). */
  readonly message: string;
  /** English. */
  readonly messageEn: string;
}

export function warning(code: WarningCode, message: string, messageEn: string): EstimateWarning {
  return { code, message, messageEn };
}

/** Keeps the first warning of each (code, message) pair, in order. */
export function uniqueWarnings(warnings: readonly EstimateWarning[]): EstimateWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.messageEn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
