// The end of a case file: after its period the personal data goes and a tombstone stays, the
// audit chain still verifies, the statistics are untouched, and what must wait is left alone.
import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { verifyAuditChain } from '../audit/audit.verify.js';
import { registerReport } from '../cases/cases.fixtures.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase } from '../teamwork/case-team.fixtures.js';
import { caseWithWork, closeYearsAgo } from './retention.fixtures.js';

const t = useTestApp({ seed: seedPartnerDirectory });

const db = () => t.database.db;
const countFor = async (table: string, column: string, id: string) => (await rows<{ n: number }>(db(), sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = '${id}'`)))[0]!.n;

/** Every table that holds personal data of a case, counted for one case. */
async function personalRowsOf(caseId: string) {
  const perCase = ['case_persons', 'case_relations', 'case_notes', 'case_events', 'ace_screenings', 'referrals', 'disclosures', 'team_decisions', 'case_documents'];
  const counts: Record<string, number> = {};
  for (const table of perCase) counts[table] = await countFor(table, 'case_id', caseId);
  const perReport = (table: string) => sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE report_id IN (SELECT id FROM case_reports WHERE case_id = '${caseId}')`);
  for (const table of ['case_reporters', 'case_report_children', 'case_report_transcripts']) counts[table] = (await rows<{ n: number }>(db(), perReport(table)))[0]!.n;
  return counts;
}

/** A full case file: a mother and her relation to the child, a note, the story, a document and a transcript copy. */
async function fullCase(yearsAgo: number | null) {
  const team = await caseWithWork(t, null);
  const { caseId, worker, child } = team;
  const mother = await worker.agent.post(`/api/cases/${caseId}/persons`, { kind: 'parent', firstName: 'Sara', lastName: 'Peeters', dateOfBirth: '1990-02-01', phone: '0470 12 34 56', roleLabel: 'mama' });
  expect(mother.statusCode, mother.body).toBe(201);
  expect((await worker.agent.post(`/api/cases/${caseId}/relations`, { fromPersonId: mother.json<{ id: string }>().id, toPersonId: child.id, kind: 'parent' })).statusCode).toBe(201);
  expect((await worker.agent.post(`/api/cases/${caseId}/notes`, { kind: 'contact', body: 'Huisbezoek bij Sara Peeters.' })).statusCode).toBe(201);
  const version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
  expect((await worker.agent.post(`/api/cases/${caseId}/story`, { version, worries: 'Papa drinkt', strengths: 'Oma helpt', nextSteps: 'Gesprek' })).statusCode).toBe(200);
  const uploaded = await worker.agent.request({ method: 'POST', url: `/api/cases/${caseId}/documents?name=verslag.pdf`, payload: Buffer.from('%PDF-1.4\n%%EOF\n'), headers: { 'content-type': 'application/octet-stream' } });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  // A hand-off's transcript copy (the chat itself is tested in src/handoff).
  await db().execute(sql`INSERT INTO case_report_transcripts (report_id, lines, consent_by) SELECT id, '[{"from":"child","body":"Papa slaat me","sentAt":"2026-01-01T10:00:00Z"}]'::jsonb, 'child' FROM case_reports WHERE case_id = ${caseId}`);
  if (yearsAgo !== null) await closeYearsAgo(t, team, yearsAgo);
  return team;
}

const monitoringState = async () => rows(db(), sql`SELECT kind, month, centre_id, category, outcome, facts, total FROM monitoring_aggregates ORDER BY 1, 2, 3, 4, 5, 6, 7`);
const tableCounts = async () => rows(db(), sql`SELECT (SELECT count(*) FROM case_persons)::int AS p, (SELECT count(*) FROM case_notes)::int AS n, (SELECT count(*) FROM case_reporters)::int AS r, (SELECT count(*) FROM cases WHERE purged_at IS NOT NULL)::int AS tomb`);

describe('a case file after its retention period', () => {
  it('loses every personal field, keeps a tombstone and the statistics', { timeout: 120_000 }, async () => {
    // The default periods: a case file goes once its longest record's period (20 years) has passed.
    const old = await fullCase(21);
    // Someone only the old case knows: their name must leave the search's word list with them.
    // (Written straight into the closed file: the API rightly refuses changes to a closed case.)
    await db().execute(sql`INSERT INTO case_persons (case_id, kind, first_name, last_name) VALUES (${old.caseId}, 'family', 'Godelieve', 'Xhonneux')`);
    const recent = await fullCase(5);
    const wordsKnown = async () => (await rows<{ word: string }>(db(), sql`SELECT word FROM person_name_words WHERE word IN ('godelieve', 'xhonneux', 'peeters', 'sara')`)).map((r) => r.word).sort();
    expect(await wordsKnown()).toEqual(['godelieve', 'peeters', 'sara', 'xhonneux']);
    const dpo = await signedIn(t, 'dpo');
    const before = { monitoring: await monitoringState(), counts: await tableCounts(), old: await personalRowsOf(old.caseId) };
    expect(Object.values(before.old).every((n) => n > 0), JSON.stringify(before.old)).toBe(true);
    const dry = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ runId: string; report: { recordType: string; keepMonths: number; cases: number; records: number }[] }>();
    expect(dry.report.find((l) => l.recordType === 'case_file')).toMatchObject({ keepMonths: 240, cases: 1 });
    // The dry run changes nothing and names nobody.
    expect(await tableCounts()).toEqual(before.counts);
    expect(JSON.stringify(dry)).not.toMatch(/Noor|Janssens|Sara|Peeters|Wouters|VK-/);

    expect((await dpo.agent.post('/api/retention/purge', { dryRunId: dry.runId })).statusCode).toBe(200);

    const after = await personalRowsOf(old.caseId);
    expect(Object.values(after).every((n) => n === 0), JSON.stringify(after)).toBe(true);
    const [tomb] = await rows<Record<string, unknown>>(db(), sql`SELECT status, problem_category, closure_outcome, closure_note, worries, strengths, next_steps, closed_at IS NOT NULL AS closed, purged_at IS NOT NULL AS purged FROM cases WHERE id = ${old.caseId}`);
    expect(tomb).toEqual({ status: 'closed', problem_category: 'physical_abuse_neglect', closure_outcome: 'referred_youth_care', closure_note: null, worries: '', strengths: '', next_steps: '', closed: true, purged: true });
    const reports = await rows(db(), sql`SELECT concern, outcome_note, source, purged_at IS NOT NULL AS purged FROM case_reports WHERE case_id = ${old.caseId}`);
    expect(reports).toEqual([{ concern: '', outcome_note: '', source: 'professional', purged: true }]);
    expect(await countFor('case_persons', 'case_id', recent.caseId)).toBe(2); // the child and the mother
    expect(await wordsKnown()).toEqual(['peeters', 'sara']);
    expect(await countFor('case_report_transcripts', 'report_id', (await rows<{ id: string }>(db(), sql`SELECT id FROM case_reports WHERE case_id = ${recent.caseId}`))[0]!.id)).toBe(1);

    // Statistics: the monitoring layer is untouched, the purge's own counts are added.
    expect(await monitoringState()).toEqual(before.monitoring);
    expect(await rows(db(), sql`SELECT metric, value, count FROM casework_statistics WHERE metric = 'case_file'`)).toEqual([{ metric: 'case_file', value: 'case', count: 1 }]);

    // The audit chain still verifies, ends the tombstone's trail, and never held a name.
    expect((await verifyAuditChain(db())).ok).toBe(true);
    expect(await rows(db(), sql`SELECT action FROM audit_events WHERE record_id = ${old.caseId}::text ORDER BY seq DESC LIMIT 1`)).toEqual([{ action: 'retention.case_purged' }]);
    const details = await rows<{ d: string }>(db(), sql`SELECT coalesce(details::text, '') AS d FROM audit_events`);
    expect(details.map((r) => r.d).join('\n')).not.toMatch(/Noor|Janssens|Sara|Peeters|Wouters|Papa/);

    // Reopening is refused with the reason; search no longer finds it, by name or by number.
    const file = (await old.worker.agent.get(`/api/cases/${old.caseId}`)).json<{ version: number; number: string; persons: unknown[] }>();
    expect(file.persons).toEqual([]);
    const reopen = await old.worker.agent.post(`/api/cases/${old.caseId}/reopen`, { version: file.version, reason: 'Nieuwe zorg' });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json<{ code: string }>().code).toBe('case_purged');
    const byNumber = (await old.worker.agent.get(`/api/cases/search?q=${encodeURIComponent(file.number)}`)).json<{ results: unknown[] }>();
    expect(byNumber.results).toEqual([]);
    const byName = (await recent.lead.agent.get('/api/cases/search?q=Janssens')).json<{ results: { id: string }[] }>();
    expect(byName.results.map((r) => r.id)).toEqual([recent.caseId]);
  });

  it('leaves an open case, a held case and a case with a pending referral alone', { timeout: 120_000 }, async () => {
    const held = await assignedCase(t);
    await closeYearsAgo(t, held, 21);
    const open = await assignedCase(t);
    const pending = await assignedCase(t);
    const [cgg] = await rows<{ id: string }>(db(), sql`SELECT id FROM partners WHERE name = 'CGG Vagga'`);
    const referral = await pending.worker.agent.post(`/api/cases/${pending.caseId}/referrals`, { partnerId: cgg!.id, reason: 'Therapie', disclosure: { legalBasis: 'consent', information: 'Aanmelding', familyInformed: true } });
    expect(referral.statusCode, referral.body).toBe(201);
    await closeYearsAgo(t, pending, 21);
    await db().execute(sql`UPDATE cases SET received_at = now() - interval '22 years' WHERE id = ${open.caseId}`);

    // Only the lead of the case's team sets a hold; the case team sees it; the reason stays out of the audit log.
    expect((await held.worker.agent.post(`/api/cases/${held.caseId}/retention-hold`, { reason: 'Klacht bij de ombudsdienst' })).statusCode).toBe(403);
    expect((await held.lead.agent.post(`/api/cases/${held.caseId}/retention-hold`, { reason: 'Klacht bij de ombudsdienst' })).statusCode).toBe(200);
    expect((await held.worker.agent.get(`/api/cases/${held.caseId}/retention-hold`)).json<{ hold: { reason: string; setByName: string } }>().hold).toMatchObject({
      reason: 'Klacht bij de ombudsdienst',
      setByName: held.lead.user.displayName,
    });
    expect((await open.worker.agent.get(`/api/cases/${held.caseId}/retention-hold`)).statusCode).toBe(404);

    const dpo = await signedIn(t, 'dpo');
    const dry = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ runId: string; report: { recordType: string; cases: number }[] }>();
    expect(dry.report.filter((l) => l.cases > 0)).toEqual([]);
    expect((await dpo.agent.post('/api/retention/purge', { dryRunId: dry.runId })).statusCode).toBe(200);
    for (const kept of [held, open, pending]) expect(await countFor('case_persons', 'case_id', kept.caseId)).toBe(1);
    const details = await rows<{ d: string }>(db(), sql`SELECT coalesce(details::text, '') AS d FROM audit_events WHERE action LIKE 'retention.hold%'`);
    expect(details.map((r) => r.d).join('\n')).not.toContain('ombudsdienst');

    // Released, the held file goes with the next purge.
    expect((await held.lead.agent.post(`/api/cases/${held.caseId}/retention-hold/release`, {})).statusCode).toBe(200);
    const again = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ report: { recordType: string; cases: number }[] }>();
    expect(again.report.find((l) => l.recordType === 'case_file')!.cases).toBe(1);
    expect(await rows(db(), sql`SELECT action FROM audit_events WHERE action LIKE 'retention.hold%' ORDER BY seq`)).toEqual([{ action: 'retention.hold_set' }, { action: 'retention.hold_read' }, { action: 'retention.hold_released' }]);
  });

  it('empties a report that ended at intake once its period has passed since the decision', { timeout: 60_000 }, async () => {
    const worker = await signedIn(t, 'team_lead');
    const advice = await registerReport(worker.agent, { outcome: 'advice', outcomeNote: 'Advies gegeven aan de leerkracht.' });
    const undecided = await registerReport(worker.agent);
    await db().execute(sql`UPDATE case_reports SET triaged_at = now() - interval '6 years', received_at = now() - interval '6 years'`);
    const before = await monitoringState();
    const dpo = await signedIn(t, 'dpo');
    const dry = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ runId: string; report: { recordType: string; cases: number }[] }>();
    expect(dry.report.find((l) => l.recordType === 'intake_report')!.cases).toBe(1);
    expect((await dpo.agent.post('/api/retention/purge', { dryRunId: dry.runId })).statusCode).toBe(200);
    const left = await rows<{ id: string; concern: string; outcome_note: string; purged: boolean }>(db(), sql`SELECT id, concern, outcome_note, purged_at IS NOT NULL AS purged FROM case_reports ORDER BY purged`);
    expect(left).toEqual([
      { id: undecided.id, concern: expect.stringContaining('Noor'), outcome_note: '', purged: false },
      { id: advice.id, concern: '', outcome_note: '', purged: true },
    ]);
    expect([await countFor('case_reporters', 'report_id', advice.id), await countFor('case_report_children', 'report_id', advice.id)]).toEqual([0, 0]);
    expect(await countFor('case_reporters', 'report_id', undecided.id)).toBe(1);
    expect(await monitoringState()).toEqual(before);
    expect((await worker.agent.get('/api/cases/reports?status=all')).json<{ reports: { id: string }[] }>().reports.map((r) => r.id)).toEqual([undecided.id]);
  });
});
