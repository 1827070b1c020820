// Backfill from the operational tables, checked against figures worked out by hand for a small
// set of reports, cases and contacts; it is idempotent, and the facts outlive a purge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../test/support/app.js';
import { createTestDatabase } from '../../test/support/database.js';
import { rows, sql, type Database } from '../platform/db.js';
import { backfillFacts } from './backfill.repository.js';
import { recordFact } from './facts.service.js';
import { takeMonthlySnapshots } from './snapshots.repository.js';

let database: Database;
let centre: string;
let team: string;
let worker: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await makeUser(database, 'caseworker', 'vk-antwerpen');
  worker = user.id;
  const [found] = await rows<{ centre_id: string; team_id: string }>(
    database.db,
    sql`SELECT u.centre_id, ut.team_id FROM users u JOIN user_teams ut ON ut.user_id = u.id WHERE u.id = ${worker}`,
  );
  centre = found!.centre_id;
  team = found!.team_id;
}, 60_000);
afterAll(() => database.close());

async function seedOperationalData(): Promise<void> {
  const db = database.db;
  const [opened] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO cases (centre_id, team_id, number, track, status, urgency, problem_category, received_at, first_contact_due_at, first_contact_at, assigned_at, opened_at)
        VALUES (${centre}, ${team}, 'VK-ANT-2026-00001', 'case', 'active', 'acute', 'physical_abuse_neglect',
                '2026-03-10T09:00:00Z', '2026-03-11T09:00:00Z', '2026-03-10T21:00:00Z', '2026-03-12T09:00:00Z', '2026-03-10T10:00:00Z')
        RETURNING id`,
  );
  const [first] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO case_reports (centre_id, team_id, received_at, source, concern, problem_category, forms, contexts, urgency, first_contact_due_at, outcome, triaged_at, case_id, registered_by)
        VALUES (${centre}, ${team}, '2026-03-10T09:00:00Z', 'professional', 'Juf ziet blauwe plekken', 'physical_abuse_neglect',
                ARRAY['physical_violence', 'emotional_neglect'], '{}', 'acute', '2026-03-11T09:00:00Z', 'case', '2026-03-10T10:00:00Z', ${opened!.id}, ${worker})
        RETURNING id`,
  );
  const [second] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO case_reports (centre_id, team_id, received_at, source, concern, problem_category, urgency, first_contact_due_at, registered_by)
        VALUES (${centre}, ${team}, '2026-03-20T14:00:00Z', 'hotline', 'Buurvrouw hoort geroep', 'emotional_abuse_neglect', 'normal', '2026-04-10T14:00:00Z', ${worker})
        RETURNING id`,
  );
  await db.execute(sql`INSERT INTO case_report_children (report_id, first_name, date_of_birth, unborn) VALUES
      (${first!.id}, 'Mila', '2014-05-01', false), (${first!.id}, '', NULL, true), (${second!.id}, 'Tom', '2009-01-01', false)`);
  await db.execute(sql`INSERT INTO contact_registrations (centre_id, channel, registered_by, contact_at, caller_role, anonymous, age_band, gender, relation_to_child, themes, violence_forms, urgency, advice, referral)
      VALUES (${centre}, 'chat', ${worker}, '2026-03-05T18:00:00Z', 'child', true, '15_17', 'female', 'self', '["child_abuse", "other"]', '[]', 'high', 'Praat erover', 'vk')`);
}

async function factCounts(): Promise<Record<string, number>> {
  const found = await rows<{ kind: string; n: string | number }>(database.db, sql`SELECT kind, sum(facts) AS n FROM monitoring_aggregates GROUP BY kind`);
  return Object.fromEntries(found.map((row) => [row.kind, Number(row.n)]));
}

describe('backfillFacts', () => {
  it('derives the hand-counted facts, once, and keeps them after the personal data are purged', async () => {
    await seedOperationalData();
    // The live feed already recorded the first contact: the backfill must not count it again.
    const [kase] = await rows<{ id: string }>(database.db, sql`SELECT id FROM cases`);
    await recordFact(database.db, { kind: 'first_contact', day: '2026-03-10', centreId: centre, value: 0.5, dimensions: { urgency: 'acute', outcome: 'met', track: 'case', category: 'physical_abuse_neglect' }, eventSource: `cases:${kase!.id}` });

    const first = await backfillFacts(database.db);
    expect(first.added).toMatchObject({ report: 2, report_outcome: 1, report_child: 3, report_form: 2, report_context: 0, case_opened: 1, first_contact: 0, case_assigned: 1, case_closed: 0, contact: 1, contact_theme: 2 });
    expect(await factCounts()).toEqual({ report: 2, report_outcome: 1, report_child: 3, report_form: 2, case_opened: 1, first_contact: 1, case_assigned: 1, contact: 1, contact_theme: 2 });

    const ages = await rows<{ age_band: string }>(database.db, sql`SELECT age_band FROM monitoring_facts WHERE kind = 'report_child' ORDER BY age_band`);
    expect(ages.map((a) => a.age_band)).toEqual(['12-17', '6-11', 'unborn']);
    const [assigned] = await rows<{ value: number; outcome: string }>(database.db, sql`SELECT value, outcome FROM monitoring_facts WHERE kind = 'case_assigned'`);
    expect(Number(assigned!.value)).toBe(2);

    const again = await backfillFacts(database.db);
    expect(Object.values(again.added).every((n) => n === 0)).toBe(true);

    // Purge: the personal data go, the statistics stay.
    await database.db.execute(sql`DELETE FROM case_report_children`);
    await database.db.execute(sql`DELETE FROM case_reporters`);
    await database.db.execute(sql`DELETE FROM case_reports`);
    await backfillFacts(database.db);
    expect((await factCounts()).report).toBe(2);
  });

  it('keeps no free text and no identifiers in facts', async () => {
    const columns = await rows<{ column_name: string }>(database.db, sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'monitoring_facts'`);
    expect(columns.map((c) => c.column_name).sort()).toEqual(['age_band', 'category', 'centre_id', 'channel', 'day', 'detail', 'event_key', 'gender', 'id', 'kind', 'outcome', 'track', 'urgency', 'value']);
    const texts = await rows<{ v: string }>(database.db, sql`SELECT DISTINCT unnest(ARRAY[channel, age_band, gender, category, urgency, outcome, track, detail]) AS v FROM monitoring_facts`);
    for (const { v } of texts) expect(v).toMatch(/^[A-Za-z0-9_.+-]*$/);
  });
});

describe('takeMonthlySnapshots', () => {
  it('records open cases, waiting list and workers per VK, replacing the month’s earlier snapshot', async () => {
    await takeMonthlySnapshots(database.db, new Date('2026-03-15T12:00:00Z'));
    await takeMonthlySnapshots(database.db, new Date('2026-03-25T12:00:00Z'));
    const found = await rows<{ kind: string; facts: number; total: number }>(
      database.db,
      sql`SELECT kind, sum(facts)::int AS facts, sum(total) AS total FROM monitoring_aggregates WHERE centre_id = ${centre} AND month = '2026-03' AND kind IN ('open_cases', 'active_workers', 'waiting_list') GROUP BY kind ORDER BY kind`,
    );
    expect(found.map((r) => [r.kind, Number(r.facts), Number(r.total)])).toEqual([
      ['active_workers', 1, 1],
      ['open_cases', 1, 1],
      ['waiting_list', 1, 0],
    ]);
  });
});

describe('referrals waiting more than three months', () => {
  it('are counted per VK at each month end from the referrals’ own status and dates', async () => {
    const db = database.db;
    const [kase] = await rows<{ id: string }>(db, sql`SELECT id FROM cases WHERE centre_id = ${centre} LIMIT 1`);
    const [partner] = await rows<{ id: string }>(db, sql`INSERT INTO partners (name, kind) VALUES ('Jeugdhulp Test', 'youth_care') RETURNING id`);
    const referral = (sentOn: string, status: string, dates: { startedOn?: string; closedOn?: string } = {}) =>
      db.execute(sql`INSERT INTO referrals (case_id, partner_id, reason, status, sent_on, started_on, closed_on, created_by)
        VALUES (${kase!.id}, ${partner!.id}, 'Begeleiding', ${status}, ${sentOn}, ${dates.startedOn ?? null}, ${dates.closedOn ?? null}, ${worker})`);
    await referral('2026-01-10', 'sent'); // still waiting
    await referral('2026-01-05', 'started', { startedOn: '2026-05-10' }); // waited until May
    await referral('2026-02-01', 'refused', { closedOn: '2026-06-01' }); // refused in June
    await takeMonthlySnapshots(db, new Date('2026-06-15T12:00:00Z'));
    // By hand: a month end counts a referral sent more than 91 days before it and not yet started
    // or closed. April 30: the first two; May 31: the first and the third; June 15: the first.
    const found = await rows<{ month: string; total: number }>(
      db,
      sql`SELECT month, sum(total) AS total FROM monitoring_aggregates WHERE kind = 'referral_waiting_long' AND centre_id = ${centre} GROUP BY month ORDER BY month`,
    );
    expect(found.map((r) => [r.month, Number(r.total)])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 0],
      ['2026-04', 2],
      ['2026-05', 2],
      ['2026-06', 1],
    ]);
  });
});
