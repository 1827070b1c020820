import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { caseWithWork } from './retention.fixtures.js';
import { handoffReasonDaysAgo } from '../handoff/handoff.test-support.js';
import { retentionJob } from './retention-daily.js';

const t = useTestApp({ seed: seedPartnerDirectory });

interface Line {
  recordType: string;
  cases: number;
  records: number;
}
const closedCaseWithWork = (yearsAgo: number) => caseWithWork(t, yearsAgo);

const count = async (table: string) => (await rows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;

describe('retention of case-work records', () => {
  it('reports first, purges only after that dry run, and leaves anonymous counts', { timeout: 120_000 }, async () => {
    const old = await closedCaseWithWork(6);
    await closedCaseWithWork(1);
    const dpo = await signedIn(t, 'dpo');

    const policies = (await dpo.agent.get('/api/retention/policies')).json<{ policies: { recordType: string; keepMonths: number; version: number }[] }>().policies;
    expect(policies.find((p) => p.recordType === 'ace_screening')).toEqual({ recordType: 'ace_screening', keepMonths: 60, isDefault: true, version: 0 });
    // Referrals and decisions: 5 years here (default 10), so the old case's go too.
    for (const recordType of ['referral', 'teamwork']) expect((await dpo.agent.post(`/api/retention/policies/${recordType}`, { version: 0, keepMonths: 60 })).statusCode).toBe(200);

    const refused = await dpo.agent.post('/api/retention/purge', { dryRunId: '00000000-0000-4000-8000-000000000000' });
    expect(refused.json<{ code: string }>().code).toBe('retention_dry_run_first');

    const dry = await dpo.agent.post('/api/retention/dry-run', {});
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json<{ runId: string; report: Line[] }>().report;
    const line = (type: string) => report.find((l) => l.recordType === type)!;
    expect(line('ace_screening')).toMatchObject({ cases: 1, records: 1 });
    // The referral and its two status changes (sent, then started).
    expect(line('referral')).toMatchObject({ cases: 1, records: 3 });
    expect(line('teamwork')).toMatchObject({ cases: 1, records: 1 });
    // The disclosure is kept 20 years by default: it accounts for sharing with others.
    expect(line('disclosure')).toMatchObject({ cases: 0, records: 0 });
    // A dry run changes nothing.
    expect([await count('ace_screenings'), await count('referrals'), await count('casework_statistics')]).toEqual([2, 2, 0]);

    const purged = await dpo.agent.post('/api/retention/purge', { dryRunId: dry.json<{ runId: string }>().runId });
    expect(purged.statusCode, purged.body).toBe(200);
    expect(purged.json<{ report: Line[] }>().report).toEqual(report);
    expect([await count('ace_screenings'), await count('referrals'), await count('team_decisions'), await count('disclosures')]).toEqual([1, 1, 1, 2]);
    const left = await rows<{ case_id: string }>(t.database.db, sql`SELECT case_id FROM ace_screenings`);
    expect(left.map((r) => r.case_id)).not.toContain(old.caseId);

    const stats = await rows<{ metric: string; value: string; count: number }>(t.database.db, sql`SELECT metric, value, count FROM casework_statistics ORDER BY metric, value`);
    expect(stats).toEqual([
      { metric: 'ace_score', value: '2', count: 1 },
      { metric: 'referral', value: 'mental_health:started', count: 1 },
      { metric: 'team_decision', value: 'referral', count: 1 },
    ]);
    const analyst = await signedIn(t, 'analyst');
    expect((await analyst.agent.get('/api/retention/statistics')).json<{ statistics: unknown[] }>().statistics).toHaveLength(3);
    // The same dry run cannot be used twice.
    expect((await dpo.agent.post('/api/retention/purge', { dryRunId: dry.json<{ runId: string }>().runId })).json<{ code: string }>().code).toBe('retention_dry_run_first');
  });

  it('purges documents and their bytes after their period, leaving a count per type', { timeout: 120_000 }, async () => {
    const old = await closedCaseWithWork(11);
    const recent = await closedCaseWithWork(1);
    for (const team of [old, recent]) {
      const version = (await team.worker.agent.get(`/api/cases/${team.caseId}`)).json<{ version: number }>().version;
      expect((await team.worker.agent.post(`/api/cases/${team.caseId}/reopen`, { version, reason: 'Document nagekomen' })).statusCode).toBe(200);
      const uploaded = await team.worker.agent.request({ method: 'POST', url: `/api/cases/${team.caseId}/documents?name=verslag.pdf`, payload: Buffer.from('%PDF-1.4\n%%EOF\n'), headers: { 'content-type': 'application/octet-stream' } });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const again = (await team.worker.agent.get(`/api/cases/${team.caseId}`)).json<{ version: number }>().version;
      expect((await team.worker.agent.post(`/api/cases/${team.caseId}/close`, { version: again, outcome: 'referred_youth_care' })).statusCode).toBe(200);
    }
    await t.database.db.execute(sql`UPDATE cases SET closed_at = now() - make_interval(years => 11) WHERE id = ${old.caseId}`);
    const dpo = await signedIn(t, 'dpo');
    const dry = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ runId: string; report: Line[] }>();
    expect(dry.report.find((l) => l.recordType === 'document')).toMatchObject({ cases: 1, records: 1 });
    expect(await count('case_document_contents')).toBe(2);
    expect((await dpo.agent.post('/api/retention/purge', { dryRunId: dry.runId })).statusCode).toBe(200);
    expect([await count('case_documents'), await count('case_document_contents')]).toEqual([1, 1]);
    const [left] = await rows<{ case_id: string }>(t.database.db, sql`SELECT case_id FROM case_documents`);
    expect(left!.case_id).toBe(recent.caseId);
    const stats = await rows<{ value: string; count: number }>(t.database.db, sql`SELECT value, count FROM casework_statistics WHERE metric = 'document_type'`);
    expect(stats).toEqual([{ value: 'application/pdf', count: 1 }]);
  });

  it('refuses a purge when the periods changed after the dry run', async () => {
    const admin = await signedIn(t, 'admin');
    const dry = (await admin.agent.post('/api/retention/dry-run', {})).json<{ runId: string }>();
    expect((await admin.agent.post('/api/retention/policies/ace_screening', { version: 0, keepMonths: 1 })).statusCode).toBe(200);
    expect((await admin.agent.post('/api/retention/purge', { dryRunId: dry.runId })).json<{ code: string }>().code).toBe('retention_policies_changed');
    expect((await admin.agent.post('/api/retention/policies/ace_screening', { version: 0, keepMonths: 2 })).statusCode).toBe(409);
  });

  it('runs as a job that records its dry run before purging, and empties hand-off reasons past their period', { timeout: 60_000 }, async () => {
    await closedCaseWithWork(6);
    await handoffReasonDaysAgo(t.database, 91);
    const result = await retentionJob(t.database.db);
    expect(result.purge!.report.find((l) => l.recordType === 'ace_screening')).toMatchObject({ records: 1 });
    expect(result.handoffReasons).toEqual({ due: 1, emptied: 1 });
    expect(await rows(t.database.db, sql`SELECT 1 FROM contact_handoffs WHERE basis_reason <> ''`)).toEqual([]);
    const runs = await rows<{ mode: string }>(t.database.db, sql`SELECT mode FROM retention_runs ORDER BY ran_at, mode`);
    expect(runs.map((r) => r.mode)).toEqual(['dry_run', 'purge']);
  });

  it('from the screen, a DPO sees and purges only their own centre’s records; the job does every centre', { timeout: 180_000 }, async () => {
    await closedCaseWithWork(6);
    const limburg = await caseWithWork(t, 6, 'vk-limburg');
    const aces = async () => (await rows<{ case_id: string }>(t.database.db, sql`SELECT case_id FROM ace_screenings`)).map((r) => r.case_id).sort();
    const dpo = await signedIn(t, 'dpo', 'vk-antwerpen');
    const dry = (await dpo.agent.post('/api/retention/dry-run', {})).json<{ runId: string; report: Line[] }>();
    // One case's screening, not two: Limburg's is not Antwerp's DPO's to count.
    expect(dry.report.find((l) => l.recordType === 'ace_screening')).toMatchObject({ cases: 1, records: 1 });
    const purged = await dpo.agent.post('/api/retention/purge', { dryRunId: dry.runId });
    expect(purged.statusCode, purged.body).toBe(200);
    expect(await aces()).toEqual([limburg.caseId]);

    // Limburg's DPO sees none of Antwerp's runs, and may not purge on Antwerp's dry run.
    const other = await signedIn(t, 'dpo', 'vk-limburg');
    expect((await other.agent.get('/api/retention/runs')).json<{ runs: unknown[] }>().runs).toEqual([]);
    expect((await other.agent.post('/api/retention/purge', { dryRunId: dry.runId })).json<{ code: string }>().code).toBe('retention_dry_run_first');
    expect((await dpo.agent.get('/api/retention/runs')).json<{ runs: { mode: string }[] }>().runs.map((r) => r.mode)).toEqual(['purge', 'dry_run']);

    // The night's run is for every centre: Limburg's screening goes too.
    await retentionJob(t.database.db);
    expect(await aces()).toEqual([]);
  });

  it('is not for case workers, and the counts are for analysts', async () => {
    const worker = await signedIn(t, 'caseworker');
    expect((await worker.agent.post('/api/retention/dry-run', {})).statusCode).toBe(403);
    expect((await worker.agent.get('/api/retention/statistics')).statusCode).toBe(403);
  });
});
