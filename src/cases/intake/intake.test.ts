import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/app.js';
import { rows, sql } from '../../platform/db.js';
import { registerReport, reportBody, staffIn, type ReportJson } from '../cases.fixtures.js';

const t = useTestApp();

const count = async (table: string) => Number((await rows<{ n: string }>(t.database.db, sql.raw(`SELECT count(*) AS n FROM ${table}`)))[0]!.n);

describe('registering a report', () => {
  it('stores the concern, the children (also an unborn one) and a deadline from the urgency', async () => {
    const { agent } = await staffIn(t, 'caseworker');
    const before = Date.now();
    const res = await agent.post('/api/cases/reports', reportBody({
      urgency: 'acute',
      children: [
        { firstName: 'Noor', lastName: 'Janssens', dateOfBirth: '2017-05-04' },
        { lastName: 'Janssens', unborn: true, expectedBirth: '2027-01-15' },
      ],
    }));
    expect(res.statusCode).toBe(201);
    const report = res.json<ReportJson & Record<string, unknown>>();
    expect(report.children.map((c) => c.unborn)).toEqual([false, true]);
    expect(report.outcome).toBeNull();
    // Acute: the whole 24 hours are the last day before the deadline.
    expect(report.deadline).toBe('due_soon');
    const due = Date.parse(report.firstContactDueAt) - Date.parse(report.receivedAt);
    expect(due).toBe(24 * 3_600_000);
    expect(Date.parse(report.receivedAt)).toBeGreaterThanOrEqual(before - 1000);
    // The reporter's identity never travels with the report.
    expect(JSON.stringify(report)).not.toContain('Els Wouters');
    expect(report).not.toHaveProperty('reporter');
    const [audited] = await rows<{ action: string; details: unknown }>(t.database.db, sql`SELECT action, details FROM audit_events WHERE action = 'case_report.create'`);
    expect(JSON.stringify(audited?.details)).not.toContain('Noor');
  });

  it('counts working days for a report noted afterwards', async () => {
    const { agent } = await staffIn(t, 'caseworker');
    // Thursday 2 April 2026, 10:00 in Brussels; high = 5 working days, Easter Monday excluded.
    const report = await registerReport(agent, { receivedAt: '2026-04-02T10:00:00+02:00', urgency: 'high' });
    expect(report.firstContactDueAt).toBe('2026-04-10T08:00:00.000Z');
    expect(report.deadline).toBe('missed');
  });

  it('names every problem at its field and writes nothing', async () => {
    const { agent } = await staffIn(t, 'caseworker');
    const res = await agent.post('/api/cases/reports', reportBody({
      problemCategory: 'witchcraft',
      forms: ['physical_violence', 'nonsense'],
      urgency: 'whenever',
      children: [{ firstName: 'X', unborn: true, dateOfBirth: '2020-01-01' }, { firstName: 'Y', dateOfBirth: '2999-01-01' }],
      reporter: { anonymous: true, name: 'Els Wouters' },
    }), { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort();
    expect(paths).toEqual(['children.0.dateOfBirth', 'children.1.dateOfBirth', 'forms.1', 'problemCategory', 'reporter.name', 'urgency']);
    expect(await count('case_reports')).toBe(0);
    expect(await count('case_reporters')).toBe(0);
  });

  it('refuses a team the worker does not belong to', async () => {
    const { agent } = await staffIn(t, 'caseworker', 'vk-antwerpen', 'Intake');
    const { teamId: otherTeam } = await staffIn(t, 'caseworker', 'vk-antwerpen', 'Begeleiding');
    const res = await agent.post('/api/cases/reports', reportBody({ teamId: otherTeam }));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe('teamId');
  });
});

describe('triage', () => {
  it('ends at intake for advice, and opens numbered cases on the waiting list otherwise', async () => {
    const { agent } = await staffIn(t, 'team_lead');
    const advice = await registerReport(agent);
    const decided = await agent.post(`/api/cases/reports/${advice.id}/triage`, { version: advice.version, outcome: 'advice', outcomeNote: 'Advies gegeven aan de school.' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json<ReportJson>().caseId).toBeNull();
    expect(decided.json<ReportJson>().deadline).toBeNull();

    const first = await registerReport(agent, { urgency: 'normal' });
    const opened = (await agent.post(`/api/cases/reports/${first.id}/triage`, { version: first.version, outcome: 'case', urgency: 'acute' })).json<ReportJson>();
    const second = await registerReport(agent, { outcome: 'mano' });
    const cases = await rows<{ id: string; number: string; status: string; track: string; urgency: string; first_contact_due_at: Date; received_at: Date }>(
      t.database.db,
      sql`SELECT id, number, status, track, urgency, first_contact_due_at, received_at FROM cases ORDER BY number`,
    );
    const year = new Date().getFullYear();
    expect(cases.map((c) => [c.number, c.status, c.track])).toEqual([
      [`VK-ANT-${year}-00001`, 'waiting', 'case'],
      [`VK-ANT-${year}-00002`, 'waiting', 'mano'],
    ]);
    expect(cases[0]!.id).toBe(opened.caseId);
    expect(cases[1]!.id).toBe(second.caseId);
    // Re-classified at triage: acute, so 24 hours from receipt.
    expect(cases[0]!.urgency).toBe('acute');
    expect(new Date(cases[0]!.first_contact_due_at).getTime() - new Date(cases[0]!.received_at).getTime()).toBe(24 * 3_600_000);
    const persons = await rows<{ first_name: string; kind: string }>(t.database.db, sql`SELECT first_name, kind FROM case_persons WHERE case_id = ${opened.caseId}`);
    expect(persons).toEqual([{ first_name: 'Noor', kind: 'child' }]);
    const timeline = await rows<{ kind: string }>(t.database.db, sql`SELECT kind FROM case_events WHERE case_id = ${opened.caseId} ORDER BY occurred_at`);
    expect(timeline.map((e) => e.kind)).toEqual(['report.received', 'case.opened']);
  });

  it('refuses a stale version and a second decision', async () => {
    const { agent } = await staffIn(t, 'team_lead');
    const report = await registerReport(agent);
    expect((await agent.post(`/api/cases/reports/${report.id}/triage`, { version: report.version, outcome: 'consult' })).statusCode).toBe(200);
    const stale = await agent.post(`/api/cases/reports/${report.id}/triage`, { version: report.version, outcome: 'case' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('conflict');
    const again = await agent.post(`/api/cases/reports/${report.id}/triage`, { version: report.version + 1, outcome: 'case' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('case_report_already_triaged');
    expect(await count('cases')).toBe(0);
  });
});

describe('who sees a report and its reporter', () => {
  it('shows it to whoever took it and the team lead, and to nobody else', async () => {
    const { agent: taker } = await staffIn(t, 'caseworker');
    const { agent: lead } = await staffIn(t, 'team_lead');
    const { agent: colleague } = await staffIn(t, 'caseworker');
    const { agent: otherTeamLead } = await staffIn(t, 'team_lead', 'vk-antwerpen', 'Begeleiding');
    const { agent: otherCentre } = await staffIn(t, 'team_lead', 'vk-limburg');
    const { agent: analyst } = await staffIn(t, 'analyst', 'vk-antwerpen', null);
    const report = await registerReport(taker);

    for (const agent of [taker, lead]) {
      const reporter = await agent.get(`/api/cases/reports/${report.id}/reporter`);
      expect(reporter.statusCode).toBe(200);
      expect(reporter.json<{ name: string }>().name).toBe('Els Wouters');
      expect((await agent.get('/api/cases/reports')).json<{ reports: { id: string }[] }>().reports.map((r) => r.id)).toEqual([report.id]);
    }
    for (const agent of [colleague, otherTeamLead, otherCentre]) {
      expect((await agent.get(`/api/cases/reports/${report.id}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/cases/reports/${report.id}/reporter`)).statusCode).toBe(404);
      expect((await agent.get('/api/cases/reports')).json<{ reports: unknown[] }>().reports).toEqual([]);
      expect((await agent.post(`/api/cases/reports/${report.id}/triage`, { version: 1, outcome: 'advice' })).statusCode).toBe(404);
    }
    expect((await analyst.get(`/api/cases/reports/${report.id}`)).statusCode).toBe(403);

    const audited = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_events WHERE record_id = ${report.id} ORDER BY seq`);
    expect(audited.map((a) => a.action)).toEqual(['case_report.create', 'case_report.reporter_read', 'case_report.reporter_read']);
  });
});
