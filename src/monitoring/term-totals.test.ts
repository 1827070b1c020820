// Pre-aggregated filtered terms give exactly what summing the matching aggregates gives: when
// first registered, as facts are recorded and retracted afterwards, and after a rebuild.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { rows, sql, type Database } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { aggregateCells } from './aggregates.repository.js';
import { rebuildAggregates, recordFact, retractFact } from './facts.service.js';
import { termKey } from './term-totals.js';

let database: Database;
let centres: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  await seedOrganisation(database.db);
  centres = (await rows<{ id: string }>(database.db, sql`SELECT id FROM centres ORDER BY code`)).map((c) => c.id);
}, 60_000);
afterAll(() => database.close());

const youthChat = { kind: 'contact', filter: { ageBand: ['15_17', '12_14'], channel: ['chat'] } };
const range = { from: '2026-01', to: '2026-12' };

/** The same cells summed straight from the aggregates, the way it was done before pre-aggregation. */
async function scanned(): Promise<Array<{ month: string; centreId: string; bucket: number; facts: number; total: number }>> {
  const found = await rows<{ month: string; centre_id: string; bucket: number; facts: string; total: number }>(
    database.db,
    sql`SELECT month, centre_id, bucket, sum(facts) AS facts, sum(total) AS total FROM monitoring_aggregates
        WHERE kind = 'contact' AND channel = 'chat' AND age_band IN ('12_14', '15_17') GROUP BY 1, 2, 3 HAVING sum(facts) > 0`,
  );
  return found.map((r) => ({ month: r.month, centreId: r.centre_id, bucket: Number(r.bucket), facts: Number(r.facts), total: Number(r.total) }));
}

const sorted = <T extends { month: string; centreId: string }>(cells: T[]) => [...cells].sort((a, b) => `${a.month}${a.centreId}`.localeCompare(`${b.month}${b.centreId}`));

async function contact(i: number, channel: string, ageBand: string): Promise<void> {
  await recordFact(database.db, { kind: 'contact', day: `2026-0${1 + (i % 3)}-1${i % 10}`, centreId: centres[i % 2]!, dimensions: { channel, ageBand, gender: i % 2 ? 'female' : 'male' }, eventSource: `test:${i}` });
}

describe('pre-aggregated filtered terms', () => {
  it('equal the matching aggregates when registered, while facts come and go, and after a rebuild', async () => {
    for (let i = 0; i < 40; i++) await contact(i, i % 3 === 0 ? 'phone' : 'chat', ['12_14', '15_17', '18_24'][i % 3]!);
    expect(termKey(youthChat)).toBe('contact|age_band=12_14,15_17;channel=chat');

    const first = await aggregateCells(database.db, youthChat, range);
    expect(sorted(first)).toEqual(sorted(await scanned()));
    // By hand: i with i % 3 = 1 (chat, 15_17) or 2 (chat, 18_24 — not counted): 13 facts.
    expect(first.reduce((n, c) => n + c.facts, 0)).toBe(13);
    expect(await rows(database.db, sql`SELECT term FROM monitoring_terms`)).toEqual([{ term: 'contact|age_band=12_14,15_17;channel=chat' }]);

    for (let i = 40; i < 60; i++) await contact(i, 'chat', '12_14');
    for (const i of [1, 4, 41]) await retractFact(database.db, 'contact', `test:${i}`);
    const moved = await aggregateCells(database.db, youthChat, range);
    expect(sorted(moved)).toEqual(sorted(await scanned()));
    expect(moved.reduce((n, c) => n + c.facts, 0)).toBe(13 + 20 - 3);

    await rebuildAggregates(database.db);
    expect(sorted(await aggregateCells(database.db, youthChat, range))).toEqual(sorted(await scanned()));
    const [totals] = await rows<{ n: string }>(database.db, sql`SELECT sum(facts) AS n FROM monitoring_totals WHERE kind = 'contact'`);
    expect(Number(totals!.n)).toBe(60 - 3);
  });
});
