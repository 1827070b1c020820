// `schakel seed --scale N`: N case files with families, notes and timelines, spread over the six
// VKs, generated inside the database (generate_series, one statement per batch) so that large
// volumes for benchmarks take seconds, not minutes. Names come from scale-vocabulary.ts: thousands of
// surnames with a skewed spread, so a name search finds a realistic handful, not half the database.
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
import { noteTexts } from './demo-vocabulary.js';
import { scaleBoyNames, scaleGirlNames, scaleMenNames, scaleSurnames, scaleWomenNames, weightedSlots } from './scale-vocabulary.js';

const BATCH = 5_000;

/** A PostgreSQL array literal; the vocabulary holds no quotes or backslashes. */
const textArray = (items: readonly string[]) => `{${items.map((s) => `"${s}"`).join(',')}}`;

/** The name lookup tables as array literals (bind parameters), weighted so common names recur. */
const names = (() => {
  const surnames = weightedSlots(scaleSurnames, 40_000, 50);
  const children = weightedSlots(scaleGirlNames.flatMap((girl, i) => [girl, scaleBoyNames[i] ?? girl]), 4_000, 15);
  const women = weightedSlots(scaleWomenNames, 2_000, 10);
  const men = weightedSlots(scaleMenNames, 2_000, 10);
  return {
    surnames: textArray(surnames), surnameCount: surnames.length,
    children: textArray(children), childrenCount: children.length,
    women: textArray(women), womenCount: women.length,
    men: textArray(men), menCount: men.length,
  };
})();

async function ownersFor(db: Db, centre: { id: string; code: string }, teamId: string): Promise<string[]> {
  const staff = await caseStaffOfTeams(db, [teamId]);
  if (staff.length > 0) return staff.map((s) => s.id);
  const ctx = systemCtx(db, 'seed --scale');
  const ids: string[] = [];
  // A team as a VK has one: a lead and several caseworkers, so each carries a share of the files.
  const team: ['team_lead' | 'caseworker', string][] = [['team_lead', 'lead'], ...[1, 2, 3, 4, 5].map((n): ['caseworker', string] => ['caseworker', `caseworker-${n}`])];
  for (const [role, label] of team) {
    const email = `scale.${label}.${centre.code}@demo.schakel.be`;
    ids.push((await createUser(ctx, { email, displayName: `Schaal ${label}`, role, centreId: centre.id, teamIds: [teamId], password: randomBytes(24).toString('base64url'), isDemo: true })).id);
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
        -- Name lookup tables, built once per statement and joined by position: subscripting the
        -- array literals per row re-read them every time (seconds per batch).
        surname AS MATERIALIZED (SELECT i::int AS i, name FROM unnest(${names.surnames}::text[]) WITH ORDINALITY u(name, i)),
        given AS MATERIALIZED (
          SELECT l.role, i::int AS i, name
          FROM (VALUES ('mama', ${names.women}::text[]), ('papa', ${names.men}::text[]), ('', ${names.children}::text[])) l(role, list),
               unnest(l.list) WITH ORDINALITY u(name, i)),
        p AS (
          INSERT INTO case_persons (case_id, kind, first_name, last_name, date_of_birth, role_label)
          SELECT c.id, k.kind, given.name, surname.name,
                 (date '2009-01-01' + (x.h / 7) % 6000 - CASE WHEN k.kind = 'parent' THEN 9000 ELSE 0 END),
                 k.role
          FROM c CROSS JOIN (VALUES (1, 'child', ''), (2, 'child', ''), (3, 'parent', 'mama'), (4, 'parent', 'papa')) k(n, kind, role)
               -- Children carry their father's surname; a mother keeps her own (as in Belgium).
               CROSS JOIN LATERAL (SELECT abs(hashtext(c.id::text || k.n::text)) AS h, abs(hashtext(c.id::text || CASE k.role WHEN 'mama' THEN 'm' ELSE 'f' END)) AS family) x
          JOIN given ON given.role = k.role
                    AND given.i = 1 + x.h % CASE k.role WHEN 'mama' THEN ${names.womenCount}::int WHEN 'papa' THEN ${names.menCount}::int ELSE ${names.childrenCount}::int END
          JOIN surname ON surname.i = 1 + x.family % ${names.surnameCount}
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

export async function seedCaseScale(
  db: Db,
  total: number,
  progress: (done: number, total: number) => void = () => undefined,
  options: { parallel?: number } = {},
): Promise<{ cases: number; persons: number }> {
  await seedOrganisation(db);
  await ensureDefaultTaxonomy(db);
  const centres = await vkCentres(db);
  const plan = await Promise.all(centres.map(async (c) => ({ centre: c, teamId: (c.teams.find((t) => t.name === 'Intake') ?? c.teams[0]!).id })));
  const owners = new Map<string, string[]>();
  for (const { centre, teamId } of plan) owners.set(centre.id, await ownersFor(db, centre, teamId));
  let done = 0;
  let planned = 0;
  let persons = 0;
  let turn = 0;
  // `parallel` batches at once (different centres, own transactions): PostgreSQL only, PGlite has
  // one connection. The time of a batch goes mostly to index and foreign-key upkeep, which a
  // second backend does alongside.
  const worker = async () => {
    while (planned < total) {
      const { centre, teamId } = plan[turn++ % plan.length]!;
      const count = Math.min(BATCH, total - planned);
      planned += count;
      const batch = await insertBatch(db, centre, teamId, owners.get(centre.id)!, count);
      done += batch.cases;
      persons += batch.persons;
      progress(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, worker));
  // Fresh statistics after a bulk load, so the planner uses the trigram index for name search.
  await db.execute(sql`ANALYZE cases, case_persons, case_members, case_events, case_notes, case_relations`);
  return { cases: done, persons };
}
