import { describe, expect, it } from 'vitest';
import { useTestApp, type Agent } from '../../test/support/app.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase, expectRefused, outsiders } from '../teamwork/case-team.fixtures.js';
import { pdfText } from './pdf-text.js';

const t = useTestApp({ seed: seedPartnerDirectory });

interface Track {
  id: string;
  version: number;
  status: string;
  outcome: string | null;
  clock: { workingDaysLeft: number; workingDaysElapsed: number; state: string; dueOn: string };
  letters: { id: string; status: string; version: number; sha256: string; bytes: number }[];
}
type Team = Awaited<ReturnType<typeof assignedCase>>;
const today = () => brusselsDate(new Date());

const partnerId = async (name: string) => (await rows<{ id: string }>(t.database.db, sql`SELECT id FROM partners WHERE name = ${name}`))[0]!.id;

async function decide(team: Team, subject: 'mano_start' | 'mano_outcome', decision: string): Promise<string> {
  const res = await team.worker.agent.post(`/api/cases/${team.caseId}/decisions`, { subject, decision, rationale: 'Besproken in het teamoverleg.', staffIds: [team.worker.user.id, team.member.user.id] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const startBody = (decisionId: string) => ({
  decisionId,
  justification: 'Mama weigert elke hulp sinds het incident; Noor vertelde Els Wouters (03 123 45 67) opnieuw over slaag.',
  developmentThreatened: true,
  integrityHarmed: true,
  voluntaryHelp: 'refused',
  helpOffered: 'Contextbegeleiding, aanmelding bij het CGG, drie huisbezoeken.',
});

async function concludedTrack(team: Team): Promise<Track> {
  const { caseId, worker } = team;
  const started = await worker.agent.post(`/api/cases/${caseId}/mano`, { ...startBody(await decide(team, 'mano_start', 'We starten een MANO-traject.')), familyInformedOn: null });
  expect(started.statusCode, started.body).toBe(201);
  let track = started.json<Track>();
  track = (await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}`, { version: track.version, familyInformedOn: today(), familyInformedHow: 'gesprek met mama' })).json<Track>();
  const concluded = await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}/conclude`, { version: track.version, outcome: 'necessary_no_cooperation', decisionId: await decide(team, 'mano_outcome', 'Noodzakelijk, geen medewerking: verwijzing naar het parket.') });
  expect(concluded.statusCode, concluded.body).toBe(200);
  return concluded.json<Track>();
}

const fileOf = async (agent: Agent, caseId: string) => (await agent.get(`/api/cases/${caseId}`)).json<{ track: string; timeline: { kind: string }[] }>();

describe('the MANO track', () => {
  it('starts on a team decision, runs 65 working days and concludes only with the family informed', async () => {
    const team = await assignedCase(t);
    const { caseId, worker } = team;
    const startDecision = await decide(team, 'mano_start', 'Vrijwillige hulp loopt vast: MANO.');
    const notConcerning = await worker.agent.post(`/api/cases/${caseId}/mano`, { ...startBody(startDecision), developmentThreatened: false, integrityHarmed: false });
    expect(notConcerning.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['developmentThreatened']);
    const safetyDecision = await decide(team, 'mano_outcome', 'Verkeerd onderwerp');
    expect((await worker.agent.post(`/api/cases/${caseId}/mano`, startBody(safetyDecision))).json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['decisionId']);

    const started = await worker.agent.post(`/api/cases/${caseId}/mano`, startBody(startDecision));
    expect(started.statusCode, started.body).toBe(201);
    const track = started.json<Track>();
    expect(track.clock).toMatchObject({ workingDaysElapsed: 0, workingDaysLeft: 65, state: 'running' });
    expect((await fileOf(worker.agent, caseId)).track).toBe('mano');
    expect((await worker.agent.post(`/api/cases/${caseId}/mano`, startBody(startDecision))).json<{ code: string }>().code).toBe('mano_already_open');
    const due = (await worker.agent.get('/api/mano/due')).json<{ tracks: { trackId: string; familyInformed: boolean }[] }>().tracks;
    expect(due).toEqual([expect.objectContaining({ trackId: track.id, familyInformed: false })]);

    const outcomeDecision = await decide(team, 'mano_outcome', 'Niet langer nodig: mama aanvaardt hulp van het CAW.');
    const early = await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}/conclude`, { version: 1, outcome: 'not_necessary', decisionId: outcomeDecision });
    expect(early.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['familyInformedOn']);
    const informed = await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}`, { version: 1, familyInformedOn: today(), familyInformedHow: 'gesprek met mama' });
    expect(informed.statusCode, informed.body).toBe(200);
    const done = await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}/conclude`, { version: 2, outcome: 'not_necessary', decisionId: outcomeDecision, rationale: 'Hulp loopt.' });
    expect(done.json()).toMatchObject({ status: 'concluded', outcome: 'not_necessary', clock: { state: 'concluded_in_time' } });
    const file = await fileOf(worker.agent, caseId);
    expect(file.track).toBe('case');
    expect(file.timeline.map((e) => e.kind).filter((k) => k.startsWith('mano.') || k === 'case.track_changed')).toEqual(['mano.started', 'case.track_changed', 'mano.family_informed', 'mano.concluded', 'case.track_changed']);
  });
});

describe('the referral letter to the prosecutor', () => {
  it('is generated from the file as a PDF without the reporter, stored, reviewed by a colleague and sent with its disclosure', async () => {
    const team = await assignedCase(t);
    const { caseId, worker, member } = team;
    const assessment = await worker.agent.post(`/api/cases/${caseId}/safety-assessments`, {
      harm: 'Blauwe plekken op beide armen, gezien door Els Wouters op school.',
      dangerStatements: [{ worriedWho: 'Het VK', worry: 'Noor opnieuw geslagen wordt als de partner van mama drinkt.', impact: 'Noor raakt ernstig gewond.', safetyGoal: 'Noor is veilig thuis.' }],
    });
    expect(assessment.statusCode, assessment.body).toBe(201);
    const track = await concludedTrack(team);

    const police = await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}/letters`, { prosecutorId: await partnerId('Politiezone Antwerpen') });
    expect(police.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['prosecutorId']);
    const generated = await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}/letters`, { prosecutorId: await partnerId('Parket Antwerpen') });
    expect(generated.statusCode, generated.body).toBe(201);
    const letter = generated.json<{ id: string; status: string; version: number; bytes: number; sha256: string }>();
    expect(letter.status).toBe('draft');

    const download = await member.agent.get(`/api/cases/${caseId}/mano-letters/${letter.id}/pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const pdf = download.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(letter.bytes);
    const text = pdfText(pdf);
    expect(text).toContain('Noor Janssens, geboren op 04-05-2017');
    expect(text).toContain('Parket Antwerpen');
    expect(text).toContain('Noor opnieuw geslagen wordt als de partner van mama drinkt.');
    expect(text).toContain('Contextbegeleiding, aanmelding bij het CGG');
    expect(text).not.toMatch(/Els\s+Wouters/i);
    expect(text).not.toMatch(/123\s*45\s*67/);
    expect(text).toContain('gezien door [melder] op school');
    // The document properties name no one.
    expect(pdf.toString('latin1')).not.toMatch(/Janssens|Wouters/);

    const stored = await rows<{ sha256: string; n: number }>(t.database.db, sql`SELECT sha256, octet_length(pdf)::int AS n FROM mano_letters WHERE id = ${letter.id}`);
    expect(stored[0]).toEqual({ sha256: letter.sha256, n: letter.bytes });

    expect((await worker.agent.post(`/api/cases/${caseId}/mano-letters/${letter.id}/send`, { version: 1, familyInformed: true })).json<{ code: string }>().code).toBe('mano_letter_not_reviewed');
    expect((await worker.agent.post(`/api/cases/${caseId}/mano-letters/${letter.id}/review`, { version: 1 })).json<{ code: string }>().code).toBe('mano_letter_four_eyes');
    const reviewed = await member.agent.post(`/api/cases/${caseId}/mano-letters/${letter.id}/review`, { version: 1 });
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedBy: { id: member.user.id } });
    const sent = await worker.agent.post(`/api/cases/${caseId}/mano-letters/${letter.id}/send`, { version: 2, familyInformed: true });
    expect(sent.statusCode, sent.body).toBe(200);
    const disclosureId = sent.json<{ disclosureId: string }>().disclosureId;
    const [disclosure] = await rows<{ legal_basis: string; recipient_name: string; source: string }>(t.database.db, sql`SELECT legal_basis, recipient_name, source FROM disclosures WHERE id = ${disclosureId}`);
    expect(disclosure).toEqual({ legal_basis: 'mano', recipient_name: 'Parket Antwerpen', source: 'mano_letter' });
    expect((await worker.agent.post(`/api/cases/${caseId}/mano/${track.id}/letters`, { prosecutorId: await partnerId('Parket Antwerpen') })).json<{ code: string }>().code).toBe('mano_letter_already_sent');
    const reads = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'mano_letter.read' AND record_id = ${caseId}`);
    expect(reads[0]!.n).toBe(1);
  });

  it('supersedes an unsent draft when the letter is generated again', async () => {
    const team = await assignedCase(t);
    const track = await concludedTrack(team);
    const url = `/api/cases/${team.caseId}/mano/${track.id}/letters`;
    const prosecutorId = await partnerId('Parket Antwerpen');
    expect((await team.worker.agent.post(url, { prosecutorId })).statusCode).toBe(201);
    expect((await team.member.agent.post(url, { prosecutorId })).statusCode).toBe(201);
    const letters = (await team.worker.agent.get(`/api/cases/${team.caseId}/mano`)).json<{ tracks: Track[] }>().tracks[0]!.letters;
    expect(letters.map((l) => l.status)).toEqual(['superseded', 'draft']);
  });

  it('keeps the track and the letter from everyone outside the case team', async () => {
    const team = await assignedCase(t);
    const track = await concludedTrack(team);
    const letter = (await team.worker.agent.post(`/api/cases/${team.caseId}/mano/${track.id}/letters`, { prosecutorId: await partnerId('Parket Antwerpen') })).json<{ id: string }>();
    const people = await outsiders(t);
    await expectRefused(people, [
      { method: 'GET', url: `/api/cases/${team.caseId}/mano` },
      { method: 'GET', url: `/api/cases/${team.caseId}/mano-letters/${letter.id}/pdf` },
      { method: 'POST', url: `/api/cases/${team.caseId}/mano-letters/${letter.id}/review`, body: { version: 1 } },
    ]);
    for (const person of people.filter((p) => p.expected === 404)) expect((await person.agent.get('/api/mano/due')).json<{ tracks: unknown[] }>().tracks).toEqual([]);
    const reads = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'mano_letter.read'`);
    expect(reads[0]!.n).toBe(0);

    // Closed, the file keeps its letter for reading, but nothing moves on.
    const version = (await team.worker.agent.get(`/api/cases/${team.caseId}`)).json<{ version: number }>().version;
    expect((await team.worker.agent.post(`/api/cases/${team.caseId}/close`, { version, outcome: 'referred_youth_care' })).statusCode).toBe(200);
    expect((await team.member.agent.post(`/api/cases/${team.caseId}/mano-letters/${letter.id}/review`, { version: 1 })).json<{ code: string }>().code).toBe('case_closed');
    expect((await team.member.agent.get(`/api/cases/${team.caseId}/mano-letters/${letter.id}/pdf`)).statusCode).toBe(200);
  });
});
