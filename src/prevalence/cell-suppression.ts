// Small-count suppression with complementary suppression for a table of cells and margins (sums
// of cells). Counts 1–9 could identify people, so they are withheld; and because a withheld cell
// can often be recovered by subtracting published cells from a published total, more cells are
// withheld until no suppressed value is a linear combination of what is published.
//
// Recoverability is decided exactly: the published margins, after subtracting the published
// cells, are linear equations in the suppressed cells; a suppressed cell (or margin) is
// recoverable iff its indicator vector lies in the row space of those equations.

export interface SuppressionTable {
  readonly cells: ReadonlyArray<{ readonly label: string; readonly value: number }>;
  /** Sums of cells (rows, columns, totals), by cell index. */
  readonly margins: ReadonlyArray<{ readonly label: string; readonly value: number; readonly cells: readonly number[] }>;
}

export interface Suppression {
  readonly cell: string;
  readonly reason: string;
  readonly reasonEn: string;
}

export interface SuppressedTable {
  /** Published values; null where suppressed. */
  readonly cells: Array<number | null>;
  readonly margins: Array<number | null>;
  readonly suppressions: Suppression[];
}

const EPSILON = 1e-9;

/** Row-reduced basis of the equations published margins give about the suppressed cells. */
class RowSpace {
  private readonly basis: Array<{ pivot: number; row: Float64Array }> = [];

  constructor(rows: readonly Float64Array[]) {
    for (const row of rows) {
      const reduced = this.reduce(row);
      const pivot = reduced.findIndex((value) => Math.abs(value) > EPSILON);
      if (pivot < 0) continue;
      const scale = reduced[pivot] ?? 1;
      for (let i = 0; i < reduced.length; i++) reduced[i] = (reduced[i] ?? 0) / scale;
      for (const entry of this.basis) {
        const factor = entry.row[pivot] ?? 0;
        if (Math.abs(factor) > EPSILON) for (let i = 0; i < reduced.length; i++) entry.row[i] = (entry.row[i] ?? 0) - factor * (reduced[i] ?? 0);
      }
      this.basis.push({ pivot, row: reduced });
    }
  }

  reduce(vector: Float64Array): Float64Array {
    const result = Float64Array.from(vector);
    for (const { pivot, row } of this.basis) {
      const factor = result[pivot] ?? 0;
      if (Math.abs(factor) > EPSILON) for (let i = 0; i < result.length; i++) result[i] = (result[i] ?? 0) - factor * (row[i] ?? 0);
    }
    return result;
  }

  contains(vector: Float64Array): boolean {
    return this.reduce(vector).every((value) => Math.abs(value) <= EPSILON);
  }
}

/**
 * Indices of suppressed cells and margins whose values follow from the published ones.
 * Exported for tests, which use it to check that `suppressSmallCounts` leaves nothing recoverable.
 */
export function recoverableItems(
  table: SuppressionTable,
  suppressedCells: ReadonlySet<number>,
  suppressedMargins: ReadonlySet<number>,
): { cells: number[]; margins: number[] } {
  const unknowns = [...suppressedCells].sort((a, b) => a - b);
  const position = new Map(unknowns.map((cell, index) => [cell, index]));
  const indicator = (cells: readonly number[]): Float64Array => {
    const vector = new Float64Array(unknowns.length);
    for (const cell of cells) {
      const at = position.get(cell);
      if (at !== undefined) vector[at] = 1;
    }
    return vector;
  };
  const space = new RowSpace(table.margins.filter((_, index) => !suppressedMargins.has(index)).map((margin) => indicator(margin.cells)));
  return {
    cells: unknowns.filter((cell) => space.contains(indicator([cell]))),
    margins: [...suppressedMargins].filter((index) => space.contains(indicator(table.margins[index]?.cells ?? []))),
  };
}

export function suppressSmallCounts(table: SuppressionTable, threshold = 10): SuppressedTable {
  const isSmall = (value: number): boolean => value > 0 && value < threshold;
  const cells = new Set<number>();
  const margins = new Set<number>();
  const suppressions: Suppression[] = [];
  table.cells.forEach((cell, index) => {
    if (!isSmall(cell.value)) return;
    cells.add(index);
    suppressions.push({
      cell: cell.label,
      reason: `primair: aantal tussen 1 en ${threshold - 1}`,
      reasonEn: `primary: count between 1 and ${threshold - 1}`,
    });
  });
  table.margins.forEach((margin, index) => {
    if (!isSmall(margin.value)) return;
    margins.add(index);
    suppressions.push({
      cell: margin.label,
      reason: `primair: totaal tussen 1 en ${threshold - 1}`,
      reasonEn: `primary: total between 1 and ${threshold - 1}`,
    });
  });

  for (;;) {
    const exposed = recoverableItems(table, cells, margins);
    const target = exposed.cells[0] !== undefined ? { kind: 'cell' as const, index: exposed.cells[0] } : exposed.margins[0] !== undefined ? { kind: 'margin' as const, index: exposed.margins[0] } : undefined;
    if (!target) break;
    const targetLabel = target.kind === 'cell' ? (table.cells[target.index]?.label ?? '') : (table.margins[target.index]?.label ?? '');
    // The published margins through which the target can be recovered, and their published cells.
    const throughMargins = table.margins
      .map((margin, index) => ({ margin, index }))
      .filter(({ margin, index }) => !margins.has(index) && (target.kind === 'cell' ? margin.cells.includes(target.index) : overlaps(margin.cells, table.margins[target.index]?.cells ?? [])));
    const candidates = new Set<number>();
    for (const { margin } of throughMargins) for (const cell of margin.cells) if (!cells.has(cell)) candidates.add(cell);
    if (target.kind === 'margin') for (const cell of table.margins[target.index]?.cells ?? []) if (!cells.has(cell)) candidates.add(cell);
    // The smallest published non-zero cell hides the target at the least cost of information;
    // hiding a zero protects little (everyone can guess it is small), so zeros come last.
    const cost = (cell: number): number => table.cells[cell]?.value || Number.POSITIVE_INFINITY;
    const chosen = [...candidates].sort((a, b) => cost(a) - cost(b) || a - b)[0];
    if (chosen !== undefined) {
      cells.add(chosen);
      suppressions.push({
        cell: table.cells[chosen]?.label ?? '',
        reason: `complementair: anders is "${targetLabel}" af te leiden uit de gepubliceerde totalen`,
        reasonEn: `complementary: otherwise "${targetLabel}" could be derived from the published totals`,
      });
      continue;
    }
    // No published cell left to hide: withhold the smallest published margin that exposes it.
    const margin = throughMargins.sort((a, b) => a.margin.value - b.margin.value)[0];
    if (!margin) break;
    margins.add(margin.index);
    suppressions.push({
      cell: margin.margin.label,
      reason: `complementair: anders is "${targetLabel}" af te leiden`,
      reasonEn: `complementary: otherwise "${targetLabel}" could be derived`,
    });
  }
  return {
    cells: table.cells.map((cell, index) => (cells.has(index) ? null : cell.value)),
    margins: table.margins.map((margin, index) => (margins.has(index) ? null : margin.value)),
    suppressions,
  };
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  const set = new Set(b);
  return a.some((cell) => set.has(cell));
}
