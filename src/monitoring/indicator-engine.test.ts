// Indicator values against figures worked out by hand from a small, known set of facts, with the
// disclosure rules visible in the result: primary and complementary suppression, medians on at
// least 10 facts, shares whose complement is small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { rows, sql, type Database } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { recordFact } from './facts.service.js';
import { indicatorCatalogue, type Indicator } from './indicator-catalogue.js';
import { indicatorSeries, weightedMedian } from './indicator-engine.js';
import { PopulationTable } from './population.js';
import { findTarget, trafficLight, trendOf } from './targets.service.js';

let database: Database;
const centre: Record<string, string> = {};
const population = new PopulationTable();
population.add(2026, 'ANT', '0-2', 2_000);
population.add(2026, 'ANT', '3-5', 2_000);
population.add(2026, 'ANT', '6-11', 3_000);
population.add(2026, 'ANT', '12-17', 3_000);

const indicator = (id: string): Indicator => indicatorCatalogue().indicators.find((i) => i.id === id)!;

async function facts(code: string, n: number, fact: { kind: string; month: string; value?: number; dimensions?: Record<string, string> }): Promise<void> {
  for (let i = 0; i < n; i++) {
    await recordFact(database.db, { kind: fact.kind, day: `${fact.month}-${String(1 + (i % 28)).padStart(2, '0')}`, centreId: centre[code]!, value: fact.value ?? 1, dimensions: fact.dimensions ?? {} });
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOrganisation(database.db);
  for (const c of await rows<{ id: string; code: string }>(database.db, sql`SELECT id, code FROM centres`)) centre[c.code] = c.id;
  {
    // Acute first contacts in 2026-Q1: Antwerp 18 within a day (0.5) and 12 later (3 days);
    // Limburg 15 within a day (0.8) and 5 later (3 days).
    await facts('vk-antwerpen', 18, { kind: 'first_contact', month: '2026-01', value: 0.5, dimensions: { urgency: 'acute', outcome: 'met' } });
    await facts('vk-antwerpen', 12, { kind: 'first_contact', month: '2026-02', value: 3, dimensions: { urgency: 'acute', outcome: 'late' } });
    await facts('vk-limburg', 15, { kind: 'first_contact', month: '2026-03', value: 0.8, dimensions: { urgency: 'acute', outcome: 'met' } });
    await facts('vk-limburg', 5, { kind: 'first_contact', month: '2026-03', value: 3, dimensions: { urgency: 'acute', outcome: 'late' } });
    // Reports in January 2026: Antwerp 25, Limburg 4, East Flanders 11.
    await facts('vk-antwerpen', 25, { kind: 'report', month: '2026-01' });
    await facts('vk-limburg', 4, { kind: 'report', month: '2026-01' });
    await facts('vk-oost-vlaanderen', 11, { kind: 'report', month: '2026-01' });
    // 100 children reported in Antwerp in 2026.
    await facts('vk-antwerpen', 100, { kind: 'report_child', month: '2026-05', dimensions: { ageBand: '6-11' } });
    // Snapshots: Antwerp 40 open / 4 workers in January, 45 / 5 in February; Limburg 30 / 3 in February.
    for (const [code, month, open, workers] of [['vk-antwerpen', '2026-01', 40, 4], ['vk-antwerpen', '2026-02', 45, 5], ['vk-limburg', '2026-02', 30, 3]] as const) {
      await recordFact(database.db, { kind: 'open_cases', day: `${month}-28`, centreId: centre[code]!, value: open });
      await recordFact(database.db, { kind: 'active_workers', day: `${month}-28`, centreId: centre[code]!, value: workers });
    }
  }
}, 120_000);
afterAll(() => database.close());

const quarter = { from: '2026-01', to: '2026-03', periodType: 'quarter' as const, regions: ['VL', 'ANT', 'LIM', 'OVL'] as const };

describe('indicatorSeries', () => {
  it('gives the share of acute reports contacted within 24 h per region', async () => {
    const result = await indicatorSeries(database.db, indicator('acute_contacted_24h'), quarter, { population });
    const byRegion = Object.fromEntries(result.regions.map((r) => [r.region, r.points[0]]));
    // Flanders: 33 of 50 = 66.0 %; Antwerp 18 of 30 = 60.0 %; Limburg 15 of 20 = 75.0 %.
    expect(byRegion.VL).toEqual({ period: '2026-Q1', value: 66, status: 'ok' });
    expect(byRegion.ANT?.value).toBe(60);
    expect(byRegion.LIM?.value).toBe(75);
    expect(byRegion.OVL).toEqual({ period: '2026-Q1', value: null, status: 'no_data' });
  });

  it('withholds a share whose numerator is a small count, and the share that would reveal it', async () => {
    // New cases in 2026-Q2: Antwerp 20 (4 MANO), Limburg 30 (12 MANO), West Flanders 25 (15 MANO).
    for (const [code, all, mano] of [['vk-antwerpen', 20, 4], ['vk-limburg', 30, 12], ['vk-west-vlaanderen', 25, 15]] as const) {
      await facts(code, mano, { kind: 'case_opened', month: '2026-04', dimensions: { track: 'mano' } });
      await facts(code, all - mano, { kind: 'case_opened', month: '2026-05', dimensions: { track: 'case' } });
    }
    const result = await indicatorSeries(database.db, indicator('mano_share'), { from: '2026-04', to: '2026-06', periodType: 'quarter', regions: ['VL', 'ANT', 'LIM', 'WVL'] }, { population });
    const byRegion = Object.fromEntries(result.regions.map((r) => [r.region, r.points[0]]));
    // Flanders 31 of 75 = 41.3 %. Antwerp's 4 is small; Limburg's 12 (the smallest other MANO
    // count) is withheld with it, or 31 − 12 − 15 would give Antwerp's 4.
    expect(byRegion.VL?.value).toBe(41.3);
    expect(byRegion.ANT?.status).toBe('suppressed');
    expect(byRegion.LIM?.status).toBe('suppressed');
    expect(byRegion.WVL?.value).toBe(60);
  });

  it('computes median days to first contact from the histogram', async () => {
    const result = await indicatorSeries(database.db, indicator('median_days_first_contact'), quarter, { population });
    const values = Object.fromEntries(result.regions.map((r) => [r.region, r.points[0]?.value]));
    // Antwerp: 18 × 0.5 then 12 × 3 → middle two are 0.5. Limburg: 15 × 0.8, 5 × 3 → 0.8.
    // Flanders: 18 × 0.5, 15 × 0.8, 17 × 3 → 25th and 26th of 50 are 0.8.
    expect(values).toEqual({ VL: 0.8, ANT: 0.5, LIM: 0.8, OVL: null });
  });

  it('suppresses a small monthly count and the cell that would reveal it', async () => {
    const result = await indicatorSeries(database.db, indicator('reports'), { from: '2026-01', to: '2026-01', periodType: 'month', regions: ['VL', 'ANT', 'LIM', 'OVL'] }, { population });
    const points = Object.fromEntries(result.regions.map((r) => [r.region, r.points[0]]));
    expect(points.VL?.value).toBe(40);
    expect(points.LIM?.status).toBe('suppressed');
    // The smallest other published count goes with it: 11 in East Flanders, not Antwerp's 25.
    expect(points.OVL?.status).toBe('suppressed');
    expect(points.ANT?.value).toBe(25);
  });

  it('divides by the population in the matching age bands', async () => {
    const result = await indicatorSeries(database.db, indicator('children_reported_per_1000'), { from: '2026-01', to: '2026-12', periodType: 'year', regions: ['ANT'] }, { population });
    expect(result.regions[0]?.points[0]).toEqual({ period: '2026', value: 10, status: 'ok' });
  });

  it('takes the latest snapshot of the period for cases per worker', async () => {
    const result = await indicatorSeries(database.db, indicator('cases_per_worker'), quarter, { population });
    const values = Object.fromEntries(result.regions.map((r) => [r.region, r.points[0]?.value]));
    // Antwerp's February snapshot 45 / 5 = 9; Flanders (45 + 30) / (5 + 3) = 9.375.
    expect(values.ANT).toBe(9);
    expect(values.VL).toBe(9.4);
  });
});

describe('targets, lights and trends', () => {
  const target = { indicatorId: 'acute_contacted_24h', period: '2026', region: 'VL', target: 90, tolerance: 10 };
  it('finds the most specific target and colours the value by direction', () => {
    expect(findTarget([target], 'acute_contacted_24h', '2026-Q1', 'ANT')).toBe(target);
    expect(trafficLight(66, target, 'higher_is_better')).toBe('red');
    expect(trafficLight(85, target, 'higher_is_better')).toBe('amber');
    expect(trafficLight(91, target, 'higher_is_better')).toBe('green');
    expect(trafficLight(0.8, { ...target, target: 1, tolerance: 0.5 }, 'lower_is_better')).toBe('green');
    expect(trafficLight(1.4, { ...target, target: 1, tolerance: 0.5 }, 'lower_is_better')).toBe('amber');
    expect(trafficLight(null, target, 'higher_is_better')).toBe('none');
  });
  it('calls changes under 2 % flat', () => {
    expect(trendOf(101, 100)).toBe('flat');
    expect(trendOf(110, 100)).toBe('up');
    expect(trendOf(90, 100)).toBe('down');
    expect(trendOf(null, 100)).toBe('unknown');
  });
  it('takes the midpoint of the middle two for an even number of facts', () => {
    expect(weightedMedian(new Map([[1, 2], [3, 2]]))).toBe(2);
    expect(weightedMedian(new Map([[1, 1], [3, 2]]))).toBe(3);
    expect(weightedMedian(new Map())).toBeNull();
  });
});
