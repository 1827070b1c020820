// The statistics layer's write side: one fact, one aggregate, in the caller's transaction; the
// same event never counted twice; no free text; a rebuild from facts gives the same aggregates.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, resetDatabase } from '../../test/support/database.js';
import { rows, sql, type Database } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { FactError, rebuildAggregates, recordFact, replaceFact, retractFact } from './facts.service.js';

let database: Database;
let antwerpen: string;
let limburg: string;

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(() => database.close());
beforeEach(async () => {
  await resetDatabase(database);
  await seedOrganisation(database.db);
  const found = await rows<{ id: string; code: string }>(database.db, sql`SELECT id, code FROM centres`);
  antwerpen = found.find((c) => c.code === 'vk-antwerpen')!.id;
  limburg = found.find((c) => c.code === 'vk-limburg')!.id;
});

interface AggregateRow {
  kind: string;
  month: string;
  urgency: string;
  bucket: number;
  facts: number;
  total: number;
}

async function aggregates(): Promise<AggregateRow[]> {
  const found = await rows<AggregateRow>(
    database.db,
    sql`SELECT kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total
        FROM monitoring_aggregates ORDER BY kind, month, urgency, centre_id, outcome, bucket`,
  );
  return found.map((row) => ({ ...row, bucket: Number(row.bucket), facts: Number(row.facts), total: Number(row.total) }));
}

describe('recordFact', () => {
  it('writes the fact and adds it to its month, centre and dimensions', async () => {
    await database.db.transaction(async (tx) => {
      await recordFact(tx, { kind: 'report', day: '2026-03-02', centreId: antwerpen, dimensions: { urgency: 'acute' }, eventSource: 'r1' });
      await recordFact(tx, { kind: 'report', day: '2026-03-30', centreId: antwerpen, dimensions: { urgency: 'acute' }, eventSource: 'r2' });
      await recordFact(tx, { kind: 'report', day: '2026-04-01', centreId: antwerpen, dimensions: { urgency: 'acute' }, eventSource: 'r3' });
      await recordFact(tx, { kind: 'report', day: '2026-03-15', centreId: limburg, dimensions: { urgency: 'normal' } });
    });
    const found = await aggregates();
    expect(found.map((a) => [a.month, a.urgency, a.facts])).toEqual([
      ['2026-03', 'acute', 2],
      ['2026-03', 'normal', 1],
      ['2026-04', 'acute', 1],
    ]);
  });

  it('counts an event once, however often it is recorded', async () => {
    const fact = { kind: 'first_contact', day: '2026-02-10', centreId: antwerpen, value: 1.25, eventSource: 'cases:42' };
    expect(await recordFact(database.db, fact)).toBe(true);
    expect(await recordFact(database.db, fact)).toBe(false);
    const found = await aggregates();
    expect(found).toHaveLength(1);
    // 1.25 days falls in the 0.1-day bucket 1.3 (durations under two days keep tenths).
    expect(found[0]).toMatchObject({ facts: 1, total: 1.25, bucket: 1.3 });
  });

  it('stores a day from an instant in Brussels time, never the time itself', async () => {
    // 23:30 UTC on 31 March is already 1 April in Brussels (summer time).
    await recordFact(database.db, { kind: 'report', day: new Date('2026-03-31T23:30:00Z'), centreId: antwerpen });
    const [fact] = await rows<{ day: string }>(database.db, sql`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM monitoring_facts`);
    expect(fact?.day).toBe('2026-04-01');
    expect((await aggregates())[0]?.month).toBe('2026-04');
  });

  it('refuses free text, unknown dimensions and odd kinds, and leaves nothing behind', async () => {
    await expect(recordFact(database.db, { kind: 'report', day: '2026-01-01', centreId: antwerpen, dimensions: { category: 'Jan Peeters slaat zijn zoon' } })).rejects.toThrow(FactError);
    await expect(recordFact(database.db, { kind: 'report', day: '2026-01-01', centreId: antwerpen, dimensions: { name: 'x' } as never })).rejects.toThrow(/unknown dimension/);
    await expect(recordFact(database.db, { kind: 'Report Kind', day: '2026-01-01', centreId: antwerpen })).rejects.toThrow(/not a code/);
    await expect(recordFact(database.db, { kind: 'report', day: '2026-01-01T10:00', centreId: antwerpen })).rejects.toThrow(/YYYY-MM-DD/);
    expect(await rows(database.db, sql`SELECT 1 FROM monitoring_facts`)).toHaveLength(0);
  });

  it('rolls back with the caller’s transaction', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await recordFact(tx, { kind: 'report', day: '2026-01-05', centreId: antwerpen });
        throw new Error('the report itself failed');
      }),
    ).rejects.toThrow();
    expect(await aggregates()).toEqual([]);
  });
});

describe('retractFact and replaceFact', () => {
  it('take the fact out of its aggregate and drop an emptied row', async () => {
    await recordFact(database.db, { kind: 'open_cases', day: '2026-05-01', centreId: antwerpen, value: 40, eventSource: 'snapshot:2026-05' });
    await replaceFact(database.db, { kind: 'open_cases', day: '2026-05-20', centreId: antwerpen, value: 44, eventSource: 'snapshot:2026-05' });
    expect((await aggregates()).map((a) => [a.facts, a.total])).toEqual([[1, 44]]);
    expect(await retractFact(database.db, 'open_cases', 'snapshot:2026-05')).toBe(true);
    expect(await retractFact(database.db, 'open_cases', 'snapshot:2026-05')).toBe(false);
    expect(await aggregates()).toEqual([]);
  });
});

describe('rebuildAggregates', () => {
  it('gives exactly the aggregates the incremental upserts kept', async () => {
    let state = 7;
    const next = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 120; i++) {
      await recordFact(database.db, {
        kind: next() < 0.5 ? 'report' : 'first_contact',
        day: `2026-0${1 + Math.floor(next() * 6)}-1${Math.floor(next() * 9)}`,
        centreId: next() < 0.5 ? antwerpen : limburg,
        dimensions: { urgency: ['acute', 'high', 'normal'][Math.floor(next() * 3)] ?? 'normal' },
        value: Math.round(next() * 300) / 100,
      });
    }
    const incremental = await aggregates();
    await rebuildAggregates(database.db);
    expect(await aggregates()).toEqual(incremental);
    expect(incremental.reduce((sum, a) => sum + a.facts, 0)).toBe(120);
  });
});
