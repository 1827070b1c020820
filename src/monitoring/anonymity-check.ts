// A check applied to every analyst response in the monitoring tests: it walks the JSON (or the
// cells of a CSV/XLSX download) and reports anything that looks like a person (names, birth
// dates, e-mail addresses, record ids) or a published count between 1 and 9.
export const SMALL_COUNT_MAX = 9;

const PERSON_KEY = /^(first_?name|last_?name|display_?name|full_?name|date_?of_?birth|dob|birth_?date|e_?mail|phone|address|nrn|national_?number|(user|person|case|report|child|owner|counsellor|conversation)_?id|registered_?by|concern|note|notes)$/i;
const COUNT_KEYS = new Set(['count', 'counts', 'n', 'numerator', 'denominator', 'facts', 'total', 'totals', 'grandTotal', 'observed', 'sampleSize']);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isSmall = (value: unknown): boolean => typeof value === 'number' && value >= 1 && value <= SMALL_COUNT_MAX;

export function anonymityProblems(json: unknown, path = '$', countContext = false): string[] {
  const problems: string[] = [];
  if (typeof json === 'string') {
    if (UUID.test(json)) problems.push(`${path}: looks like a record id`);
    if (EMAIL.test(json)) problems.push(`${path}: looks like an e-mail address`);
    if (ISO_INSTANT.test(json)) problems.push(`${path}: a time finer than a day`);
    return problems;
  }
  if (Array.isArray(json)) {
    json.forEach((item, index) => {
      if (countContext && isSmall(item)) problems.push(`${path}[${index}]: count ${String(item)} below the threshold`);
      problems.push(...anonymityProblems(item, `${path}[${index}]`, countContext));
    });
    return problems;
  }
  if (json !== null && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    // In an object that says its unit is a count, every `value` is a count too.
    const valuesAreCounts = countContext || record.unit === 'count';
    for (const [key, value] of Object.entries(record)) {
      const where = `${path}.${key}`;
      if (PERSON_KEY.test(key)) problems.push(`${where}: person-like field`);
      // Inside a count table every number is a count, except targets and years.
      const inTable = countContext && key !== 'target' && key !== 'year';
      const isCount = COUNT_KEYS.has(key) || (valuesAreCounts && (key === 'value' || key === 'previous')) || inTable;
      if (isCount && isSmall(value)) problems.push(`${where}: count ${String(value)} below the threshold`);
      problems.push(...anonymityProblems(value, where, countContext || COUNT_KEYS.has(key) || (valuesAreCounts && typeof value === 'object' && key !== 'indicator')));
    }
  }
  return problems;
}

/** Cells of a downloaded table: every number in a count column is checked. */
export function tableProblems(rows: ReadonlyArray<ReadonlyArray<unknown>>, countColumns: (header: readonly unknown[]) => number[]): string[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const columns = countColumns(header);
  const problems: string[] = [];
  body.forEach((row, r) => {
    for (const c of columns) {
      const cell = row[c];
      const value = typeof cell === 'string' && /^\d+$/.test(cell) ? Number(cell) : cell;
      if (isSmall(value)) problems.push(`row ${r + 2}, column ${c + 1}: count ${String(value)} below the threshold`);
    }
    for (const cell of row) problems.push(...anonymityProblems(typeof cell === 'string' ? cell : null, `row ${r + 2}`));
  });
  return problems;
}
