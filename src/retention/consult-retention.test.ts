// The end of a consult request: a closed one goes after its period with its advice, an open one
// never, one converted into a report follows that report. The monitoring fact counted when it
// arrived stays, the statistics get a coded count, and the audit log names it by id only.
import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { verifyAuditChain } from '../audit/audit.verify.js';
import { registerConsult } from '../consult/consult.fixtures.js';
import { rows, sql } from '../platform/db.js';

const t = useTestApp();

const db = () => t.database.db;
const family = { named: true, children: [{ firstName: 'Noor', lastName: 'Peeters', dateOfBirth: '2018-03-01' }], parents: [{ firstName: 'Sanne', lastName: 'Peeters' }] };
const yearsBack = (id: string, years: number) => db().execute(sql`UPDATE consult_requests SET closed_at = now() - make_interval(years => ${years}), created_at = now() - make_interval(years => ${years}) WHERE id = ${id}`);
const consultFacts = () => rows<Record<string, unknown>>(db(), sql`SELECT day::text, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value FROM monitoring_facts WHERE kind = 'consult' ORDER BY day, detail`);

describe('retention of consult requests', () => {
  it('purges closed requests after their period, never open ones, and converted ones only with their report', { timeout: 120_000 }, async () => {
    const { agent } = await signedIn(t, 'team_lead');
    const close = async (id: string, version: number) => expect((await agent.post(`/api/consult/requests/${id}/status`, { version, change: 'close' })).statusCode).toBe(200);

    const advised = await registerConsult(agent, { family });
    expect((await agent.post(`/api/consult/requests/${advised.id}/advice`, { version: 1, text: 'Bespreek het met de CLB-medewerker.', followUpOn: null })).statusCode).toBe(200);
    await close(advised.id, 2);
    const recent = await registerConsult(agent, { sector: 'gp' });
    await close(recent.id, 1);
    const open = await registerConsult(agent);
    const reopened = await registerConsult(agent);
    await close(reopened.id, 1);
    expect((await agent.post(`/api/consult/requests/${reopened.id}/status`, { version: 2, change: 'reopen' })).statusCode).toBe(200);
    const convertedKept = await registerConsult(agent, { family });
    const convertedGone = await registerConsult(agent, { family });
    const reportIds: string[] = [];
    for (const c of [convertedKept, convertedGone]) {
      const res = await agent.post(`/api/consult/requests/${c.id}/convert`, { version: 1, problemCategory: 'emotional_abuse_neglect' });
      expect(res.statusCode, res.body).toBe(201);
      reportIds.push(res.json<{ reportId: string }>().reportId);
    }
    // The second report ended at intake (advice) six years ago: it is purged in this run, and its consult with it.
    const report = (await agent.get(`/api/cases/reports/${reportIds[1]}`)).json<{ version: number }>();
    expect((await agent.post(`/api/cases/reports/${reportIds[1]}/triage`, { version: report.version, outcome: 'advice', outcomeNote: '' })).statusCode).toBe(200);
    await db().execute(sql`UPDATE case_reports SET triaged_at = now() - interval '6 years' WHERE id = ${reportIds[1]!}`);
    for (const c of [advised, open, reopened, convertedKept, convertedGone]) await yearsBack(c.id, 6);
    await db().execute(sql`UPDATE consult_requests SET closed_at = now() - interval '1 year' WHERE id = ${recent.id}`);
    const factsBefore = await consultFacts();
    expect(factsBefore).toHaveLength(6);

    const dpo = await signedIn(t, 'dpo');
    const policies = (await dpo.agent.get('/api/retention/policies')).json<{ policies: { recordType: string }[] }>().policies;
    expect(policies.find((p) => p.recordType === 'consult_request')).toEqual({ recordType: 'consult_request', keepMonths: 60, isDefault: true, version: 0 });
    const dry = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ runId: string; report: { recordType: string; cases: number; records: number }[] }>();
    // Two requests: the advised one (with its advice entry) and the one whose report goes.
    expect(dry.report.find((l) => l.recordType === 'consult_request')).toMatchObject({ cases: 2, records: 3 });
    expect((await rows(db(), sql`SELECT 1 FROM consult_requests`)).length).toBe(6);

    expect((await dpo.agent.post('/api/retention/purge', { dryRunId: dry.runId })).statusCode).toBe(200);
    const left = await rows<{ id: string }>(db(), sql`SELECT id FROM consult_requests ORDER BY reference`);
    expect(left.map((r) => r.id).sort()).toEqual([recent.id, open.id, reopened.id, convertedKept.id].sort());
    expect(await rows(db(), sql`SELECT 1 FROM consult_advice`)).toEqual([]);
    expect((await agent.get(`/api/consult/requests/${advised.id}`)).statusCode).toBe(404);

    // The monitoring facts counted when the requests arrived stay as they were, without text or ids.
    expect(await consultFacts()).toEqual(factsBefore);
    const factText = JSON.stringify(await rows(db(), sql`SELECT * FROM monitoring_facts WHERE kind = 'consult'`));
    expect(factText).not.toMatch(/Peeters|Wouters|honger/);
    for (const c of [advised, convertedGone]) expect(factText).not.toContain(c.id);
    const stats = await rows<{ metric: string; value: string; count: number }>(db(), sql`SELECT metric, value, count FROM casework_statistics WHERE metric = 'consult_request' ORDER BY value`);
    expect(stats).toEqual([
      { metric: 'consult_request', value: 'phone:school_clb:advised', count: 1 },
      { metric: 'consult_request', value: 'phone:school_clb:report', count: 1 },
    ]);

    const purgedEvents = await rows<{ record_id: string; details: unknown }>(db(), sql`SELECT record_id, details FROM audit_events WHERE action = 'retention.consult_request_purged' ORDER BY record_id`);
    expect(purgedEvents.map((e) => e.record_id).sort()).toEqual([advised.id, convertedGone.id].sort());
    const retentionDetails = await rows<{ details: unknown }>(db(), sql`SELECT details FROM audit_events WHERE action LIKE 'retention.%'`);
    expect(JSON.stringify(retentionDetails)).not.toMatch(/Peeters|Wouters|Noor|Sanne/);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
