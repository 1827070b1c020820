// `schakel seed --scale N`: N case files with families, notes and timelines, spread over the six
// VKs, generated inside the database (generate_series, one statement per batch) so that large
// volumes for benchmarks take seconds, not minutes. Names are drawn from the demo vocabulary.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createUser } from '../../access/users.service.js';
import { inTransaction, systemCtx } from '../../platform/context.js';
import { one, type Db } from '../../platform/db.js';
import { seedOrganisation } from '../../seed/demo.seed.js';
import { centreShortCode, reserveCaseNumbers } from '../case-number.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { caseStaffOfTeams, vkCentres } from '../../access/organisation.service.js';
import { ensureDefaultTaxonomy } from '../taxonomy/taxonomy.service.js';
import { boyNames, girlNames, menNames, noteTexts, surnames, womenNames } from './demo-vocabulary.js';

const BATCH = 5_000;

/** A PostgreSQL array literal; the vocabulary holds no quotes or backslashes. */
const textArray = (items: readonly string[]) => `{${items.map((s) => `"${s}"`).join(',')}}`;

async function ownersFor(db: Db, centre: { id: string; code: string }, teamId: string): Promise<string[]> {
  const staff = await caseStaffOfTeams(db, [teamId]);
  if (staff.length > 0) return staff.map((s) => s.id);
  const ctx = systemCtx(db, 'seed --scale');
  const ids: string[] = [];
  for (const role of ['team_lead', 'caseworker'] as const) {
    const email = `scale.${role.replace('_', '-')}.${centre.code}@demo.schakel.be`;
    ids.push((await createUser(ctx, { email, displayName: `Schaal ${role}`, role, centreId: centre.id, teamIds: [teamId], password: randomBytes(24).toString('base64url'), isDemo: true })).id);
  }
  return ids;
}

async function insertBatch(db: Db, centre: { id: string; code: string }, teamId: string, owners: string[], count: number): Promise<{ cases: number; persons: number }> {
  const now = new Date();
  const year = Number(brusselsDate(now).slice(0, 4));
  return inTransaction(systemCtx(db, 'seed --scale'), async ({ tx, audit }) => {
    const first = await reserveCaseNumbers(tx, centre.id, year, count);
    const prefix = `VK-${centreShortCode(centre.code)}-${year}-`;
    const salt = randomBytes(4).toString('hex');
    const result = await one<{ cases: string; persons: string }>(
      tx,
      sql`WITH c AS (
          INSERT INTO cases (centre_id, team_id, number, track, status, urgency, problem_category, forms, owner_id, opened_at, received_at,
                             first_contact_due_at, first_contact_at, follow_up_due_at, assigned_at, closed_at, closure_outcome, worries)
          SELECT ${centre.id}, ${teamId}, ${prefix} || lpad(n::text, greatest(5, length(n::text)), '0'),
                 CASE WHEN h % 9 = 0 THEN 'mano' ELSE 'case' END, st,
                 (ARRAY['acute','high','normal','normal','high','normal'])[1 + h % 6],
                 (ARRAY['physical_abuse_neglect','emotional_abuse_neglect','sexual_boundary_violation','risk_situation','unclear'])[1 + (h / 7) % 5],
                 ARRAY[(ARRAY['physical_violence','emotional_neglect','sexual_abuse','physical_neglect'])[1 + (h / 11) % 4]],
                 CASE WHEN st = 'waiting' THEN NULL ELSE (${textArray(owners)}::uuid[])[1 + (h / 13) % ${owners.length}] END,
                 recv + interval '1 day', recv, recv + interval '10 days',
                 CASE WHEN st = 'waiting' THEN NULL ELSE recv + interval '4 days' END,
                 CASE WHEN st = 'active' THEN now() + ((h % 40) - 10) * interval '1 day' END,
                 CASE WHEN st = 'waiting' THEN NULL ELSE recv + interval '3 days' END,
                 CASE WHEN st = 'closed' THEN recv + interval '60 days' END,
                 CASE WHEN st = 'closed' THEN 'safety_restored' END,
                 'Zorgen over de veiligheid thuis.'
          FROM (SELECT ${first} + g.i - 1 AS n, x.h,
                       CASE WHEN x.h % 100 < 20 THEN 'waiting' WHEN x.h % 100 < 75 THEN 'active' ELSE 'closed' END AS st,
                       now() - ((x.h / 17) % 700) * interval '1 day' - (x.h % 24) * interval '1 hour' AS recv
                FROM generate_series(1, ${count}) g(i), LATERAL (SELECT abs(hashtext(${salt} || g.i::text)) AS h) x) s
          RETURNING id, owner_id, received_at, status, abs(hashtext(id::text)) AS h),
        p AS (
          INSERT INTO case_persons (case_id, kind, first_name, last_name, date_of_birth, role_label)
          SELECT c.id, k.kind,
                 CASE k.role WHEN 'mama' THEN (${textArray(womenNames)}::text[])[1 + (c.h / 3) % ${womenNames.length}]
                             WHEN 'papa' THEN (${textArray(menNames)}::text[])[1 + (c.h / 5) % ${menNames.length}]
                             ELSE (${textArray([...girlNames, ...boyNames])}::text[])[1 + (c.h / k.n) % ${girlNames.length + boyNames.length}] END,
                 (${textArray(surnames)}::text[])[1 + c.h % ${surnames.length}],
                 (date '2009-01-01' + ((c.h / k.n) % 6000) - CASE WHEN k.kind = 'parent' THEN 9000 ELSE 0 END),
                 k.role
          FROM c CROSS JOIN (VALUES (1, 'child', ''), (2, 'child', ''), (3, 'parent', 'mama'), (4, 'parent', 'papa')) k(n, kind, role)
          WHERE k.n <> 2 OR c.h % 4 = 0
          RETURNING id, case_id, kind),
        r AS (
          INSERT INTO case_relations (case_id, from_person_id, to_person_id, kind)
          SELECT a.case_id, a.id, b.id, 'parent' FROM p a JOIN p b ON b.case_id = a.case_id AND a.kind = 'parent' AND b.kind = 'child'
          RETURNING 1),
        e AS (
          INSERT INTO case_events (case_id, occurred_at, actor_id, kind, record_type, record_id, details)
          SELECT c.id, c.received_at + k.after, CASE WHEN k.kind LIKE 'report%' OR k.kind = 'case.opened' THEN NULL ELSE c.owner_id END, k.kind, 'case', c.id, '{}'::jsonb
          FROM c CROSS JOIN (VALUES ('report.received', interval '0'), ('case.opened', interval '1 day'), ('case.assigned', interval '3 days'),
                                    ('note.added', interval '4 days'), ('case.first_contact', interval '4 days'), ('note.added', interval '20 days'), ('case.closed', interval '60 days')) k(kind, after)
          WHERE (c.status <> 'waiting' OR k.kind IN ('report.received', 'case.opened')) AND (c.status = 'closed' OR k.kind <> 'case.closed')
          RETURNING 1),
        n AS (
          INSERT INTO case_notes (case_id, author_id, kind, concerns_date, body)
          SELECT c.id, c.owner_id, 'contact', (c.received_at + k.after)::date, (${textArray(noteTexts.contact)}::text[])[1 + (c.h / k.d) % ${noteTexts.contact.length}]
          FROM c CROSS JOIN (VALUES (interval '4 days', 3), (interval '20 days', 7)) k(after, d)
          WHERE c.owner_id IS NOT NULL
          RETURNING 1)
        SELECT (SELECT count(*) FROM c) AS cases, (SELECT count(*) FROM p) AS persons,
               (SELECT count(*) FROM r) + (SELECT count(*) FROM e) + (SELECT count(*) FROM n) AS other`,
    );
    audit({ action: 'case.scale_seed', recordType: 'case', centreId: centre.id, details: { cases: count } });
    return { cases: Number(result!.cases), persons: Number(result!.persons) };
  });
}

export async function seedCaseScale(db: Db, total: number, progress: (done: number, total: number) => void = () => undefined): Promise<{ cases: number; persons: number }> {
  await seedOrganisation(db);
  await ensureDefaultTaxonomy(db);
  const centres = await vkCentres(db);
  const plan = await Promise.all(centres.map(async (c) => ({ centre: c, teamId: (c.teams.find((t) => t.name === 'Intake') ?? c.teams[0]!).id })));
  const owners = new Map<string, string[]>();
  for (const { centre, teamId } of plan) owners.set(centre.id, await ownersFor(db, centre, teamId));
  let done = 0;
  let persons = 0;
  let turn = 0;
  while (done < total) {
    const { centre, teamId } = plan[turn % plan.length]!;
    const count = Math.min(BATCH, total - done);
    const batch = await insertBatch(db, centre, teamId, owners.get(centre.id)!, count);
    done += batch.cases;
    persons += batch.persons;
    turn += 1;
    progress(done, total);
  }
  // Fresh statistics after a bulk load, so the planner uses the trigram index for name search.
  await db.execute(sql`ANALYZE cases, case_persons, case_members, case_events, case_notes, case_relations`);
  return { cases: done, persons };
}
