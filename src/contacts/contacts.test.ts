// The shared registration form: hotline calls, registration after a chat, validation against the
// centre's taxonomy, and repeat callers found by keyed hash only.
import { describe, expect, it } from 'vitest';
import { childJoins, openChatService, StaffClient } from '../chat/chat.test-support.js';
import { makeUser, signedIn, useTestApp } from '../../test/support/app.js';
import { contactRegistrations } from './contacts.tables.js';
import { normalisePhone } from './contacts.service.js';

const t = useTestApp();

const call = {
  callerRole: 'bystander',
  anonymous: true,
  ageBand: '25_64',
  gender: 'female',
  relationToChild: 'friend_or_neighbour',
  themes: ['child_abuse', 'partner_violence'],
  violenceForms: ['physical'],
  urgency: 'urgent',
  advice: 'Uitgelegd hoe een melding bij het VK verloopt.',
  referral: 'vk',
};

const hotlineCounsellor = async (centre = 'hotline-1712') => StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', centre));

describe('logging a 1712 call', () => {
  it('registers a call and shows it under the form', async () => {
    const staff = await hotlineCounsellor();
    const res = await staff.post('/api/hotline/calls', { ...call, durationMinutes: 12 });
    expect(res.statusCode).toBe(201);
    const recent = (await staff.get('/api/hotline/calls/recent')).json<{ contacts: { id: string; themes: string[]; channel: string }[] }>().contacts;
    expect(recent).toEqual([expect.objectContaining({ id: res.json<{ id: string }>().id, themes: ['child_abuse', 'partner_violence'], channel: 'phone' })]);
  });

  it('names every problem at once: unknown taxonomy codes and an adult "child"', async () => {
    const staff = await hotlineCounsellor();
    const res = await staff.request({ method: 'POST', url: '/api/hotline/calls', payload: { ...call, callerRole: 'child', themes: ['child_abuse', 'aliens'], violenceForms: ['telepathy'], referral: 'nowhere' }, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ fields: { path: string; message: string }[] }>().fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['ageBand', 'referral', 'themes.1', 'violenceForms.0']);
    expect(fields.find((f) => f.path === 'ageBand')?.message).toContain('under 18');
    const missing = await staff.post('/api/hotline/calls', { ...call, themes: [], urgency: undefined });
    expect(missing.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['themes', 'urgency']);
    expect(await t.database.db.select().from(contactRegistrations)).toEqual([]);
  });

  it('refuses staff without hotline:log', async () => {
    for (const role of ['caseworker', 'analyst', 'admin'] as const) {
      const { agent } = await signedIn(t, role, 'hotline-1712');
      expect((await agent.post('/api/hotline/calls', call)).statusCode).toBe(403);
    }
  });
});

describe('repeat callers', () => {
  it('finds earlier calls by the same number written differently, storing only a keyed hash', async () => {
    const staff = await hotlineCounsellor();
    await staff.post('/api/hotline/calls', { ...call, repeat: { phone: '+32 470 12 34 56' } });
    await staff.post('/api/hotline/calls', { ...call, themes: ['elder_abuse'], repeat: { code: 'Zonnebloem' } });
    await staff.post('/api/hotline/calls', { ...call, themes: ['other'] });
    const lookup = (body: Record<string, string>) => staff.post('/api/hotline/repeat-lookup', body);
    const byPhone = (await lookup({ phone: '0470/12.34.56' })).json<{ contacts: { themes: string[] }[] }>().contacts;
    expect(byPhone.map((c) => c.themes)).toEqual([['child_abuse', 'partner_violence']]);
    expect((await lookup({ code: ' zonnebloem ' })).json().contacts).toHaveLength(1);
    // A code that happens to look like the number does not find the phone call (separate keys).
    expect((await lookup({ code: '0470123456' })).json().contacts).toEqual([]);
    expect((await lookup({})).statusCode).toBe(400);
    const stored = await t.database.db.select({ repeatKey: contactRegistrations.repeatKey }).from(contactRegistrations);
    expect(stored.filter((s) => s.repeatKey !== null).every((s) => /^[0-9a-f]{64}$/.test(s.repeatKey!))).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/470|zonnebloem/i);
    // Another centre's counsellor finds nothing with the same number.
    const elsewhere = await hotlineCounsellor('vk-limburg');
    expect((await elsewhere.post('/api/hotline/repeat-lookup', { phone: '0470123456' })).json().contacts).toEqual([]);
  });

  it('reduces Belgian numbers to one form', () => {
    expect(['+32 470 12 34 56', '0032470123456', '0470 12 34 56', '0470/12.34.56'].map(normalisePhone)).toEqual(Array(4).fill('0470123456'));
  });
});

describe('taxonomy and chat registration', () => {
  it('lets a team lead replace a list; retired codes are refused from then on', async () => {
    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'hotline-1712'));
    const staff = await hotlineCounsellor();
    const res = await lead.post('/api/contacts/taxonomy', {
      kind: 'theme',
      terms: [
        { code: 'child_abuse', labelNl: 'Kindermishandeling', labelEn: 'Child abuse' },
        { code: 'cyberbullying', labelNl: 'Cyberpesten', labelEn: 'Cyberbullying' },
      ],
    });
    expect(res.statusCode).toBe(204);
    const taxonomy = (await staff.get('/api/contacts/taxonomy')).json<{ theme: { code: string }[]; referral: { code: string }[] }>();
    expect(taxonomy.theme.map((x) => x.code)).toEqual(['child_abuse', 'cyberbullying']);
    expect(taxonomy.referral.map((x) => x.code)).toContain('vk');
    expect((await staff.post('/api/hotline/calls', { ...call, themes: ['cyberbullying'] })).statusCode).toBe(201);
    expect((await staff.post('/api/hotline/calls', call)).json().fields[0].path).toBe('themes.1');
    expect((await staff.post('/api/contacts/taxonomy', { kind: 'theme', terms: [{ code: 'x', labelNl: 'x', labelEn: 'x' }] })).statusCode).toBe(403);
  });

  it('registers a chat once, by the counsellor who had it, with its time and duration', async () => {
    await openChatService(t.database.db);
    await childJoins(t.app);
    const staff = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
    await staff.available();
    const { conversationId } = (await staff.post('/api/console/take-next')).json<{ conversationId: string }>();
    await staff.post(`/api/console/conversations/${conversationId}/end`);
    const form = { ...call, callerRole: 'child', ageBand: '12_14', relationToChild: 'self' };
    const other = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
    expect((await other.post(`/api/console/conversations/${conversationId}/registration`, form)).statusCode).toBe(404);
    expect((await staff.post(`/api/console/conversations/${conversationId}/registration`, form)).statusCode).toBe(201);
    const again = await staff.post(`/api/console/conversations/${conversationId}/registration`, form);
    expect(again.json().code).toBe('contact_already_registered');
    const state = (await staff.get('/api/console/state')).json<{ conversations: { id: string; registered: boolean }[] }>();
    expect(state.conversations).toEqual([expect.objectContaining({ id: conversationId, registered: true })]);
    const [row] = await t.database.db.select().from(contactRegistrations);
    expect(row).toMatchObject({ channel: 'chat', conversationId, durationMinutes: 1, registeredBy: staff.user.id });
  });
});
