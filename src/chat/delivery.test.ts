// Reliable delivery: a message is stored before it is acknowledged, a resend is a no-op, a
// reconnect resumes after the last sequence number the browser had, nothing arrives twice or out
// of order, and delivered/read marks reach the other side.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser } from '../../test/support/app.js';
import { childJoins, childSocket, StaffClient, type FrameClient, useChatTestApp } from './chat.test-support.js';
import { chatConversations, chatMessages } from './chat.tables.js';

const t = useChatTestApp();

async function counsellorWithChat(): Promise<{ counsellor: StaffClient; console: FrameClient; child: FrameClient; token: string; conversationId: string }> {
  const counsellor = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
  await counsellor.available();
  const { token, socket: child } = await childJoins(t.app, { urgency: 1 });
  const consoleSocket = await counsellor.socket();
  const taken = await counsellor.post('/api/console/take-next');
  expect(taken.statusCode).toBe(200);
  const conversationId = taken.json<{ conversationId: string }>().conversationId;
  await child.waitFor((f) => f.type === 'state' && f.status === 'active');
  return { counsellor, console: consoleSocket, child, token, conversationId };
}

const bodies = (frames: Record<string, unknown>[]) => frames.filter((f) => f.from !== 'system').map((f) => f.body);

describe('child messages', () => {
  it('stores a message before acknowledging it and treats a resend as the same message', async () => {
    const { token, socket } = await childJoins(t.app);
    const clientId = randomUUID();
    socket.send({ type: 'send', clientId, body: 'Hallo, is daar iemand?' });
    const first = await socket.waitFor((f) => f.type === 'ack' && f.clientId === clientId);
    const stored = await t.database.db.select().from(chatMessages);
    expect(stored.map((m) => [m.clientId, m.seq, m.sender])).toEqual([[clientId, first.seq, 'child']]);

    // The browser did not hear the ack (a network drop) and resends on a new socket.
    socket.close();
    const again = await childSocket(t.app, token, 0);
    again.send({ type: 'send', clientId, body: 'Hallo, is daar iemand?' });
    const second = await again.waitFor((f) => f.type === 'ack' && f.clientId === clientId);
    expect(second.seq).toBe(first.seq);
    expect(await t.database.db.select().from(chatMessages)).toHaveLength(1);
    // The resumed socket delivered the stored message once, with the browser's own id.
    await again.waitFor((f) => f.type === 'message' && f.clientId === clientId);
    expect(again.messages().filter((m) => m.clientId === clientId)).toHaveLength(1);
    again.close();
  });

  it('refuses frames that are not in the protocol, and a message over the size limit', async () => {
    const { socket } = await childJoins(t.app);
    socket.send({ type: 'send', clientId: 'not-a-uuid', body: 'x' });
    await socket.waitFor((f) => f.type === 'error' && f.code === 'bad_frame');
    socket.send({ type: 'send', clientId: randomUUID(), body: 'x'.repeat(2_001) });
    expect((await socket.waitFor((f) => f.type === 'error' && f.code === 'bad_frame' && socket.frames.filter((x) => x.code === 'bad_frame').length === 2)).code).toBe('bad_frame');
    expect(await t.database.db.select().from(chatMessages)).toHaveLength(0);
    // Beyond the transport limit (16 KiB) the socket itself is closed: "message too big".
    socket.ws.send('x'.repeat(20 * 1024));
    expect((await socket.waitClosed()).code).toBe(1009);
  });

  it('slows down a child who floods the chat', async () => {
    const { socket } = await childJoins(t.app);
    const ids = Array.from({ length: 12 }, () => randomUUID());
    ids.forEach((clientId, i) => socket.send({ type: 'send', clientId, body: `bericht ${i}` }));
    await socket.waitFor((f) => f.type === 'error' && f.code === 'rate_limited');
    const stored = await t.database.db.select().from(chatMessages);
    expect(stored.length).toBeGreaterThanOrEqual(8);
    expect(stored.length).toBeLessThan(12);
  });
});

describe('between a child and a counsellor', () => {
  it('delivers in order, exactly once, and resumes after the last sequence number after a drop', async () => {
    const { console: consoleSocket, child, token, conversationId } = await counsellorWithChat();
    // Eight: a burst the per-socket rate limit lets through at once.
    const sent = Array.from({ length: 8 }, (_, i) => ({ clientId: randomUUID(), body: `stukje ${i + 1}` }));
    for (const m of sent) child.send({ type: 'send', ...m });
    await child.waitFor((f) => f.type === 'ack' && f.clientId === sent.at(-1)!.clientId);
    await consoleSocket.waitFor((f) => f.type === 'message' && f.clientId === sent.at(-1)!.clientId);
    // The ack can overtake the echo of the child's own message; the browser resumes after the
    // last message it holds, so wait until it holds all eight.
    await child.waitFor((f) => f.type === 'message' && f.clientId === sent.at(-1)!.clientId);
    const atConsole = consoleSocket.messages(conversationId);
    expect(bodies(atConsole)).toEqual(sent.map((m) => m.body));
    const seqs = atConsole.map((m) => m.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);

    // The child's phone sleeps: the socket is gone, the counsellor answers meanwhile.
    const lastSeen = Math.max(...child.messages().map((m) => m.seq as number));
    child.close();
    const replies = ['Ik ben er.', 'Neem je tijd.'].map((body) => ({ clientId: randomUUID(), body }));
    for (const reply of replies) {
      consoleSocket.send({ type: 'send', conversationId, ...reply });
      await consoleSocket.waitFor((f) => f.type === 'ack' && f.clientId === reply.clientId);
    }
    const resumed = await childSocket(t.app, token, lastSeen);
    await resumed.waitFor((f) => f.type === 'message' && f.clientId === replies[1]!.clientId);
    expect(resumed.messages().every((m) => (m.seq as number) > lastSeen)).toBe(true);
    expect(bodies(resumed.messages())).toEqual(replies.map((r) => r.body));
    resumed.close();
    consoleSocket.close();
  });

  it('passes delivered and read marks to the other side, never backwards', async () => {
    const { console: consoleSocket, child, conversationId } = await counsellorWithChat();
    const clientId = randomUUID();
    child.send({ type: 'send', clientId, body: 'Mag ik iets vragen?' });
    const ack = await child.waitFor((f) => f.type === 'ack' && f.clientId === clientId);
    await consoleSocket.waitFor((f) => f.type === 'message' && f.clientId === clientId);
    consoleSocket.send({ type: 'seen', conversationId, delivered: ack.seq, read: 0 });
    await child.waitFor((f) => f.type === 'receipt' && f.delivered === ack.seq && f.read === 0);
    consoleSocket.send({ type: 'seen', conversationId, delivered: ack.seq, read: ack.seq });
    await child.waitFor((f) => f.type === 'receipt' && f.read === ack.seq);
    // A stale tab reporting less changes nothing; a tab claiming more than exists is capped.
    consoleSocket.send({ type: 'seen', conversationId, delivered: 0, read: 0 });
    consoleSocket.send({ type: 'seen', conversationId, delivered: 999, read: 999 });
    await new Promise((r) => setTimeout(r, 150));
    const [row] = await t.database.db.select().from(chatConversations).where(eq(chatConversations.id, conversationId));
    expect(row).toMatchObject({ staffDeliveredSeq: row!.lastSeq, staffReadSeq: row!.lastSeq });
    expect(row!.lastSeq).toBe(ack.seq);
    consoleSocket.close();
    child.close();
  });

  it('refuses a counsellor message to a chat that is not theirs', async () => {
    const { conversationId } = await counsellorWithChat();
    const other = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
    const socket = await other.socket();
    const clientId = randomUUID();
    socket.send({ type: 'send', conversationId, clientId, body: 'Ik lees mee' });
    await socket.waitFor((f) => f.type === 'error' && f.clientId === clientId && f.code === 'not_found');
    expect((await t.database.db.select().from(chatMessages)).filter((m) => m.sender === 'counsellor')).toHaveLength(0);
    socket.close();
  });
});
