// `npm run bench monitoring`: dashboard queries over many contact facts, and what one new fact
// costs (the fact plus its aggregate upsert, in its own transaction). With TEST_DATABASE_URL or
// DATABASE_URL it loads 10 million facts into a throwaway PostgreSQL database; without, it says
// that the full run needs PostgreSQL and measures a smaller embedded (PGlite) run.
// MONITORING_BENCH_KEEP=<database name> keeps the loaded database in that PostgreSQL server between
// runs (loading 10 million facts takes minutes): it is migrated forward, loaded only when it does
// not hold the facts yet, and left in place; drop it by hand when done.
import { loadavg } from 'node:os';
import pg from 'pg';
import { createTestDatabase } from '../test/support/database.js';
import { openPostgres, rows, sql, type Database } from '../src/platform/db.js';
import { runMigrations } from '../src/platform/migrate.js';
import { seedOrganisation } from '../src/seed/demo.seed.js';
import { breakdown, series } from '../src/monitoring/monitoring.service.js';
import { rebuildAggregates, recordFact, retractFact } from '../src/monitoring/facts.service.js';
import type { Indicator } from '../src/monitoring/indicator-catalogue.js';

const contactsPerMonth: Indicator = {
  id: 'bench_contacts',
  name: { 'nl-BE': 'Contacten', en: 'Contacts' },
  description: { 'nl-BE': 'Contacten', en: 'Contacts' },
  unit: 'count',
  numerator: { kind: 'contact', measure: 'count' },
  factor: 1,
  periodType: 'month',
  direction: 'neutral',
};
const chatYouth: Indicator = { ...contactsPerMonth, id: 'bench_chat', unit: 'percent', numerator: { kind: 'contact', measure: 'count', filter: { channel: ['chat'], ageBand: ['12_14', '15_17'] } }, denominator: { kind: 'contact', measure: 'count' }, factor: 100 };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function loadFacts(database: Database, total: number): Promise<void> {
  const batch = 1_000_000;
  for (let start = 0; start < total; start += batch) {
    const end = Math.min(total, start + batch) - 1;
    await database.db.execute(sql`
      INSERT INTO monitoring_facts (kind, day, centre_id, channel, age_band, gender, urgency, outcome, value)
      SELECT 'contact', DATE '2024-01-01' + (i % 1096)::int, c.ids[1 + (i % array_length(c.ids, 1))::int],
             (ARRAY['chat', 'phone', 'phone'])[1 + (i % 3)::int],
             (ARRAY['under_12', '12_14', '15_17', '18_24', '25_64', '65_plus', 'unknown'])[1 + ((i / 7) % 7)::int],
             (ARRAY['female', 'male', 'x', 'unknown'])[1 + ((i / 11) % 4)::int],
             (ARRAY['normal', 'high', 'acute'])[1 + ((i / 13) % 3)::int],
             (ARRAY['none', 'vk', 'caw', 'police', 'other'])[1 + ((i / 17) % 5)::int], 1
      FROM generate_series(${start}::bigint, ${end}::bigint) AS g(i), (SELECT array_agg(id ORDER BY code) AS ids FROM centres) c`);
  }
}

/** The kept bench database (created and migrated when needed), or a throwaway one. */
async function openBenchDatabase(): Promise<{ database: Database; kept: boolean }> {
  const keep = process.env.MONITORING_BENCH_KEEP;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!keep || !adminUrl) return { database: await createTestDatabase(), kept: false };
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(keep)) throw new Error('MONITORING_BENCH_KEEP must be a plain database name');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [keep]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${keep}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${keep}`;
  const database = await openPostgres(url.href, { max: 4 });
  await runMigrations(database);
  return { database, kept: true };
}

async function factCount(database: Database): Promise<number> {
  const [found] = await rows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM monitoring_facts`);
  return Number(found?.n ?? 0);
}

export async function run(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  const postgres = Boolean(process.env.TEST_DATABASE_URL);
  const total = postgres ? 10_000_000 : 200_000;
  if (!postgres) console.log('The 10-million-fact run needs PostgreSQL (set TEST_DATABASE_URL or DATABASE_URL); measuring 200,000 facts on the embedded PGlite instead.');
  const { database, kept } = await openBenchDatabase();
  try {
    let rebuild = true;
    if (!kept || (await factCount(database)) !== total) {
      await database.db.execute(sql`TRUNCATE monitoring_facts, monitoring_aggregates, monitoring_totals, monitoring_terms, monitoring_term_totals`);
      const [centres] = await rows<{ n: string }>(database.db, sql`SELECT count(*) AS n FROM centres`);
      if (Number(centres?.n ?? 0) === 0) await seedOrganisation(database.db);
      const started = performance.now();
      await loadFacts(database, total);
      console.log(`${total.toLocaleString('en')} contact facts loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else {
      rebuild = process.env.MONITORING_BENCH_REBUILD === '1';
      console.log(`kept database ${process.env.MONITORING_BENCH_KEEP}: facts already loaded${rebuild ? '' : ', aggregates kept (MONITORING_BENCH_REBUILD=1 rebuilds them)'}`);
    }
    if (rebuild) {
      const started = performance.now();
      await rebuildAggregates(database.db);
      console.log(`aggregates rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const [counts] = await rows<{ facts: string; aggregates: string; totals: string }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM monitoring_facts) AS facts, (SELECT count(*) FROM monitoring_aggregates) AS aggregates, (SELECT count(*) FROM monitoring_totals) AS totals`,
    );
    console.log(`engine ${database.kind}: ${Number(counts?.facts).toLocaleString('en')} contact facts; ${Number(counts?.aggregates).toLocaleString('en')} aggregate rows; ${Number(counts?.totals).toLocaleString('en')} total rows`);

    console.log(`load average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')} on a shared machine`);
    const all = ['VL', 'ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU'] as const;
    const queries: Array<[string, () => Promise<unknown>]> = [
      ['series: contacts per month, 36 months × 7 regions (with suppression)', () => series(database.db, { indicator: contactsPerMonth, from: '2024-01', to: '2026-12', periodType: 'month', regions: all })],
      ['series: chat share 12–17 per quarter, filtered', () => series(database.db, { indicator: chatYouth, from: '2024-01', to: '2026-12', periodType: 'quarter', regions: all })],
      ['breakdown: contacts by gender × region, one year', () => breakdown(database.db, { id: 'contacts_by_gender', from: '2025-01', to: '2025-12', locale: 'nl-BE' })],
    ];
    // A filtered term is pre-aggregated on first use: what that first use costs, once.
    await database.db.execute(sql`DELETE FROM monitoring_term_totals`);
    await database.db.execute(sql`DELETE FROM monitoring_terms`);
    const started = performance.now();
    await queries[1]![1]();
    console.log(`first use of the filtered chat term (registers it, fills its totals): ${(performance.now() - started).toFixed(1)} ms`);
    for (const [label, work] of queries) {
      const { p50, p95 } = await timed(20, work);
      console.log(`${label}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    }

    // Incremental cost: one fact + its aggregate upsert per transaction, as a capability records it.
    const centres = await rows<{ id: string }>(database.db, sql`SELECT id FROM centres`);
    const perFact: number[] = [];
    for (let i = 0; i < 500; i++) {
      const started = performance.now();
      await database.db.transaction((tx) =>
        recordFact(tx, { kind: 'contact', day: `2026-0${1 + (i % 9)}-1${i % 10}`, centreId: centres[i % centres.length]?.id ?? '', dimensions: { channel: i % 2 ? 'chat' : 'phone', ageBand: '15_17', gender: 'female', urgency: 'normal' }, eventSource: `bench:${i}` }),
      );
      perFact.push(performance.now() - started);
    }
    // The 500 bench facts go again (with their aggregates), so a kept database stays as loaded.
    for (let i = 0; i < 500; i++) await retractFact(database.db, 'contact', `bench:${i}`);
    console.log(`recordFact (fact + aggregate upsert, own transaction): mean ${(perFact.reduce((s, x) => s + x, 0) / perFact.length).toFixed(2)} ms, p95 ${percentile(perFact, 95).toFixed(2)} ms over 500 facts`);
  } finally {
    await database.close();
  }
}
