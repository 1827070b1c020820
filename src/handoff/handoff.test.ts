// Handing a chat or a 1712 call on to a VK (as an intake report) or a CAW: consent recorded, the
// transcript copied only with the child's consent, once only, and only by whoever registered it.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.tables.js';
import { caseReportTranscripts } from '../cases/intake/intake.tables.js';
import { StaffClient, useChatTestApp } from '../chat/chat.test-support.js';
import { registeredChat } from './handoff.test-support.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { partners } from '../partners/partners.tables.js';
import { makeUser, signedIn } from '../../test/support/app.js';
import { contactHandoffs } from './handoff.tables.js';

const t = useChatTestApp();

const withConsent = { target: 'vk', province: 'antwerpen', summary: 'Meisje (13) vertelt dat papa haar slaat als hij gedronken heeft.', consent: true, consentBy: 'child' };

describe('hand-off of a chat to a VK', () => {
  it('with consent: the VK receives a prefilled report and, with separate consent, the transcript', async () => {
    const { staff, contactId } = await registeredChat(t.app, t.database);
    const res = await staff.post(`/api/contacts/${contactId}/handoffs`, { ...withConsent, transcript: true });
    expect(res.statusCode).toBe(201);
    const handoff = res.json<{ reportId: string; recipientName: string; transcriptShared: boolean; legalBasis: string }>();
    expect(handoff).toMatchObject({ recipientName: 'VK Antwerpen', transcriptShared: true, legalBasis: 'consent', consentBy: 'child' });

    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'vk-antwerpen'));
    const triage = (await lead.get('/api/cases/reports')).json<{ reports: { id: string; source: string; concern: string; problemCategory: string; forms: string[]; urgency: string; hasTranscript: boolean }[] }>().reports;
    expect(triage).toEqual([expect.objectContaining({ id: handoff.reportId, source: 'chat', problemCategory: 'physical_abuse_neglect', forms: ['physical_violence'], urgency: 'high', hasTranscript: true })]);
    expect(triage[0]!.concern).toContain('papa haar slaat');
    expect(triage[0]!.concern).toContain('12–14 jaar');
    expect(triage[0]!.concern).toContain('Het gesprek zelf mag mee: ja');
    const transcript = await lead.get(`/api/cases/reports/${handoff.reportId}/transcript`);
    expect(transcript.json()).toMatchObject({ consentBy: 'child', lines: [{ from: 'child', body: 'Papa slaat me als hij gedronken heeft.' }] });

    // The counsellor's centre is not the VK: the report is the VK's now, invisible to the chat.
    expect((await staff.get(`/api/cases/reports/${handoff.reportId}`)).statusCode).toBe(403);
    // Another VK does not see it either.
    const elsewhere = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'vk-limburg'));
    expect((await elsewhere.get('/api/cases/reports')).json().reports).toEqual([]);
    expect((await elsewhere.get(`/api/cases/reports/${handoff.reportId}/transcript`)).statusCode).toBe(404);

    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'contact.handoff'));
    expect(event!.details).toMatchObject({ target: 'vk', legalBasis: 'consent', transcript: true });
    expect(JSON.stringify(event!.details)).not.toContain('slaat');
  });

  it('with consent to the hand-off but not to the transcript: nothing of the conversation leaves the chat', async () => {
    const { staff, contactId } = await registeredChat(t.app, t.database);
    const handoff = (await staff.post(`/api/contacts/${contactId}/handoffs`, { ...withConsent, transcript: false })).json<{ reportId: string }>();
    expect(await t.database.db.select().from(caseReportTranscripts)).toEqual([]);
    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'vk-antwerpen'));
    const [report] = (await lead.get('/api/cases/reports')).json<{ reports: { concern: string; hasTranscript: boolean }[] }>().reports;
    expect(report!.hasTranscript).toBe(false);
    expect(report!.concern).not.toContain('Papa slaat me');
    expect((await lead.get(`/api/cases/reports/${handoff.reportId}/transcript`)).statusCode).toBe(404);
  });

  it('without consent: needs a legal basis and a reason, and never takes the transcript', async () => {
    const { staff, contactId } = await registeredChat(t.app, t.database);
    const bad = await staff.request({ method: 'POST', url: `/api/contacts/${contactId}/handoffs`, payload: { target: 'vk', province: 'antwerpen', summary: 'x', consent: false, transcript: true }, headers: { 'accept-language': 'en' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['basisReason', 'legalBasis', 'transcript']);
    const res = await staff.post(`/api/contacts/${contactId}/handoffs`, { target: 'vk', province: 'antwerpen', summary: 'Acuut gevaar.', consent: false, legalBasis: '458bis_a', basisReason: 'Het kind durft niet naar huis en wil niets laten doorgeven.' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ consent: false, consentBy: null, transcriptShared: false, legalBasis: '458bis_a' });
    expect(await t.database.db.select().from(caseReportTranscripts)).toEqual([]);
  });

  it('asks the transcript question explicitly and names every missing answer', async () => {
    const { staff, contactId } = await registeredChat(t.app, t.database);
    const res = await staff.post(`/api/contacts/${contactId}/handoffs`, { target: 'vk', summary: 'x', consent: true });
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['consentBy', 'province', 'transcript']);
    const schema = await staff.post(`/api/contacts/${contactId}/handoffs`, { target: 'vk', province: 'atlantis', summary: '', consent: 'yes' });
    expect(schema.statusCode).toBe(400);
    expect(schema.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['consent', 'province', 'summary']);
    const unanswered = await staff.post(`/api/contacts/${contactId}/handoffs`, { summary: 'x' });
    expect(unanswered.json<{ fields: { path: string; message: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['consent', 'target']);
    expect(await t.database.db.select().from(contactHandoffs)).toEqual([]);
  });

  it('refuses a second hand-off clearly, and lets only the counsellor who registered it hand it off', async () => {
    const { staff, contactId } = await registeredChat(t.app, t.database);
    const colleague = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
    expect((await colleague.post(`/api/contacts/${contactId}/handoffs`, { ...withConsent, transcript: false })).statusCode).toBe(404);
    expect((await colleague.get(`/api/contacts/${contactId}/handoffs`)).statusCode).toBe(404);
    const { agent } = await signedIn(t, 'caseworker', 'chat-minderjarigen');
    expect((await agent.post(`/api/contacts/${contactId}/handoffs`, { ...withConsent, transcript: false })).statusCode).toBe(403);
    expect((await staff.post(`/api/contacts/${randomUUID()}/handoffs`, { ...withConsent, transcript: false })).statusCode).toBe(404);

    expect((await staff.post(`/api/contacts/${contactId}/handoffs`, { ...withConsent, transcript: false })).statusCode).toBe(201);
    const again = await staff.request({ method: 'POST', url: `/api/contacts/${contactId}/handoffs`, payload: { ...withConsent, province: 'limburg', transcript: false }, headers: { 'accept-language': 'en' } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'handoff_already_done', message: expect.stringContaining('VK Antwerpen') });
    expect(await t.database.db.select().from(contactHandoffs)).toHaveLength(1);
    expect((await staff.get(`/api/contacts/${contactId}/handoffs`)).json().handoffs).toEqual([expect.objectContaining({ recipientName: 'VK Antwerpen' })]);
  });
});

describe('hand-off of a 1712 call', () => {
  const call = { callerRole: 'parent', anonymous: false, ageBand: '25_64', gender: 'male', relationToChild: 'parent', themes: ['partner_violence', 'separation_problems'], violenceForms: ['emotional'], urgency: 'not_urgent', advice: '', referral: 'vk' };

  it('to a VK with the caller’s consent: source hotline, no transcript possible', async () => {
    const staff = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'hotline-1712'));
    const { id } = (await staff.post('/api/hotline/calls', call)).json<{ id: string }>();
    const phoneTranscript = await staff.post(`/api/contacts/${id}/handoffs`, { target: 'vk', province: 'limburg', summary: 'Vader maakt zich zorgen.', consent: true, consentBy: 'caller', transcript: true });
    expect(phoneTranscript.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['transcript']);
    const res = await staff.post(`/api/contacts/${id}/handoffs`, { target: 'vk', province: 'limburg', summary: 'Vader maakt zich zorgen over de kinderen na de scheiding.', consent: true, consentBy: 'caller' });
    expect(res.statusCode).toBe(201);
    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'vk-limburg'));
    const [report] = (await lead.get('/api/cases/reports')).json<{ reports: { source: string; problemCategory: string; forms: string[]; contexts: string[]; urgency: string }[] }>().reports;
    expect(report).toMatchObject({ source: 'hotline', problemCategory: 'emotional_abuse_neglect', urgency: 'normal' });
    expect(report!.forms.sort()).toEqual(['emotional_violence', 'witnessing_violence']);
    expect(report!.contexts.sort()).toEqual(['high_conflict_divorce', 'intrafamily_violence']);
  });

  it('to a CAW from the directory, only with consent', async () => {
    await seedPartnerDirectory(t.database.db);
    const [caw] = await t.database.db.select().from(partners).where(eq(partners.kind, 'caw')).limit(1);
    const [other] = await t.database.db.select().from(partners).where(eq(partners.kind, 'police')).limit(1);
    const staff = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'hotline-1712'));
    const { id } = (await staff.post('/api/hotline/calls', { ...call, callerRole: 'victim', relationToChild: 'none', themes: ['violence_against_adults'] })).json<{ id: string }>();
    const noConsent = await staff.post(`/api/contacts/${id}/handoffs`, { target: 'caw', partnerId: caw!.id, summary: 'x', consent: false, legalBasis: 'state_of_necessity', basisReason: 'x' });
    expect(noConsent.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['consent']);
    if (other) expect((await staff.post(`/api/contacts/${id}/handoffs`, { target: 'caw', partnerId: other.id, summary: 'x', consent: true, consentBy: 'caller' })).json().fields[0].path).toBe('partnerId');
    const res = await staff.post(`/api/contacts/${id}/handoffs`, { target: 'caw', partnerId: caw!.id, summary: 'Vrouw wil hulp bij geweld door partner.', consent: true, consentBy: 'caller' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ target: 'caw', partnerId: caw!.id, recipientName: caw!.name, reportId: null, legalBasis: 'consent' });
  });
});
