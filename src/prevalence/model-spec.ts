// Model names in Rcapture's notation. A hierarchical model always keeps every main effect (as
// Rcapture's closedpMS does with `forced = 1:t`), so it is fully described by its set of pairs,
// given as indices into sourcePairs(t). (Indices, not a bit mask: t = 9 has 36 pairs, more than
// JavaScript's 32-bit bitwise operators hold.)

export type ModelSpec =
  | { readonly kind: 'hierarchical'; readonly pairs: readonly number[] }
  | { readonly kind: 'M0' }
  | { readonly kind: 'Mh Chao (LB)' }
  | { readonly kind: 'Mth Chao (LB)' }
  | { readonly kind: 'Mb' };

export const HETEROGENEITY_MODEL_NAMES = ['M0', 'Mh Chao (LB)', 'Mth Chao (LB)', 'Mb'] as const;

/** Pairs of sources in lexicographic order: index → [i, j] with i < j (0-based). */
export function sourcePairs(sourceCount: number): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  for (let i = 0; i < sourceCount; i++) for (let j = i + 1; j < sourceCount; j++) pairs.push([i, j]);
  return pairs;
}

export function pairCount(sourceCount: number): number {
  return (sourceCount * (sourceCount - 1)) / 2;
}

export function modelName(spec: ModelSpec, sourceCount: number): string {
  if (spec.kind !== 'hierarchical') return spec.kind;
  const terms: string[] = [];
  const covered = new Set<number>();
  const chosen = new Set(spec.pairs);
  sourcePairs(sourceCount).forEach(([i, j], index) => {
    if (chosen.has(index)) {
      terms.push(`${i + 1}${j + 1}`);
      covered.add(i).add(j);
    }
  });
  for (let i = 0; i < sourceCount; i++) if (!covered.has(i)) terms.push(String(i + 1));
  return `[${terms.join(',')}]`;
}

export type ParsedModel = { readonly spec: ModelSpec } | { readonly error: string };

/**
 * Parses "[12,3,4]", "[1,2,3,4]", "Mt", "M0", "Mh Chao (LB)", "Mth Chao (LB)", "Mb". Main
 * effects may be left out of a bracketed name: every hierarchical model includes them all.
 */
export function parseModelName(name: string, sourceCount: number): ParsedModel {
  const trimmed = name.trim();
  const compact = trimmed.replace(/\s+/g, ' ').toLowerCase();
  if (compact === 'mt') return { spec: { kind: 'hierarchical', pairs: [] } };
  if (compact === 'm0') return { spec: { kind: 'M0' } };
  if (compact === 'mb') return { spec: { kind: 'Mb' } };
  if (compact === 'mh chao (lb)' || compact === 'mh chao' || compact === 'mhchao') return { spec: { kind: 'Mh Chao (LB)' } };
  if (compact === 'mth chao (lb)' || compact === 'mth chao' || compact === 'mthchao') return { spec: { kind: 'Mth Chao (LB)' } };
  const bracketed = /^\[([0-9,\s]*)\]$/.exec(trimmed);
  if (!bracketed) {
    return { error: `unknown model "${name}": use Rcapture notation such as [12,3,4], Mt, M0, "Mh Chao (LB)", "Mth Chao (LB)" or Mb` };
  }
  const pairs = sourcePairs(sourceCount);
  const chosen = new Set<number>();
  const terms = (bracketed[1] ?? '').split(',').map((term) => term.trim()).filter((term) => term.length > 0);
  for (const term of terms) {
    const digits = [...term].map(Number);
    if (digits.some((d) => d < 1 || d > sourceCount)) {
      return { error: `model "${name}": term "${term}" names a source outside 1..${sourceCount}` };
    }
    if (new Set(digits).size !== digits.length) return { error: `model "${name}": term "${term}" repeats a source` };
    if (digits.length > 2) return { error: `model "${name}": term "${term}" is a ${digits.length}-way interaction; only two-way interactions are supported` };
    if (digits.length === 2) {
      const [a, b] = [Math.min(digits[0] ?? 0, digits[1] ?? 0) - 1, Math.max(digits[0] ?? 0, digits[1] ?? 0) - 1];
      const index = pairs.findIndex(([i, j]) => i === a && j === b);
      chosen.add(index);
    }
  }
  return { spec: { kind: 'hierarchical', pairs: [...chosen].sort((a, b) => a - b) } };
}

/** Column sets of a hierarchical model: intercept (empty set), each source, each chosen pair. */
export function hierarchicalColumnSets(sourceCount: number, pairs: readonly number[]): number[] {
  const all = sourcePairs(sourceCount);
  const sets = [0];
  for (let i = 0; i < sourceCount; i++) sets.push(1 << i);
  for (const index of pairs) {
    const pair = all[index];
    if (pair) sets.push((1 << pair[0]) | (1 << pair[1]));
  }
  return sets;
}

/** Pair indices set in a bit mask (for the enumeration, where t ≤ 6 keeps masks small). */
export function pairsOfMask(mask: number): number[] {
  const pairs: number[] = [];
  for (let index = 0; mask >>> index !== 0; index++) if ((mask >>> index) & 1) pairs.push(index);
  return pairs;
}

/** The same pair set after renumbering sources: permutation[newIndex] = oldIndex. */
export function permutePairs(pairs: readonly number[], sourceCount: number, permutation: readonly number[]): number[] {
  const all = sourcePairs(sourceCount);
  const newIndexOf = new Map<number, number>();
  permutation.forEach((oldIndex, newIndex) => newIndexOf.set(oldIndex, newIndex));
  return pairs
    .map((index) => {
      const [i, j] = all[index] ?? [0, 1];
      const a = newIndexOf.get(i) ?? i;
      const b = newIndexOf.get(j) ?? j;
      return all.findIndex(([x, y]) => x === Math.min(a, b) && y === Math.max(a, b));
    })
    .sort((x, y) => x - y);
}
