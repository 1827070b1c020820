// Advice and consult against a real migrated database: registration with field errors, the
// workflow and its refusals, optimistic locking, follow-ups that fall due, centre isolation and
// the audit trail (without personal data).
import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
import { consultBody, dayFromToday, registerConsult, type ConsultJson } from './consult.fixtures.js';

const t = useTestApp();

interface ErrorJson { code: string; fields?: { path: string; message: string }[] }
const paths = (body: ErrorJson) => (body.fields ?? []).map((f) => f.path).sort();
const audits = (action: string) => rows<{ record_id: string; details: unknown }>(t.database.db, sql`SELECT record_id, details FROM audit_events WHERE action = ${action}`);

describe('registering a professional’s question', () => {
  it('stores a phone question, assigned to whoever registers it, with a reference to read out', async () => {
    const { user, agent } = await signedIn(t, 'caseworker');
    const created = await registerConsult(agent, { followUpOn: dayFromToday(3) });
    expect(created).toMatchObject({ status: 'new', urgency: 'normal', assignedTo: { id: user.id }, followUpState: 'soon', reportId: null, family: null, version: 1 });
    expect(created.reference).toMatch(/^AC-\d{4}-000001$/);
    const detail = (await agent.get(`/api/consult/requests/${created.id}`)).json<Record<string, unknown>>();
    expect(detail).toMatchObject({ channel: 'phone', sector: 'school_clb', professionalSector: 'school_clb', kindreflexStep: 'wellbeing', contact: { name: 'Els Wouters', role: 'leerkracht', phone: '03 123 45 67' }, contactPreference: 'phone' });
    const [createdEvent] = await audits('consult_request.create');
    expect(createdEvent!.record_id).toBe(created.id);
    expect((await audits('consult_request.read')).map((e) => e.record_id)).toEqual([created.id]);
    expect(JSON.stringify(createdEvent!.details)).not.toContain('Els');
  });

  it('keeps the names of a named family for the centre’s handlers only, and audits that read', async () => {
    const { agent } = await signedIn(t, 'counsellor');
    const family = { named: true, children: [{ firstName: 'Noor', lastName: 'Peeters', dateOfBirth: '2018-03-01' }], parents: [{ firstName: 'Sanne', lastName: 'Peeters' }] };
    const created = await registerConsult(agent, { family });
    expect(created.family).toEqual({ children: [{ firstName: 'Noor', lastName: 'Peeters', dateOfBirth: '2018-03-01' }], parents: [{ firstName: 'Sanne', lastName: 'Peeters' }] });
    const list = (await agent.get('/api/consult/requests')).body;
    expect(list).not.toContain('Noor');
    expect(JSON.stringify(await audits('consult_request.create'))).not.toContain('Peeters');
    const { agent: ghent } = await signedIn(t, 'caseworker', 'vk-oost-vlaanderen');
    expect((await ghent.get(`/api/consult/requests/${created.id}`)).statusCode).toBe(404);
    expect((await ghent.get('/api/consult/requests?view=all')).json<{ requests: unknown[] }>().requests).toEqual([]);
    const { agent: analyst } = await signedIn(t, 'analyst');
    expect((await analyst.get('/api/consult/requests')).statusCode).toBe(403);
    expect((await analyst.get(`/api/consult/requests/${created.id}`)).statusCode).toBe(403);
  });

  it('names every problem next to its field, and writes nothing', async () => {
    const { agent } = await signedIn(t, 'caseworker');
    const res = await agent.post('/api/consult/requests', consultBody({
      professional: { name: '', organisation: '' },
      question: '   ',
      family: { named: false, children: [{ firstName: 'Noor' }] },
      kindreflexStep: 'nonsense',
      followUpOn: dayFromToday(-1),
    }));
    expect(res.statusCode).toBe(400);
    expect(paths(res.json<ErrorJson>())).toEqual(['family.children.0.firstName', 'followUpOn', 'kindreflexStep', 'professional.name', 'question']);
    const named = await agent.post('/api/consult/requests', consultBody({ family: { named: true, children: [], parents: [{ firstName: 'Sanne' }] }, assignedTo: '00000000-0000-4000-8000-000000000000' }));
    expect(paths(named.json<ErrorJson>())).toEqual(['assignedTo', 'family.children.0.firstName']);
    const unknownField = await agent.post('/api/consult/requests', consultBody({ channel: 'kindreflex', extra: 1 }));
    expect(unknownField.statusCode).toBe(400);
    expect((await agent.get('/api/consult/requests?view=all')).json<{ requests: unknown[] }>().requests).toEqual([]);
  });
});

describe('the workflow', () => {
  it('goes new → in progress → advised → closed → reopened, and refuses what does not fit', async () => {
    const { user, agent } = await signedIn(t, 'caseworker');
    const created = await registerConsult(agent);
    const step = (version: number, change: string) => agent.post(`/api/consult/requests/${created.id}/status`, { version, change });

    const started = await step(1, 'start');
    expect(started.json<ConsultJson>()).toMatchObject({ status: 'in_progress', version: 2 });
    expect((await step(2, 'start')).json<ErrorJson>().code).toBe('consult_status_refused');
    expect((await step(2, 'reopen')).statusCode).toBe(409);

    const advised = await agent.post(`/api/consult/requests/${created.id}/advice`, { version: 2, text: 'Bespreek het met de CLB-medewerker; bel ons terug na het gesprek met mama.', followUpOn: dayFromToday(7) });
    expect(advised.statusCode).toBe(200);
    const afterAdvice = advised.json<ConsultJson>();
    expect(afterAdvice).toMatchObject({ status: 'advised', followUpOn: dayFromToday(7), version: 3 });
    expect(afterAdvice.advice).toEqual([{ id: expect.any(String), text: expect.stringContaining('CLB'), givenBy: { id: user.id, name: user.displayName }, givenAt: expect.any(String) }]);

    expect((await step(3, 'close')).json<ConsultJson>()).toMatchObject({ status: 'closed', followUpState: null });
    expect((await agent.post(`/api/consult/requests/${created.id}/advice`, { version: 4, text: 'Nog iets' })).json<ErrorJson>().code).toBe('consult_status_refused');
    expect((await step(4, 'close')).statusCode).toBe(409);
    expect((await step(4, 'reopen')).json<ConsultJson>()).toMatchObject({ status: 'in_progress', version: 5 });
    expect((await audits('consult_request.advise')).length).toBe(1);
    expect(JSON.stringify(await audits('consult_request.advise'))).not.toContain('CLB');
    expect((await audits('consult_request.reopen')).length).toBe(1);
  });

  it('answers a second save from an old version with a clear conflict', async () => {
    const { agent } = await signedIn(t, 'caseworker');
    const created = await registerConsult(agent);
    const first = await agent.post(`/api/consult/requests/${created.id}`, { version: 1, urgency: 'high' });
    expect(first.json<ConsultJson>()).toMatchObject({ urgency: 'high', version: 2 });
    const second = await agent.post(`/api/consult/requests/${created.id}`, { version: 1, urgency: 'acute' });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorJson>().code).toBe('conflict');
    const advice = await agent.post(`/api/consult/requests/${created.id}/advice`, { version: 1, text: 'Te laat' });
    expect(advice.statusCode).toBe(409);
    expect((await agent.get(`/api/consult/requests/${created.id}`)).json<ConsultJson>()).toMatchObject({ urgency: 'high', version: 2, advice: [] });
  });

  it('assigns to a colleague of the centre, never to someone of another centre', async () => {
    const { agent } = await signedIn(t, 'caseworker');
    const { user: colleague } = await signedIn(t, 'team_lead');
    const { user: elsewhere } = await signedIn(t, 'caseworker', 'vk-limburg');
    const created = await registerConsult(agent);
    const handlers = (await agent.get('/api/consult/handlers')).json<{ handlers: { id: string }[] }>().handlers.map((h) => h.id);
    expect(handlers).toContain(colleague.id);
    expect(handlers).not.toContain(elsewhere.id);
    const refused = await agent.post(`/api/consult/requests/${created.id}`, { version: 1, assignedTo: elsewhere.id });
    expect(paths(refused.json<ErrorJson>())).toEqual(['assignedTo']);
    const assigned = await agent.post(`/api/consult/requests/${created.id}`, { version: 1, assignedTo: colleague.id });
    expect(assigned.json<ConsultJson>().assignedTo).toMatchObject({ id: colleague.id });
  });
});

describe('follow-ups that fall due', () => {
  it('lists my missed, today’s and coming follow-ups on my home, and the centre’s due ones in the list', async () => {
    const { agent } = await signedIn(t, 'caseworker');
    const { agent: colleague } = await signedIn(t, 'caseworker');
    const today = await registerConsult(agent, { followUpOn: dayFromToday(0) });
    const soon = await registerConsult(agent, { followUpOn: dayFromToday(5), urgency: 'acute' });
    await registerConsult(agent, { followUpOn: dayFromToday(30) });
    const missed = await registerConsult(agent);
    // A follow-up date cannot be set in the past; this one passed while nobody acted on it.
    await t.database.db.execute(sql`UPDATE consult_requests SET follow_up_on = ${dayFromToday(-2)} WHERE id = ${missed.id}`);
    await registerConsult(colleague, { followUpOn: dayFromToday(-0) });

    const mine = (await agent.get('/api/consult/follow-ups')).json<{ followUps: { id: string; followUpState: string }[] }>().followUps;
    expect(mine.map((f) => [f.id, f.followUpState])).toEqual([[missed.id, 'overdue'], [today.id, 'today'], [soon.id, 'soon']]);

    const due = (await agent.get('/api/consult/requests?view=due')).json<{ requests: { id: string; followUpState: string }[] }>().requests;
    expect(due.map((r) => r.followUpState).sort()).toEqual(['overdue', 'today', 'today']);
    const urgent = (await agent.get('/api/consult/requests?view=mine&sort=urgent')).json<{ requests: { id: string }[] }>().requests;
    expect(urgent[0]!.id).toBe(soon.id);
    expect(urgent).toHaveLength(4);
    // Closing takes a request off the due lists.
    await agent.post(`/api/consult/requests/${missed.id}/status`, { version: 1, change: 'close' });
    expect((await agent.get('/api/consult/follow-ups')).json<{ followUps: unknown[] }>().followUps).toHaveLength(2);
  });
});
