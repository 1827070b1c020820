// Case work beyond intake: how long the demo case work takes to seed (it goes through the real
// services), and what the case-file sections and worker lists cost per request on a demo
// database — plus the prosecutor letter (PDF rendering, read-back check, store). PGlite.
import { readAssessments } from '../src/assessments/assessments.service.js';
import { activeCasesOfTeam } from '../src/cases/case-facts.js';
import { seedCaseDemo } from '../src/cases/seed/demo-cases.seed.js';
import { vkCentres } from '../src/access/organisation.service.js';
import { readMano } from '../src/mano/mano.service.js';
import { pdfText } from '../src/mano/pdf-text.js';
import { generateProsecutorLetter } from '../src/mano/prosecutor-letter.service.js';
import { renderProsecutorLetter, type LetterContent } from '../src/mano/prosecutor-letter.pdf.js';
import { listDisclosures } from '../src/partners/disclosures.service.js';
import { seedPartnerDirectory } from '../src/partners/partner-directory.seed.js';
import { reviewsDue, readSafetyPlan } from '../src/plans/safety-plan-read.service.js';
import { systemCtx, type Ctx } from '../src/platform/context.js';
import { openPglite, rows, sql } from '../src/platform/db.js';
import { runMigrations } from '../src/platform/migrate.js';
import { seedOrganisation } from '../src/seed/demo.seed.js';
import { seedCaseworkDemo } from '../src/teamwork/casework-demo.seed.js';
import { readTeamwork } from '../src/teamwork/teamwork-read.service.js';

const RUNS = 30;

async function measure(label: string, work: () => Promise<unknown>): Promise<void> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`${label.padEnd(44)} median ${p(0.5)} ms   p90 ${p(0.9)} ms`);
}

const sampleLetter: LetterContent = {
  centreName: 'VK Antwerpen',
  caseNumber: 'VK-ANT-2026-00042',
  prosecutorName: 'Parket Antwerpen',
  date: '2026-11-29',
  children: [{ name: 'Noor Janssens', dateOfBirth: '2017-05-04', expectedBirth: null }],
  track: { startedOn: '2026-08-03', dueOn: '2026-11-03', familyInformedOn: '2026-08-04', familyInformedHow: 'gesprek', developmentThreatened: true, integrityHarmed: true, voluntaryHelp: 'refused', helpOffered: 'Contextbegeleiding. '.repeat(20), justification: 'Mama weigert elke hulp. '.repeat(40) },
  startDecision: { decidedOn: '2026-08-03', decision: 'Start MANO.', rationale: 'Vastgelopen hulp. '.repeat(10), staffCount: 3 },
  outcomeDecision: { decidedOn: '2026-11-02', decision: 'Verwijzing naar het parket.', rationale: 'Geen medewerking. '.repeat(10), staffCount: 3 },
  outcomeOn: '2026-11-02',
  outcomeRationale: '',
  concerns: { assessedOn: '2026-08-01', harm: 'Blauwe plekken. '.repeat(10), dangerStatements: [{ worriedWho: 'Het VK', worry: 'Noor opnieuw geslagen wordt.', impact: 'Noor raakt gewond.' }] },
  author: 'Ilse Peeters',
};

export async function run(): Promise<void> {
  const database = await openPglite({});
  await runMigrations(database);
  const db = database.db;
  await seedOrganisation(db);
  await seedCaseDemo(db, { reportsPerCentre: 150 });
  await seedPartnerDirectory(db);
  const started = performance.now();
  const figures = await seedCaseworkDemo(db);
  console.log(`demo case work (${figures.assessed} assessed cases, ${figures.manoTracks} MANO tracks): ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const centre = (await vkCentres(db))[0]!;
  const team = centre.teams.find((t) => t.name === 'Intake')!;
  const [c] = await activeCasesOfTeam(db, team.id, 'case', 1);
  const [m] = await activeCasesOfTeam(db, team.id, 'mano', 1);
  const owner = (id: string, centreId: string): Ctx => ({ ...systemCtx(db, 'bench'), actor: { userId: id, role: 'caseworker', centreId, teamIds: [team.id], isDemo: true } });
  const ctx = owner(c!.ownerId, c!.centreId);
  await measure('assessments section (audited read)', () => readAssessments(ctx, c!.id));
  await measure('safety plan section', () => readSafetyPlan(ctx, c!.id));
  await measure('team work section', () => readTeamwork(ctx, c!.id));
  await measure('disclosures', () => listDisclosures(ctx, c!.id));
  await measure('reviews due (my cases)', () => reviewsDue(owner(c!.ownerId, c!.centreId), 7));
  await measure('MANO section', () => readMano(owner(m!.ownerId, m!.centreId), m!.id));
  await measure('render prosecutor letter (PDF only)', () => renderProsecutorLetter(sampleLetter));
  const pdf = await renderProsecutorLetter(sampleLetter);
  console.log(`letter size: ${pdf.length} bytes`);
  await measure('read letter text back', async () => pdfText(pdf));

  const [track] = await rows<{ id: string; case_id: string; created_by: string; centre_id: string }>(db, sql`SELECT t.id, t.case_id, t.created_by, c.centre_id FROM mano_tracks t JOIN cases c ON c.id = t.case_id WHERE t.outcome = 'necessary_no_cooperation' LIMIT 1`);
  const [prosecutor] = await rows<{ id: string }>(db, sql`SELECT id FROM partners WHERE kind = 'prosecutor' LIMIT 1`);
  await measure('generate + check + store letter', () => generateProsecutorLetter(owner(track!.created_by, track!.centre_id), track!.case_id, track!.id, prosecutor!.id));
  await database.close();
}
