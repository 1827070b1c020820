// The counsellor console: the queue's order, capacity, transfer, the risk flag and who may see what.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.tables.js';
import { makeUser, signedIn } from '../../test/support/app.js';
import { childJoins, StaffClient, useChatTestApp } from './chat.test-support.js';
import { chatConversations, chatNotes, chatRiskAlerts } from './chat.tables.js';

const t = useChatTestApp();

const counsellor = async () => StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
const takeNext = async (staff: StaffClient) => staff.post('/api/console/take-next');

describe('queue and capacity', () => {
  it('serves the most urgent first, then the longest waiting, and shows the child an honest position', async () => {
    const calm = await childJoins(t.app, { urgency: 0, ageBand: '12_14' });
    const first = await childJoins(t.app, { urgency: 1, topic: 'home' });
    const second = await childJoins(t.app, { urgency: 1, topic: 'online' });
    const urgent = await childJoins(t.app, { urgency: 2, topic: 'hurt' });
    // Nobody is online yet: no promise about the wait.
    expect(await urgent.socket.waitFor((f) => f.type === 'state')).toMatchObject({ status: 'waiting', position: 1, expectedWaitMinutes: null });
    expect(await calm.socket.waitFor((f) => f.type === 'state' && f.position === 4)).toMatchObject({ position: 4 });

    const staff = await counsellor();
    await staff.available(2);
    const queue = (await staff.get('/api/console/state')).json<{ queue: { urgency: number; topic: string }[] }>().queue;
    expect(queue.map((q) => [q.urgency, q.topic])).toEqual([
      [2, 'hurt'],
      [1, 'home'],
      [1, 'online'],
      [0, null],
    ]);
    // With two free places the first two waiting children are "about to be helped".
    await first.socket.waitFor((f) => f.type === 'state' && f.expectedWaitMinutes === 1);

    expect((await takeNext(staff)).statusCode).toBe(200);
    await urgent.socket.waitFor((f) => f.type === 'state' && f.status === 'active' && typeof f.counsellor === 'string');
    expect((await takeNext(staff)).statusCode).toBe(200);
    await first.socket.waitFor((f) => f.type === 'state' && f.status === 'active');
    // Capacity 2 reached: the third is refused, and the rest moved up.
    const full = await takeNext(staff);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('chat_capacity_full');
    await second.socket.waitFor((f) => f.type === 'state' && f.position === 1 && (f.expectedWaitMinutes as number) >= 5);
  });

  it('never gives one child to two counsellors who click at the same time', async () => {
    await childJoins(t.app);
    const [a, b] = await Promise.all([counsellor(), counsellor()]);
    await a.available();
    await b.available();
    const results = await Promise.all([takeNext(a), takeNext(b)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const active = await t.database.db.select().from(chatConversations).where(eq(chatConversations.status, 'active'));
    expect(active).toHaveLength(1);
  });
});

describe('transfer, notes and risk', () => {
  it('hands a chat to a colleague with a note; the child sees the new counsellor and nothing else', async () => {
    const child = await childJoins(t.app);
    const [from, to] = [await counsellor(), await counsellor()];
    await from.available();
    await to.available(1);
    const { conversationId } = (await takeNext(from)).json<{ conversationId: string }>();
    const toSocket = await to.socket();
    const colleagues = (await from.get('/api/console/colleagues')).json<{ colleagues: { id: string; freeSlots: number }[] }>().colleagues;
    expect(colleagues).toEqual([{ id: to.user.id, displayName: expect.any(String) as string, freeSlots: 1 }]);

    const res = await from.post(`/api/console/conversations/${conversationId}/transfer`, { toUserId: to.user.id, note: 'Meisje, 13, wil over thuis praten.' });
    expect(res.statusCode).toBe(204);
    await toSocket.waitFor((f) => f.type === 'message' && f.conversationId === conversationId && f.body === 'transferred');
    const notes = (await to.get(`/api/console/conversations/${conversationId}/notes`)).json<{ notes: { kind: string; body: string }[] }>().notes;
    expect(notes).toEqual([expect.objectContaining({ kind: 'transfer', body: 'Meisje, 13, wil over thuis praten.' })]);
    // The first counsellor no longer has it; the child's socket never carries the note.
    expect((await from.get(`/api/console/conversations/${conversationId}/transcript`)).statusCode).toBe(404);
    await child.socket.waitFor((f) => f.type === 'message' && f.body === 'transferred');
    expect(JSON.stringify(child.socket.frames)).not.toContain('Meisje, 13');
    // The colleague is now full: a second transfer to them is refused.
    await childJoins(t.app);
    const other = (await takeNext(from)).json<{ conversationId: string }>().conversationId;
    expect((await from.post(`/api/console/conversations/${other}/transfer`, { toUserId: to.user.id, note: 'x' })).json().code).toBe('chat_colleague_full');
    toSocket.close();
  });

  it('alerts a supervisor at once when a child is in acute danger, and records what was done', async () => {
    await childJoins(t.app);
    const staff = await counsellor();
    await staff.available();
    const { conversationId } = (await takeNext(staff)).json<{ conversationId: string }>();
    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'chat-minderjarigen'));
    const watch = await lead.socket('/api/console/supervise/socket');

    const raised = await staff.post(`/api/console/conversations/${conversationId}/risk`, { note: 'Zegt dat papa nu dronken thuiskomt.' });
    expect(raised.statusCode).toBe(201);
    const { alertId } = raised.json<{ alertId: string }>();
    await watch.waitFor((f) => f.type === 'alert' && f.alertId === alertId);
    const open = (await lead.get('/api/console/supervise/alerts')).json<{ alerts: { id: string; conversationId: string }[] }>().alerts;
    expect(open).toEqual([expect.objectContaining({ id: alertId, conversationId })]);

    expect((await lead.post(`/api/console/supervise/alerts/${alertId}/action`, { action: 'called_112', note: 'Politie ter plaatse.' })).statusCode).toBe(204);
    const [alert] = await t.database.db.select().from(chatRiskAlerts).where(eq(chatRiskAlerts.id, alertId));
    expect(alert).toMatchObject({ handledBy: lead.user.id, action: 'called_112' });
    expect((await lead.get('/api/console/supervise/alerts')).json().alerts).toEqual([]);
    // Handling it twice is not possible; both steps are in the audit trail.
    expect((await lead.post(`/api/console/supervise/alerts/${alertId}/action`, { action: 'other' })).statusCode).toBe(404);
    const actions = (await t.database.db.select().from(auditEvents)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['chat.risk_flag', 'chat.risk_action']));
    const [note] = await t.database.db.select().from(chatNotes).where(eq(chatNotes.kind, 'risk'));
    expect(note?.body).toContain('dronken');
    const overview = (await lead.get('/api/console/supervise/overview')).json<{ pairs: { id: string; counsellorId: string; riskLevel: string }[] }>();
    expect(overview.pairs).toEqual([expect.objectContaining({ id: conversationId, counsellorId: staff.user.id, riskLevel: 'acute' })]);
    watch.close();
  });
});

describe('who sees chats', () => {
  it('shows chats to counsellors of the chat service only; a caseworker and an analyst are refused', async () => {
    await childJoins(t.app, { topic: 'home' });
    const chatCounsellor = await counsellor();
    expect((await chatCounsellor.get('/api/console/state')).json().queue).toHaveLength(1);
    // A counsellor of another centre (a VK) sees no chat of the chat service.
    const vkCounsellor = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'vk-antwerpen'));
    expect((await vkCounsellor.get('/api/console/state')).json().queue).toEqual([]);
    await vkCounsellor.available();
    expect((await takeNext(vkCounsellor)).json().code).toBe('chat_queue_empty');
    const [waiting] = await t.database.db.select().from(chatConversations);
    expect((await vkCounsellor.get(`/api/console/conversations/${waiting!.id}/transcript`)).statusCode).toBe(404);
    for (const role of ['caseworker', 'analyst'] as const) {
      const { agent } = await signedIn(t, role, 'chat-minderjarigen');
      expect((await agent.get('/api/console/state')).statusCode).toBe(403);
      expect((await agent.get('/api/console/supervise/overview')).statusCode).toBe(403);
    }
  });

  it('lets team leads edit canned responses and counsellors only use them', async () => {
    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'chat-minderjarigen'));
    const created = await lead.post('/api/console/supervise/canned', { title: 'Welkom', body: 'Fijn dat je er bent. Waarover wil je praten?' });
    expect(created.statusCode).toBe(201);
    const staff = await counsellor();
    expect((await staff.get('/api/console/canned')).json().responses).toEqual([expect.objectContaining({ title: 'Welkom' })]);
    expect((await staff.post('/api/console/supervise/canned', { title: 'x', body: 'y' })).statusCode).toBe(403);
    const { id } = created.json<{ id: string }>();
    expect((await lead.post(`/api/console/supervise/canned/${id}`, { title: 'Welkom!', body: 'Fijn dat je er bent.', sort: 1 })).statusCode).toBe(204);
    expect((await lead.post(`/api/console/supervise/canned/${id}/delete`)).statusCode).toBe(204);
    expect((await staff.get('/api/console/canned')).json().responses).toEqual([]);
  });
});
