// The population file: the shipped one loads and says plainly that it is an estimate; a malformed
// one is refused with the line and column of the problem, on load and by the command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../cli-program.js';
import { parsePopulationCsv, POPULATION_PATH } from './population.js';

const shipped = readFileSync(POPULATION_PATH, 'utf8');
const header = 'year,region,age_band,population';
const fullYear = (year: number, override: Record<string, string> = {}) =>
  ['ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU'].flatMap((region) => ['0-2', '3-5', '6-11', '12-17'].map((band) => override[`${region} ${band}`] ?? `${year},${region},${band},1000`));

describe('the population file', () => {
  it('ships an estimate that says so, and sums the provinces to Flanders', () => {
    expect(shipped).toMatch(/^# ESTIMATED, NOT VERIFIED/);
    const table = parsePopulationCsv(shipped);
    expect(table.years()).toEqual([2024]);
    const minors = table.population(2024, 'VL', ['0-2', '3-5', '6-11', '12-17'])!;
    const byProvince = ['ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU'].reduce((sum, region) => sum + table.population(2024, region as 'ANT', ['0-2', '3-5', '6-11', '12-17'])!, 0);
    expect(minors).toBe(byProvince);
    expect(minors).toBeGreaterThan(1_000_000);
  });

  it('reads a hand-written file with comments and two years, and uses the latest year before a period', () => {
    const table = parsePopulationCsv(['# bron: test', header, ...fullYear(2024), ...fullYear(2026, { 'ANT 12-17': '2026,ANT,12-17,2000' })].join('\n'));
    expect(table.population(2025, 'ANT', ['12-17'])).toBe(1000);
    expect(table.population(2027, 'ANT', ['12-17'])).toBe(2000);
    expect(table.population(2026, 'VL', ['0-2'])).toBe(6000);
  });

  it('refuses a malformed file, naming the line and the column', () => {
    const problem = (text: string) => {
      try {
        parsePopulationCsv(text);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problem('year,region,band,population\n')).toBe('population.csv line 1: the header must be "year,region,age_band,population", found "year,region,band,population"');
    expect(problem(['# opmerking', header, '2024,ANT,0-2,12.5'].join('\n'))).toBe('population.csv line 3, column population: "12.5" is not a whole number of residents');
    expect(problem([header, '2024,ANT,0-2,100', '2024,GENT,0-2,100'].join('\n'))).toMatch(/^population\.csv line 3, column region: "GENT" is not one of ANT, /);
    expect(problem([header, '2024,ANT,0-3,100'].join('\n'))).toBe('population.csv line 2, column age_band: "0-3" is not one of 0-2, 3-5, 6-11, 12-17');
    expect(problem([header, 'vorig jaar,ANT,0-2,100'].join('\n'))).toBe('population.csv line 2, column year: "vorig jaar" is not a year');
    expect(problem([header, '2024,ANT,0-2,100,7'].join('\n'))).toMatch(/^population\.csv line 2: wrong number of fields/);
    expect(problem([header, ...fullYear(2024), '2024,ANT,0-2,5'].join('\n'))).toBe('population.csv line 26: 2024 ANT 0-2 appears twice');
    expect(problem([header, ...fullYear(2024).filter((l) => !l.startsWith('2024,BRU,3-5'))].join('\n'))).toBe('population.csv: year 2024 has no row for BRU 3-5');
    expect(problem(`${header}\n`)).toBe('population.csv: no rows');
  });

  it('is checked by `schakel monitoring population`, which refuses a bad file without installing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'population-'));
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, [header, '2024,ANT,0-2,veel'].join('\n'));
    await expect(buildProgram().exitOverride().parseAsync(['node', 'schakel', 'monitoring', 'population', bad, '--install'])).rejects.toThrow(/line 2, column population/);
    expect(readFileSync(POPULATION_PATH, 'utf8')).toBe(shipped);
    const good = join(dir, 'good.csv');
    writeFileSync(good, [header, ...fullYear(2025)].join('\n'));
    const written: string[] = [];
    const output = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    try {
      await buildProgram().exitOverride().parseAsync(['node', 'schakel', 'monitoring', 'population', good]);
    } finally {
      output.mockRestore();
    }
    expect(written.join('')).toBe('2025: 24,000 residents aged 0-17\n');
  });
});
