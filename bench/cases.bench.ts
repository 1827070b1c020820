// Case work at volume: how fast `seed --scale` fills a database, and how long the screens' queries
// take once it holds many cases (search by misspelled name, birth date and number; my cases; the
// waiting list; pressing deadlines; one case file; registering a report; adding a note).
// `BENCH_CASES=50000 npm run bench cases` for a bigger run; PGlite unless DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import type { Role } from '../src/access/permissions.js';
import { addNote } from '../src/cases/file/notes.service.js';
import { readCaseFile } from '../src/cases/file/case-file.service.js';
import { myCases, pressingDeadlines } from '../src/cases/home/home.service.js';
import { registerReport } from '../src/cases/intake/intake.service.js';
import { searchCases } from '../src/cases/search/search.service.js';
import { seedCaseScale } from '../src/cases/seed/scale.seed.js';
import { waitingList } from '../src/cases/waiting/waiting-list.service.js';
import type { Ctx } from '../src/platform/context.js';
import { openPglite, openPostgres, rows, sql, type Database } from '../src/platform/db.js';
import { runMigrations } from '../src/platform/migrate.js';

const CASES = Number(process.env.BENCH_CASES ?? 20_000);
const RUNS = 40;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, work: (i: number) => Promise<unknown>): Promise<void> {
  await work(-1); // warm-up: plans and caches, not counted
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(42)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms`);
}

async function actorCtx(database: Database, role: Role): Promise<Ctx> {
  const [user] = await rows<{ id: string; centre_id: string; team_id: string }>(
    database.db,
    sql`SELECT u.id, u.centre_id, ut.team_id FROM users u JOIN user_teams ut ON ut.user_id = u.id JOIN centres c ON c.id = u.centre_id
        WHERE c.code = 'vk-antwerpen' AND u.role = ${role} ORDER BY u.created_at LIMIT 1`,
  );
  if (!user) throw new Error(`no ${role} in vk-antwerpen`);
  return { actor: { userId: user.id, role, centreId: user.centre_id, teamIds: [user.team_id], isDemo: true }, locale: 'nl-BE', route: 'bench', db: database.db };
}

export async function run(): Promise<void> {
  const database = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite({});
  try {
    await runMigrations(database);
    const started = performance.now();
    const seeded = await seedCaseScale(database.db, CASES);
    const seconds = (performance.now() - started) / 1000;
    console.log(`engine ${database.kind}; seed --scale ${CASES}: ${seconds.toFixed(1)} s, ${Math.round(seeded.cases / seconds)} cases/s, ${seeded.persons} people`);

    const lead = await actorCtx(database, 'team_lead');
    const worker = await actorCtx(database, 'caseworker');
    const [sample] = await rows<{ id: string; number: string; first_name: string; last_name: string; date_of_birth: string }>(
      database.db,
      sql`SELECT c.id, c.number, p.first_name, p.last_name, p.date_of_birth::text FROM cases c JOIN case_persons p ON p.case_id = c.id
          WHERE c.centre_id = ${lead.actor!.centreId} AND c.owner_id = ${worker.actor!.userId} AND c.status = 'active' AND p.kind = 'child' LIMIT 1`,
    );
    if (!sample) throw new Error('no active case to measure on');
    // One letter dropped from the surname: what a worker types from a phone call.
    const misspelled = `${sample.first_name} ${sample.last_name.slice(0, -2)}${sample.last_name.slice(-1)}`;
    const [{ visible } = { visible: 0 }] = await rows<{ visible: number }>(database.db, sql`SELECT count(*)::int AS visible FROM cases WHERE centre_id = ${lead.actor!.centreId}`);
    console.log(`team lead's centre holds ${visible} cases; searching for "${misspelled}"`);

    await measure('search, misspelled name (lead)', () => searchCases(lead, misspelled));
    await measure('search, surname only (caseworker)', () => searchCases(worker, sample.last_name));
    await measure('search, date of birth (lead)', () => searchCases(lead, sample.date_of_birth));
    await measure('search, case number (lead)', () => searchCases(lead, sample.number));
    await measure('my cases (caseworker)', () => myCases(worker));
    await measure('pressing deadlines (lead)', () => pressingDeadlines(lead));
    await measure('waiting list with forecast (lead)', () => waitingList(lead));
    await measure('case file, full read (caseworker)', () => readCaseFile(worker, sample.id));
    await measure('register a report, decide for a case', (i) =>
      registerReport(lead, {
        source: 'professional',
        concern: `Bench ${i}: zorgen over de veiligheid thuis.`,
        children: [{ firstName: 'Bench', lastName: randomUUID().slice(0, 8), dateOfBirth: '2016-03-01', unborn: false, expectedBirth: null }],
        reporter: { anonymous: true, name: '', organisation: '', profession: '', relationToChild: '', phone: '', email: '', wantsFeedback: false },
        problemCategory: 'risk_situation',
        forms: [],
        contexts: [],
        urgency: 'normal',
        outcome: 'case',
        outcomeNote: '',
      }),
    );
    await measure('add a contact note', (i) => addNote(worker, sample.id, { kind: 'contact', body: `Contact ${i}` }));

    // The plan the name search gets inside its transaction (see search.service.ts).
    const plan = await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return rows<{ 'QUERY PLAN': string }>(tx, sql`EXPLAIN SELECT id FROM case_persons WHERE search_name % ${misspelled.toLowerCase()} OR ${misspelled.toLowerCase()} <% search_name`);
    });
    console.log(`  name search plan: ${plan.map((r) => r['QUERY PLAN'].trim()).filter((l) => /Scan|Bitmap/.test(l)).join(' | ')}`);
  } finally {
    await database.close();
  }
}
