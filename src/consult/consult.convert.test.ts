// Converting a consult into a report when the family becomes known: exactly one report, made
// through the intake service, linked both ways, the professional as the protected reporter; a
// second conversion is refused. A request from the public guide joins the same list and workflow.
import { describe, expect, it } from 'vitest';
import { Agent, signedIn, useTestApp } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
import { loadGuideCatalogue } from '../kindreflex/guide-catalogue.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { registerConsult, type ConsultJson } from './consult.fixtures.js';

const t = useTestApp();

const count = async (table: string) => Number((await rows<{ n: string }>(t.database.db, sql.raw(`SELECT count(*) AS n FROM ${table}`)))[0]!.n);
const family = { named: true, children: [{ firstName: 'Noor', lastName: 'Peeters', dateOfBirth: '2018-03-01' }], parents: [{ firstName: 'Sanne', lastName: 'Peeters' }] };
const convertBody = (version: number) => ({ version, problemCategory: 'emotional_abuse_neglect' });

describe('converting to a report', () => {
  it('creates exactly one report, prefilled and linked both ways, and refuses a second conversion', async () => {
    const { user, agent } = await signedIn(t, 'caseworker');
    const consult = await registerConsult(agent, { family, urgency: 'high' });
    const res = await agent.post(`/api/consult/requests/${consult.id}/convert`, convertBody(1));
    expect(res.statusCode).toBe(201);
    const { reportId, consult: after } = res.json<{ reportId: string; consult: ConsultJson }>();
    expect(after).toMatchObject({ reportId, status: 'closed', version: 2 });

    const report = (await agent.get(`/api/cases/reports/${reportId}`)).json<Record<string, unknown>>();
    expect(report).toMatchObject({ source: 'professional', urgency: 'high', problemCategory: 'emotional_abuse_neglect', consultRequestId: consult.id, outcome: null, registeredBy: { id: user.id } });
    expect(report.concern).toContain('honger');
    expect(report.concern).toContain('Sanne Peeters');
    expect(report.concern).toContain(consult.reference);
    expect((report.children as { firstName: string }[]).map((c) => c.firstName)).toEqual(['Noor']);
    // The professional is the reporter: behind the reporter's own audited route, not in the report.
    expect(JSON.stringify(report)).not.toContain('Els Wouters');
    const reporter = (await agent.get(`/api/cases/reports/${reportId}/reporter`)).json<Record<string, unknown>>();
    expect(reporter).toMatchObject({ anonymous: false, name: 'Els Wouters', organisation: 'Basisschool De Linde', profession: 'leerkracht', wantsFeedback: true });

    const again = await agent.post(`/api/consult/requests/${consult.id}/convert`, convertBody(2));
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('consult_already_converted');
    expect(await count('case_reports')).toBe(1);
    const events = await rows<{ details: unknown }>(t.database.db, sql`SELECT details FROM audit_events WHERE action = 'consult_request.convert'`);
    expect(events.map((e) => e.details)).toEqual([{ reportId }]);
  });

  it('needs a named family and a valid classification, and leaves nothing behind when refused', async () => {
    const { agent } = await signedIn(t, 'team_lead');
    const anonymous = await registerConsult(agent);
    const refused = await agent.post(`/api/consult/requests/${anonymous.id}/convert`, convertBody(1));
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['family']);
    const named = await registerConsult(agent, { family });
    const badCategory = await agent.post(`/api/consult/requests/${named.id}/convert`, { version: 1, problemCategory: 'no_such_category' });
    expect(badCategory.statusCode).toBe(400);
    expect(badCategory.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['problemCategory']);
    expect((await agent.post(`/api/consult/requests/${named.id}/convert`, convertBody(7))).statusCode).toBe(409);
    expect(await count('case_reports')).toBe(0);
    expect((await agent.get(`/api/consult/requests/${named.id}`)).json<ConsultJson>()).toMatchObject({ reportId: null, version: 1, status: 'new' });
  });

  it('is refused for a counsellor (no case intake) and answers 404 for another centre', async () => {
    const { agent } = await signedIn(t, 'caseworker');
    const consult = await registerConsult(agent, { family });
    const { agent: counsellor } = await signedIn(t, 'counsellor');
    expect((await counsellor.post(`/api/consult/requests/${consult.id}/convert`, convertBody(1))).statusCode).toBe(403);
    const { agent: limburg } = await signedIn(t, 'caseworker', 'vk-limburg');
    expect((await limburg.post(`/api/consult/requests/${consult.id}/convert`, convertBody(1))).statusCode).toBe(404);
    expect((await limburg.post(`/api/consult/requests/${consult.id}/status`, { version: 1, change: 'start' })).statusCode).toBe(404);
    expect((await limburg.post(`/api/consult/requests/${consult.id}/advice`, { version: 1, text: 'x' })).statusCode).toBe(404);
    expect(await count('case_reports')).toBe(0);
  });
});

describe('a request from the Kindreflex guide', () => {
  it('lands in the same list and follows the same workflow', async () => {
    const version = loadGuideCatalogue().get('ggz')!.version;
    await seedOrganisation(t.database.db);
    const sent = await new Agent(t.app).post('/api/kindreflex/consult-requests', {
      sector: 'ggz',
      contentVersion: version,
      outcome: 'consult_vk',
      province: 'antwerpen',
      shared: { question: 'Hoe bespreek ik dit met de ouder?' },
      contactPreference: 'phone',
      contact: { phone: '03 111 22 33', organisation: 'CGG Noord' },
    });
    expect(sent.statusCode).toBe(201);
    const { user, agent } = await signedIn(t, 'caseworker');
    const own = await registerConsult(agent);
    const listed = (await agent.get('/api/consult/requests')).json<{ requests: { id: string; channel: string; professionalSector: string; assignedTo: unknown }[] }>().requests;
    expect(listed.map((r) => r.channel).sort()).toEqual(['kindreflex', 'phone']);
    const fromGuide = listed.find((r) => r.channel === 'kindreflex')!;
    expect(fromGuide).toMatchObject({ professionalSector: 'mental_health', assignedTo: null });
    expect(listed.some((r) => r.id === own.id)).toBe(true);
    // Taking it on assigns it to whoever starts; assigning keeps working without a question of its own.
    const started = await agent.post(`/api/consult/requests/${fromGuide.id}/status`, { version: 1, change: 'start' });
    expect(started.json<ConsultJson>()).toMatchObject({ status: 'in_progress', assignedTo: { id: user.id } });
    const stepped = await agent.post(`/api/consult/requests/${fromGuide.id}`, { version: 2, kindreflexStep: 'concern' });
    expect(stepped.statusCode).toBe(200);
    const advised = await agent.post(`/api/consult/requests/${fromGuide.id}/advice`, { version: 3, text: 'Teruggebeld: gesprek met de ouder voorbereid.' });
    expect(advised.json<ConsultJson>()).toMatchObject({ status: 'advised' });
  });
});
