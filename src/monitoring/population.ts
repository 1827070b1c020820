// Population denominators by region and age band, from content/monitoring/population.csv (see the
// README there for the source, and `schakel monitoring population` to check and install a new
// file). Flanders as a whole (VL) is the sum of the provinces and Brussels.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { isRegionCode, provinceCodes, type RegionCode } from './regions.js';

export const POPULATION_PATH = fileURLToPath(new URL('../../content/monitoring/population.csv', import.meta.url));

export class PopulationTable {
  /** year → region → age band → residents */
  private readonly byYear = new Map<number, Map<RegionCode, Map<string, number>>>();

  add(year: number, region: RegionCode, ageBand: string, population: number): void {
    const regions = this.byYear.get(year) ?? new Map<RegionCode, Map<string, number>>();
    const bands = regions.get(region) ?? new Map<string, number>();
    bands.set(ageBand, population);
    regions.set(region, bands);
    this.byYear.set(year, regions);
  }

  years(): number[] {
    return [...this.byYear.keys()].sort((a, b) => a - b);
  }

  /** The most recent year at or before `year` (or the earliest, for years before the file). */
  yearFor(year: number): number | null {
    const years = [...this.byYear.keys()].sort((a, b) => a - b);
    return years.filter((y) => y <= year).pop() ?? years[0] ?? null;
  }

  /** Residents of `region` in the given age bands; null when the file does not know them. */
  population(year: number, region: RegionCode, ageBands: readonly string[]): number | null {
    const used = this.yearFor(year);
    if (used === null) return null;
    const regions = this.byYear.get(used);
    const members = region === 'VL' ? provinceCodes : [region];
    let total = 0;
    for (const member of members) {
      const bands = regions?.get(member);
      for (const band of ageBands) {
        const value = bands?.get(band);
        if (value === undefined) return null;
        total += value;
      }
    }
    return total;
  }
}

export const POPULATION_COLUMNS = ['year', 'region', 'age_band', 'population'] as const;
export const POPULATION_AGE_BANDS = ['0-2', '3-5', '6-11', '12-17'] as const;

/** A malformed population file: names the line and the column, so it can be fixed by hand. */
export class PopulationFileError extends Error {
  constructor(
    readonly line: number | null,
    readonly column: string | null,
    problem: string,
  ) {
    super(`population.csv${line === null ? '' : ` line ${line}`}${column === null ? '' : `, column ${column}`}: ${problem}`);
  }
}

function checkHeader(header: string[], line: number): string[] {
  const expected = POPULATION_COLUMNS.join(',');
  if (header.join(',') !== expected) throw new PopulationFileError(line, null, `the header must be "${expected}", found "${header.join(',')}"`);
  return header;
}

/**
 * Reads the population file and refuses anything it cannot use whole: a wrong header, a field that
 * is not what its column holds, a row twice, or a year that lacks a region or an age band (a rate
 * over a partial denominator would be wrong without anyone noticing).
 */
export function parsePopulationCsv(text: string): PopulationTable {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse<Record<string, string>>(text, {
      comment: '#',
      columns: (header: string[]) => checkHeader(header, text.split('\n').findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#')) + 1),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as Array<{ record: Record<string, string>; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof PopulationFileError) throw error;
    const lines = (error as { lines?: number }).lines;
    throw new PopulationFileError(lines ?? null, null, (error as Error).message.replace(/^Invalid Record Length: /, 'wrong number of fields: '));
  }
  if (records.length === 0) throw new PopulationFileError(null, null, 'no rows');
  const table = new PopulationTable();
  const seen = new Set<string>();
  for (const { record, info } of records) {
    const line = info.lines;
    const year = Number(record.year);
    const region = record.region ?? '';
    const band = record.age_band ?? '';
    const population = Number(record.population);
    if (!/^\d{4}$/.test(record.year ?? '') || year < 1990 || year > 2100) throw new PopulationFileError(line, 'year', `"${record.year}" is not a year`);
    if (!isRegionCode(region) || region === 'VL') throw new PopulationFileError(line, 'region', `"${region}" is not one of ${provinceCodes.join(', ')}`);
    if (!(POPULATION_AGE_BANDS as readonly string[]).includes(band)) throw new PopulationFileError(line, 'age_band', `"${band}" is not one of ${POPULATION_AGE_BANDS.join(', ')}`);
    if (!/^\d+$/.test(record.population ?? '')) throw new PopulationFileError(line, 'population', `"${record.population}" is not a whole number of residents`);
    const key = `${year} ${region} ${band}`;
    if (seen.has(key)) throw new PopulationFileError(line, null, `${year} ${region} ${band} appears twice`);
    seen.add(key);
    table.add(year, region, band, population);
  }
  for (const year of new Set(records.map((r) => Number(r.record.year)))) {
    for (const region of provinceCodes) {
      const missing = POPULATION_AGE_BANDS.filter((band) => !seen.has(`${year} ${region} ${band}`));
      if (missing.length > 0) throw new PopulationFileError(null, null, `year ${year} has no row for ${region} ${missing.join(', ')}`);
    }
  }
  return table;
}

let cached: PopulationTable | undefined;

export function populationTable(): PopulationTable {
  cached ??= parsePopulationCsv(readFileSync(POPULATION_PATH, 'utf8'));
  return cached;
}
