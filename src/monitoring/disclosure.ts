// Disclosure control for dashboards, downloads and the report, built on the prevalence engine's
// small-count suppression (counts 1–9 withheld, and more cells withheld until none of them can be
// recovered from the published totals). The pattern is decided on the full table of regions,
// whatever a user asked to see, so two requests cannot be differenced into a hidden count.
import { suppressSmallCounts } from '../prevalence/cell-suppression.js';

export const DISCLOSURE_THRESHOLD = 10;

/** The cells a regional table is made of: the six provinces and the Flanders-wide services. */
export const REST_CELL = 'FLANDERS_WIDE';

/**
 * Which parts of one row and its published total must be withheld (e.g. the answers of one month).
 * Decided on the row alone, so every range of rows a user asks for shows the same pattern.
 */
export function suppressedParts(parts: ReadonlyMap<string, number>, threshold = DISCLOSURE_THRESHOLD): { parts: Set<string>; total: boolean } {
  const labels = [...parts.keys()];
  const values = labels.map((label) => parts.get(label) ?? 0);
  const result = suppressSmallCounts(
    {
      cells: labels.map((label, index) => ({ label, value: values[index] ?? 0 })),
      margins: [{ label: 'total', value: values.reduce((sum, v) => sum + v, 0), cells: labels.map((_, index) => index) }],
    },
    threshold,
  );
  const hidden = new Set<string>();
  result.cells.forEach((value, index) => {
    if (value === null) hidden.add(labels[index] ?? '');
  });
  return { parts: hidden, total: result.margins[0] === null };
}

/**
 * Which cells of a one-period regional table must be withheld: `cells` are the regions (and the
 * Flanders-wide rest); their sum, Flanders as a whole, is published as the margin `VL`.
 */
export function suppressedRegions(cells: ReadonlyMap<string, number>, threshold = DISCLOSURE_THRESHOLD): Set<string> {
  const { parts: hidden, total } = suppressedParts(cells, threshold);
  if (total) hidden.add('VL');
  return hidden;
}

/**
 * A two-way table (e.g. age band × region) with row and column totals: which cells, row totals
 * and column totals must be withheld.
 */
export function suppressedTable(
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  value: (row: string, column: string) => number,
  threshold = DISCLOSURE_THRESHOLD,
): { cells: Set<string>; rowTotals: Set<string>; columnTotals: Set<string>; grandTotal: boolean } {
  const cells = rowLabels.flatMap((row) => columnLabels.map((column) => ({ label: `${row}\u0000${column}`, value: value(row, column) })));
  const index = (r: number, c: number): number => r * columnLabels.length + c;
  const margins = [
    ...rowLabels.map((row, r) => ({ label: `row\u0000${row}`, value: 0, cells: columnLabels.map((_, c) => index(r, c)) })),
    ...columnLabels.map((column, c) => ({ label: `column\u0000${column}`, value: 0, cells: rowLabels.map((_, r) => index(r, c)) })),
    { label: 'total', value: 0, cells: cells.map((_, i) => i) },
  ].map((margin) => ({ ...margin, value: margin.cells.reduce((sum, i) => sum + (cells[i]?.value ?? 0), 0) }));
  const result = suppressSmallCounts({ cells, margins }, threshold);
  const hiddenCells = new Set<string>();
  result.cells.forEach((v, i) => {
    if (v === null) hiddenCells.add(cells[i]?.label ?? '');
  });
  const rowTotals = new Set<string>();
  const columnTotals = new Set<string>();
  rowLabels.forEach((row, r) => {
    if (result.margins[r] === null) rowTotals.add(row);
  });
  columnLabels.forEach((column, c) => {
    if (result.margins[rowLabels.length + c] === null) columnTotals.add(column);
  });
  return { cells: hiddenCells, rowTotals, columnTotals, grandTotal: result.margins[margins.length - 1] === null };
}

export function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}
