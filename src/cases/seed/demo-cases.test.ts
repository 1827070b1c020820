// The demo picture is believable and consistent: every VK has hundreds of reports and cases in
// every stage, the proportions follow DOMAIN.md, and the rows hang together (numbers, deadlines,
// timelines) so the real screens work on them.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Agent } from '../../../test/support/app.js';
import { rows, sql } from '../../platform/db.js';
import { seedOrganisation } from '../../seed/demo.seed.js';
import { openCase, staffIn } from '../cases.fixtures.js';
import { seedCaseDemo, type DemoCaseFigures } from './demo-cases.seed.js';
import { seedCaseScale } from './scale.seed.js';

const t = useTestApp({ reset: false });
let figures: DemoCaseFigures;
let leadAgent: Agent;
beforeAll(async () => {
  await seedOrganisation(t.database.db);
  // The demo lead and caseworker of Antwerp, as seedDemo makes them (team Intake).
  leadAgent = (await staffIn(t, 'team_lead')).agent;
  await staffIn(t, 'caseworker');
  figures = await seedCaseDemo(t.database.db);
}, 120_000);

describe('demo case work', () => {
  it('gives every VK hundreds of reports and tens of cases in every stage', async () => {
    expect(figures.reports).toBe(6 * 300);
    const perCentre = await rows<{ code: string; reports: string; waiting: string; active: string; closed: string; mano: string }>(
      t.database.db,
      sql`SELECT ce.code,
                 (SELECT count(*) FROM case_reports r WHERE r.centre_id = ce.id) AS reports,
                 (SELECT count(*) FROM cases c WHERE c.centre_id = ce.id AND c.status = 'waiting') AS waiting,
                 (SELECT count(*) FROM cases c WHERE c.centre_id = ce.id AND c.status = 'active') AS active,
                 (SELECT count(*) FROM cases c WHERE c.centre_id = ce.id AND c.status = 'closed') AS closed,
                 (SELECT count(*) FROM cases c WHERE c.centre_id = ce.id AND c.track = 'mano') AS mano
          FROM centres ce WHERE ce.kind = 'vk' ORDER BY ce.code`,
    );
    expect(perCentre).toHaveLength(6);
    for (const c of perCentre) {
      expect(Number(c.reports), c.code).toBe(300);
      expect(Number(c.waiting), c.code).toBeGreaterThanOrEqual(10);
      expect(Number(c.active), c.code).toBeGreaterThanOrEqual(20);
      expect(Number(c.closed), c.code).toBeGreaterThanOrEqual(10);
      expect(Number(c.mano), c.code).toBeGreaterThanOrEqual(5);
    }
  });

  it('decides reports in the published proportions and counts children like the VKs do', async () => {
    const [shares] = await rows<{ advice: string; cases: string; mano: string; reports: string; children: string; unborn: string }>(
      t.database.db,
      sql`SELECT count(*) FILTER (WHERE outcome IN ('advice', 'consult')) AS advice, count(*) FILTER (WHERE outcome = 'case') AS cases,
                 count(*) FILTER (WHERE outcome = 'mano') AS mano, count(*) AS reports,
                 (SELECT count(*) FROM case_report_children) AS children, (SELECT count(*) FROM case_report_children WHERE unborn) AS unborn
          FROM case_reports`,
    );
    const n = Number(shares!.reports);
    expect(Number(shares!.advice) / n).toBeGreaterThan(0.5);
    expect(Number(shares!.advice) / n).toBeLessThan(0.72);
    expect(Number(shares!.cases) / n).toBeGreaterThan(0.18);
    expect(Number(shares!.mano) / n).toBeGreaterThan(0.06);
    // 10,070 children in 7,535 reports: about 1.3 per report, unborn children among them.
    expect(Number(shares!.children) / n).toBeGreaterThan(1.2);
    expect(Number(shares!.children) / n).toBeLessThan(1.5);
    expect(Number(shares!.unborn)).toBeGreaterThan(0);
  });

  it('leaves a lead with a waiting list that shows long waits, and a caseworker with real cases', async () => {
    const db = t.database.db;
    const waiting = (await leadAgent.get('/api/cases/waiting-list')).json<{ summary: { waiting: number; overdue: number; longestWaitDays: number }; entries: { children: unknown[] }[] }>();
    expect(waiting.summary.waiting).toBeGreaterThanOrEqual(10);
    expect(waiting.summary.overdue).toBeGreaterThan(0);
    expect(waiting.summary.longestWaitDays).toBeGreaterThan(15);
    expect(waiting.entries.every((e) => e.children.length > 0)).toBe(true);

    const [worker] = await rows<{ id: string; n: string }>(db, sql`SELECT owner_id AS id, count(*) AS n FROM cases WHERE status = 'active' GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1`);
    expect(Number(worker!.n)).toBeGreaterThanOrEqual(8);
    const [followUps] = await rows<{ missed: string }>(db, sql`SELECT count(*) AS missed FROM cases WHERE status = 'active' AND first_contact_at IS NOT NULL AND follow_up_due_at < now()`);
    expect(Number(followUps!.missed)).toBeGreaterThan(0);
  });

  it('keeps numbering, families and timelines consistent for what comes after', async () => {
    const db = t.database.db;
    const [dupes] = await rows<{ n: string }>(db, sql`SELECT count(*) - count(DISTINCT number) AS n FROM cases`);
    expect(Number(dupes!.n)).toBe(0);
    const [orphans] = await rows<{ n: string }>(db, sql`SELECT count(*) AS n FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_persons p WHERE p.case_id = c.id AND p.kind = 'child') OR NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.kind = 'case.opened')`);
    expect(Number(orphans!.n)).toBe(0);
    const [unassigned] = await rows<{ n: string }>(db, sql`SELECT count(*) AS n FROM cases WHERE (status = 'waiting') <> (owner_id IS NULL)`);
    expect(Number(unassigned!.n)).toBe(0);
    // A new case continues the centre's numbering instead of colliding with the demo's.
    const { agent } = await staffIn(t, 'team_lead');
    const { caseId } = await openCase(agent);
    const [opened] = await rows<{ number: string; max: string }>(db, sql`SELECT number, (SELECT max(number) FROM cases WHERE centre_id = c.centre_id AND id <> c.id) AS max FROM cases c WHERE id = ${caseId}`);
    expect(opened!.number > opened!.max).toBe(true);
  });
});

describe('seed --scale', () => {
  it('adds N complete case files in bulk, numbered after the existing ones and findable', async () => {
    const db = t.database.db;
    const [before] = await rows<{ n: string }>(db, sql`SELECT count(*) AS n FROM cases`);
    const seeded = await seedCaseScale(db, 120);
    expect(seeded.cases).toBe(120);
    const [after] = await rows<{ n: string; dupes: string; childless: string; silent: string }>(
      db,
      sql`SELECT count(*) AS n, count(*) - count(DISTINCT number) AS dupes,
                 count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM case_persons p WHERE p.case_id = c.id AND p.kind = 'child')) AS childless,
                 count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id)) AS silent
          FROM cases c`,
    );
    expect(Number(after!.n) - Number(before!.n)).toBe(120);
    expect(Number(after!.dupes)).toBe(0);
    expect(Number(after!.childless)).toBe(0);
    expect(Number(after!.silent)).toBe(0);
    const [relations] = await rows<{ n: string }>(db, sql`SELECT count(*) AS n FROM case_relations r JOIN case_persons p ON p.id = r.from_person_id WHERE p.kind = 'parent'`);
    expect(Number(relations!.n)).toBeGreaterThan(120);
  });
});
