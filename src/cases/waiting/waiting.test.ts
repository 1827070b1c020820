import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/app.js';
import { rows, sql } from '../../platform/db.js';
import { openCase, staffIn } from '../cases.fixtures.js';

const t = useTestApp();

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

interface Summary {
  id: string;
  number: string;
  status: string;
  urgency: string;
  version: number;
  waitingDays: number;
  owner: { id: string } | null;
  deadline: { kind: string; state: string; dueAt: string } | null;
}
interface WaitingJson {
  entries: (Summary & { position: number; expectedWaitWeeks: number | null })[];
  summary: { waiting: number; overdue: number; longestWaitDays: number; capacity: number; activeCases: number; freeSlots: number };
}

describe('the waiting list', () => {
  it('puts the most urgent first, then the longest waiting, and counts what is overdue', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const oldNormal = await openCase(lead, { urgency: 'normal', receivedAt: daysAgo(40) });
    const newNormal = await openCase(lead, { urgency: 'normal', receivedAt: daysAgo(2) });
    const high = await openCase(lead, { urgency: 'high', receivedAt: daysAgo(1) });
    const res = await lead.get('/api/cases/waiting-list');
    expect(res.statusCode).toBe(200);
    const list = res.json<WaitingJson>();
    expect(list.entries.map((e) => e.id)).toEqual([high.caseId, oldNormal.caseId, newNormal.caseId]);
    expect(list.entries.map((e) => e.position)).toEqual([1, 2, 3]);
    expect(list.entries[1]!.deadline).toMatchObject({ kind: 'first_contact', state: 'missed' });
    expect(list.summary).toMatchObject({ waiting: 3, overdue: 1, longestWaitDays: 40 });
    // The lead is the only case worker in the team: 15 places by default, none taken.
    expect(list.summary.freeSlots).toBe(15);
    expect(list.entries.every((e) => e.expectedWaitWeeks === 0)).toBe(true);
  });

  it('ranks by the centre’s own urgency order in the taxonomy, then by waiting time', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const acute = await openCase(lead, { urgency: 'acute', receivedAt: daysAgo(10) });
    const high = await openCase(lead, { urgency: 'high', receivedAt: daysAgo(1) });
    const normal = await openCase(lead, { urgency: 'normal', receivedAt: daysAgo(30) });
    // A centre that ranks 'high' before 'acute': an order neither the codes' alphabet nor the
    // waiting time gives, so a rank that lost its link to the case's urgency cannot pass.
    await t.database.db.execute(sql`UPDATE case_taxonomy_terms SET sort_order = 5 WHERE kind = 'urgency' AND code = 'high'`);
    const list = (await lead.get('/api/cases/waiting-list')).json<WaitingJson>();
    expect(list.entries.map((e) => e.id)).toEqual([high.caseId, acute.caseId, normal.caseId]);
  });

  it('is the lead’s own: caseworkers may not open it and another team’s lead sees nothing', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    await openCase(lead);
    const { agent: caseworker } = await staffIn(t, 'caseworker');
    const { agent: otherLead } = await staffIn(t, 'team_lead', 'vk-antwerpen', 'Begeleiding');
    expect((await caseworker.get('/api/cases/waiting-list')).statusCode).toBe(403);
    expect((await otherLead.get('/api/cases/waiting-list')).json<WaitingJson>().entries).toEqual([]);
  });

  it('forecasts the wait from free places and the recent pace once the team is full', async () => {
    const { agent: lead, user: leadUser } = await staffIn(t, 'team_lead');
    const capacity = (await lead.get('/api/cases/capacity')).json<{ workers: { id: string; capacityVersion: number | null; capacitySet: boolean }[] }>();
    expect(capacity.workers).toEqual([expect.objectContaining({ id: leadUser.id, capacitySet: false, capacityVersion: null })]);
    const set = await lead.post(`/api/cases/capacity/${leadUser.id}`, { capacity: 1, version: null });
    expect(set.statusCode).toBe(200);
    expect((await lead.post(`/api/cases/capacity/${leadUser.id}`, { capacity: 2, version: null })).statusCode).toBe(409);

    const started = await openCase(lead);
    const version = (await lead.get('/api/cases/waiting-list')).json<WaitingJson>().entries[0]!.version;
    expect((await lead.post(`/api/cases/${started.caseId}/assign`, { version, ownerId: leadUser.id })).statusCode).toBe(200);
    await openCase(lead);
    await openCase(lead);
    const list = (await lead.get('/api/cases/waiting-list')).json<WaitingJson>();
    expect(list.summary).toMatchObject({ capacity: 1, activeCases: 1, freeSlots: 0 });
    // One start in the 8-week window: 1/8 per week, so the second in line waits 16 weeks.
    expect(list.entries.map((e) => e.expectedWaitWeeks)).toEqual([8, 16]);
  });
});

describe('assigning and re-triage', () => {
  it('hands a case to a worker, who then finds it among their cases', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const { agent: worker, user: workerUser } = await staffIn(t, 'caseworker');
    const { user: colleague } = await staffIn(t, 'caseworker', 'vk-antwerpen', 'Begeleiding');
    const { caseId } = await openCase(lead);
    expect((await worker.get('/api/cases/mine')).json<{ cases: unknown[] }>().cases).toEqual([]);

    const assigned = await lead.post(`/api/cases/${caseId}/assign`, { version: 1, ownerId: workerUser.id, memberIds: [colleague.id] });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json<Summary>()).toMatchObject({ status: 'active', owner: { id: workerUser.id }, version: 2 });
    const mine = (await worker.get('/api/cases/mine')).json<{ cases: Summary[] }>().cases;
    expect(mine.map((c) => c.id)).toEqual([caseId]);
    expect((await lead.get('/api/cases/waiting-list')).json<WaitingJson>().entries).toEqual([]);
    // A worker may not hand out cases, even their own.
    expect((await worker.post(`/api/cases/${caseId}/assign`, { version: 2, ownerId: workerUser.id })).statusCode).toBe(403);
  });

  it('refuses an owner from another team and a stale version, saying what changed', async () => {
    const { agent: lead, user: leadUser } = await staffIn(t, 'team_lead');
    const { user: otherTeam } = await staffIn(t, 'caseworker', 'vk-antwerpen', 'Begeleiding');
    const { caseId } = await openCase(lead);
    const wrong = await lead.post(`/api/cases/${caseId}/assign`, { version: 1, ownerId: otherTeam.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['ownerId']);

    expect((await lead.post(`/api/cases/${caseId}/assign`, { version: 1, ownerId: leadUser.id })).statusCode).toBe(200);
    const stale = await lead.post(`/api/cases/${caseId}/retriage`, { version: 1, urgency: 'acute' }, { 'accept-language': 'en' });
    expect(stale.statusCode).toBe(409);
    const body = stale.json<{ code: string; fields: { path: string; message: string }[] }>();
    expect(body.code).toBe('conflict');
    expect(body.fields.map((f) => f.path).sort()).toEqual(['ownerId', 'status']);
    expect(body.fields[0]!.message).toContain(leadUser.displayName);
  });

  it('moves the first-contact deadline forward on escalation without resetting the wait', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const { caseId } = await openCase(lead, { urgency: 'normal', receivedAt: daysAgo(3) });
    const before = Date.now();
    const res = await lead.post(`/api/cases/${caseId}/retriage`, { version: 1, urgency: 'acute', contexts: ['shaken_infant'] });
    expect(res.statusCode).toBe(200);
    const summary = res.json<Summary>();
    expect(summary.urgency).toBe('acute');
    expect(summary.waitingDays).toBe(3);
    const due = Date.parse(summary.deadline!.dueAt);
    expect(due).toBeGreaterThanOrEqual(before + 24 * 3_600_000 - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    const events = await rows<{ kind: string; details: { fields: string[] } }>(t.database.db, sql`SELECT kind, details FROM case_events WHERE case_id = ${caseId} AND kind = 'case.retriaged'`);
    expect(events[0]!.details.fields.sort()).toEqual(['contexts', 'urgency']);
    expect((await lead.post(`/api/cases/${caseId}/retriage`, { version: 2, urgency: 'someday' })).statusCode).toBe(400);
  });
});

describe('deadlines on the home page', () => {
  it('shows missed first contacts to the lead of the team, and not to a caseworker outside the case', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const { agent: caseworker } = await staffIn(t, 'caseworker');
    const late = await openCase(lead, { urgency: 'high', receivedAt: daysAgo(20) });
    await openCase(lead, { urgency: 'normal' });
    const deadlines = (await lead.get('/api/cases/deadlines')).json<{ cases: Summary[] }>().cases;
    expect(deadlines.map((c) => [c.id, c.deadline?.state])).toEqual([[late.caseId, 'missed']]);
    expect((await caseworker.get('/api/cases/deadlines')).json<{ cases: unknown[] }>().cases).toEqual([]);
  });
});
