// The public side: opening hours, rate limits, leaving, coming back with a code word, blocking.
import { randomUUID } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
import { childJoins, childSocket, FrameClient, nextAddress, openChatService, StaffClient, useChatTestApp } from './chat.test-support.js';
import { chatBlocks, chatConversations, chatMessages } from './chat.tables.js';

const t = useChatTestApp({ openService: false });

const start = (payload: Record<string, unknown>, remoteAddress = nextAddress()) => t.app.inject({ method: 'POST', url: '/api/chat/conversations', payload, remoteAddress });

describe('opening hours', () => {
  it('says when the chat is closed and when it opens again, and starts no chat meanwhile', async () => {
    // Closed today and every day but Monday morning.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    await openChatService(t.database.db, { openingHours: [{ weekday: 1, opens: '09:00', closes: '10:00' }], closedDates: [today] });
    const status = (await t.app.inject({ method: 'GET', url: '/api/chat/status' })).json<{ open: boolean; nextOpening: { weekday: number; time: string } }>();
    expect(status).toMatchObject({ open: false, nextOpening: { weekday: 1, time: '09:00' } });
    const refused = await start({});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('chat_closed');
    expect(await t.database.db.select().from(chatConversations)).toHaveLength(0);
  });

  it('tells a child how many wait and gives the quick-exit address, without any cookie', async () => {
    await openChatService(t.database.db, { quickExitUrl: 'https://www.vrt.be/vrtnws/nl/' });
    await childJoins(t.app);
    const res = await t.app.inject({ method: 'GET', url: '/api/chat/status' });
    expect(res.json()).toMatchObject({ open: true, waiting: 1, counsellorsOnline: false, expectedWaitMinutes: null, quickExitUrl: 'https://www.vrt.be/vrtnws/nl/' });
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('anonymity', () => {
  it('keeps no client address anywhere in the chat tables', async () => {
    await openChatService(t.database.db);
    const { token, socket } = await childJoins(t.app, { urgency: 2 }, '10.9.8.7');
    socket.send({ type: 'send', clientId: randomUUID(), body: 'Niemand mag dit weten.' });
    await socket.waitFor((f) => f.type === 'ack');
    await t.app.inject({ method: 'POST', url: '/api/chat/leave', payload: { token, reason: 'child_left' }, remoteAddress: '10.9.8.7' });
    const tables = await rows<{ tablename: string }>(t.database.db, sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    for (const { tablename } of tables) {
      const dump = JSON.stringify(await rows(t.database.db, sql.raw(`SELECT * FROM "${tablename}"`)));
      expect(dump, tablename).not.toContain('10.9.8.7');
      expect(dump, tablename).not.toContain(token);
    }
  });
});

describe('limits', () => {
  it('limits new chats per address and validates the pre-chat answers', async () => {
    await openChatService(t.database.db);
    const address = nextAddress();
    expect((await start({ ageBand: 'baby' }, address)).statusCode).toBe(400);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await start({ urgency: 1 }, address)).statusCode);
    expect(answers.filter((s) => s === 201).length).toBe(5);
    const limited = await start({}, address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    // Another address is not affected.
    expect((await start({})).statusCode).toBe(201);
  });
});

describe('leaving and coming back', () => {
  it('ends the chat on "Snel weg" and answers the same whether or not the token exists', async () => {
    await openChatService(t.database.db);
    const { token, socket } = await childJoins(t.app);
    const leave = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/chat/leave', payload: body });
    expect((await leave({ token, reason: 'quick_exit' })).statusCode).toBe(204);
    expect((await leave({ token: 'A'.repeat(43), reason: 'quick_exit' })).statusCode).toBe(204);
    const [row] = await t.database.db.select().from(chatConversations);
    expect(row).toMatchObject({ status: 'ended', endReason: 'quick_exit' });
    await socket.waitFor((f) => f.type === 'state' && f.status === 'ended');
    socket.send({ type: 'send', clientId: randomUUID(), body: 'nog iets' });
    await socket.waitFor((f) => f.type === 'error' && f.code === 'chat_ended');
  });

  it('brings a child back to the same chat with the code word, and shuts out the old browser', async () => {
    await openChatService(t.database.db);
    const { token, socket } = await childJoins(t.app);
    const clientId = randomUUID();
    socket.send({ type: 'send', clientId, body: 'Ik moet zo weg.' });
    await socket.waitFor((f) => f.type === 'ack');
    const codeWord = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/chat/code-word', payload: body, remoteAddress: nextAddress() });
    expect((await codeWord({ token, codeWord: 'kort' })).json().fields[0].path).toBe('codeWord');
    expect((await codeWord({ token, codeWord: 'Blauwe Fiets 7' })).statusCode).toBe(200);
    // Someone else cannot pick the same word while it is in use.
    const other = await childJoins(t.app);
    expect((await codeWord({ token: other.token, codeWord: 'blauwe  fiets 7' })).json().fields[0].path).toBe('codeWord');
    const [stored] = await t.database.db.select().from(chatConversations).where(isNotNull(chatConversations.codeWordHash));
    expect(stored!.codeWordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain('fiets');

    await t.app.inject({ method: 'POST', url: '/api/chat/leave', payload: { token, reason: 'child_left' } });
    const resume = (word: string) => t.app.inject({ method: 'POST', url: '/api/chat/resume', payload: { codeWord: word }, remoteAddress: nextAddress() });
    expect((await resume('rode fiets 7')).statusCode).toBe(404);
    const back = await resume('  BLAUWE fiets 7 ');
    expect(back.statusCode).toBe(200);
    const fresh = back.json<{ token: string }>().token;
    expect(fresh).not.toBe(token);
    const again = await childSocket(t.app, fresh, 0);
    await again.waitFor((f) => f.type === 'message' && f.clientId === clientId);
    expect(await again.waitFor((f) => f.type === 'state')).toMatchObject({ status: 'waiting' });
    await socket.waitClosed();
    const oldToken = new FrameClient(await t.app.injectWS('/api/chat/socket'));
    oldToken.send({ type: 'hello', token, after: 0 });
    expect((await oldToken.waitClosed()).code).toBe(4404);
    again.close();
  });

  it('blocks an abusive sender for a while, by token hash only', async () => {
    await openChatService(t.database.db, { blockHours: 24 });
    const { token, socket } = await childJoins(t.app);
    const staff = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
    await staff.available();
    const { conversationId } = (await staff.post('/api/console/take-next')).json<{ conversationId: string }>();
    const blocked = await staff.post(`/api/console/conversations/${conversationId}/block`);
    expect(blocked.statusCode).toBe(200);
    const until = new Date(blocked.json<{ blockedUntil: string }>().blockedUntil).getTime();
    expect(until - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await socket.waitFor((f) => f.type === 'state' && f.endReason === 'blocked');
    // The same browser cannot start again, nor reconnect.
    const retry = await start({ previousToken: token });
    expect(retry.statusCode).toBe(403);
    expect(retry.json().code).toBe('chat_blocked');
    const reconnect = new FrameClient(await t.app.injectWS('/api/chat/socket'));
    reconnect.send({ type: 'hello', token, after: 0 });
    expect((await reconnect.waitClosed()).code).toBe(4403);
    const [block] = await t.database.db.select().from(chatBlocks);
    expect(Object.keys(block!).sort()).toEqual(['blockedBy', 'centreId', 'createdAt', 'expiresAt', 'tokenHash']);
    expect(block!.tokenHash).not.toContain(token);
    expect(await t.database.db.select().from(chatMessages).where(eq(chatMessages.body, token))).toEqual([]);
  });
});
