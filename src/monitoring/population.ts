// Population denominators by region and age band, from content/monitoring/population.csv (see the
// README there for the source). Flanders as a whole (VL) is the sum of the provinces and Brussels.
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

export function parsePopulationCsv(text: string): PopulationTable {
  const records = parse<Record<string, string>>(text, { comment: '#', columns: true, skip_empty_lines: true, trim: true });
  const table = new PopulationTable();
  records.forEach((record, index) => {
    const year = Number(record.year);
    const region = record.region ?? '';
    const population = Number(record.population);
    const line = `population.csv record ${index + 1}`;
    if (!Number.isInteger(year)) throw new Error(`${line}: year "${record.year}" is not a year`);
    if (!isRegionCode(region) || region === 'VL') throw new Error(`${line}: region "${region}" is not a province code`);
    if (!Number.isInteger(population) || population < 0) throw new Error(`${line}: population "${record.population}" is not a count`);
    table.add(year, region, record.age_band ?? '', population);
  });
  return table;
}

let cached: PopulationTable | undefined;

export function populationTable(): PopulationTable {
  cached ??= parsePopulationCsv(readFileSync(POPULATION_PATH, 'utf8'));
  return cached;
}
