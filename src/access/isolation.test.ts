// A user of one centre can neither read nor list another centre's records, and what they may not
// see answers 404 (not 403), so its existence is not revealed either.
import { describe, expect, it } from 'vitest';
import { centreId, makeUser, signedIn, useTestApp } from '../../test/support/app.js';

const t = useTestApp();

describe('cross-centre isolation', () => {
  it('lists only the own centre’s accounts', async () => {
    const { agent } = await signedIn(t, 'admin', 'vk-antwerpen');
    const other = await makeUser(t.database, 'caseworker', 'vk-limburg');
    const res = await agent.get('/api/admin/users');
    const emails = res.json<{ users: { email: string; centre: { code: string } }[] }>().users;
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((u) => u.centre.code === 'vk-antwerpen')).toBe(true);
    expect(emails.map((u) => u.email)).not.toContain(other.email);
    const centres = (await agent.get('/api/admin/centres')).json<{ centres: { code: string }[] }>().centres;
    expect(centres.map((c) => c.code)).toEqual(['vk-antwerpen']);
  });

  it('answers 404 for another centre’s account, exactly as for none at all', async () => {
    const { agent } = await signedIn(t, 'admin', 'vk-antwerpen');
    const other = await makeUser(t.database, 'caseworker', 'vk-limburg');
    const foreign = await agent.post(`/api/admin/users/${other.id}/disable`);
    const missing = await agent.post('/api/admin/users/00000000-0000-4000-8000-000000000000/disable');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect((await agent.post(`/api/admin/users/${other.id}/reset-mfa`)).statusCode).toBe(404);
  });

  it('refuses to create an account in another centre', async () => {
    const { agent } = await signedIn(t, 'admin', 'vk-antwerpen');
    const limburg = await centreId(t.database, 'vk-limburg');
    const res = await agent.post('/api/admin/users', { email: 'new@x.be', displayName: 'New', role: 'caseworker', centreId: limburg, teamIds: [], password: 'a long enough passphrase' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields[0].path).toBe('centreId');
  });

  it('shows a DPO only the audit trail of their own centre', async () => {
    const { agent: limburgAdmin } = await signedIn(t, 'admin', 'vk-limburg');
    await limburgAdmin.get('/api/admin/users');
    const { agent: dpo, user: dpoUser } = await signedIn(t, 'dpo', 'vk-antwerpen');
    const events = (await dpo.get('/api/audit/events')).json<{ events: { action: string; actor: { email: string } | null }[] }>().events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => e.actor?.email.includes('vk-limburg'))).toBe(false);
    expect(events.some((e) => e.actor?.email === dpoUser.email)).toBe(true);
  });
});
