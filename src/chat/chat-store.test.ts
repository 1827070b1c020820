// The chat's hot path in batches: messages sent in the same turn are stored by one statement, in
// order, each answered once; a bad one among them gets its own answer while the others are stored;
// marks and reads of many chats go together and keep the one-by-one rules.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeUser, TEST_SECRET } from '../../test/support/app.js';
import { Batcher } from './chat-batch.js';
import { ChatSecrets } from './chat-secrets.js';
import { appendMessages, ChatStore, messagesAfterMany, updateMarksMany } from './chat-store.js';
import { useChatTestApp } from './chat.test-support.js';
import { chatConversations, chatMessages } from './chat.tables.js';
import { conversationById, startConversation, type NewMessage } from './conversation.service.js';

const t = useChatTestApp();

const secrets = new ChatSecrets(TEST_SECRET);

async function chat(status: 'waiting' | 'active' | 'ended' = 'waiting', counsellorId: string | null = null): Promise<string> {
  const { conversation } = await startConversation(t.database.db, secrets, { urgency: 1, locale: 'nl-BE' });
  await t.database.db.update(chatConversations).set({ status, counsellorId }).where(eq(chatConversations.id, conversation.id));
  return conversation.id;
}

const fromChild = (conversationId: string, body: string): NewMessage => ({ conversationId, clientId: randomUUID(), sender: 'child', body });

async function stored(conversationId: string) {
  const found = await t.database.db.select().from(chatMessages).where(eq(chatMessages.conversationId, conversationId)).orderBy(asc(chatMessages.seq));
  return found.map((m) => [m.seq, m.body]);
}

describe('messages sent in the same turn', () => {
  it('are stored by one statement, numbered in the order they came, each answered once', async () => {
    const [a, b] = [await chat(), await chat()];
    const batch = [fromChild(a, 'een'), fromChild(b, 'eerste'), fromChild(a, 'twee'), fromChild(a, 'drie'), fromChild(b, 'tweede')];
    const answers = await appendMessages(t.database.db, batch);
    expect(answers.map((s) => s?.seq)).toEqual([1, 1, 2, 3, 2]);
    expect(answers.map((s) => s?.wire?.body)).toEqual(['een', 'eerste', 'twee', 'drie', 'tweede']);
    expect(await stored(a)).toEqual([[1, 'een'], [2, 'twee'], [3, 'drie']]);
    expect(await stored(b)).toEqual([[1, 'eerste'], [2, 'tweede']]);
    expect((await conversationById(t.database.db, a))?.lastSeq).toBe(3);
  });

  it('leave a bad one to be answered alone, with its own error, while the others are stored', async () => {
    const counsellor = await makeUser(t.database, 'counsellor', 'chat-minderjarigen');
    const [open, ended, notTheirs] = [await chat(), await chat('ended'), await chat('active')];
    const store = new ChatStore(t.database.db);
    const earlier = await store.append(fromChild(open, 'al verstuurd'));
    const centreId = (await conversationById(t.database.db, notTheirs))!.centreId;
    const results = await Promise.allSettled([
      store.append(fromChild(open, 'nieuw')),
      store.append(fromChild(ended, 'te laat')),
      store.append({ conversationId: notTheirs, clientId: randomUUID(), sender: 'counsellor', authorId: counsellor.id, body: 'niet van mij', counsellor: { userId: counsellor.id, centreId } }),
      store.append({ ...fromChild(open, 'al verstuurd'), clientId: earlier.clientId }),
      store.append(fromChild(open, 'nog een')),
    ]);
    const [fresh, tooLate, refused, resend, another] = results;
    expect(fresh).toMatchObject({ status: 'fulfilled', value: { seq: 2, duplicate: false } });
    expect(tooLate).toMatchObject({ status: 'rejected', reason: { code: 'chat_ended' } });
    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
    expect(resend).toMatchObject({ status: 'fulfilled', value: { seq: 1, duplicate: true, wire: null } });
    expect(another).toMatchObject({ status: 'fulfilled', value: { seq: 3, duplicate: false } });
    expect(await stored(open)).toEqual([[1, 'al verstuurd'], [2, 'nieuw'], [3, 'nog een']]);
    expect(await stored(ended)).toEqual([]);
    expect(await stored(notTheirs)).toEqual([]);
  });

  it('survive a batch that fails as a whole (the same message twice): each is answered alone', async () => {
    const a = await chat();
    const twice = fromChild(a, 'dubbel');
    const store = new ChatStore(t.database.db);
    const [first, second, other] = await Promise.all([store.append(twice), store.append(twice), store.append(fromChild(a, 'ander'))]);
    expect([first.seq, second.seq]).toEqual([1, 1]);
    expect([first.duplicate, second.duplicate]).toEqual([false, true]);
    expect(other.seq).toBe(2);
    expect(await stored(a)).toEqual([[1, 'dubbel'], [2, 'ander']]);
  });
});

describe('marks and reads of many chats', () => {
  it('raise both sides of several chats in one statement, never past the last message, never back', async () => {
    const [a, b] = [await chat(), await chat()];
    await appendMessages(t.database.db, [fromChild(a, '1'), fromChild(a, '2'), fromChild(a, '3'), fromChild(b, '1')]);
    await updateMarksMany(t.database.db, [
      { conversationId: a, side: 'child', delivered: 2, read: 1 },
      { conversationId: a, side: 'staff', delivered: 9, read: 3 },
      { conversationId: b, side: 'staff', delivered: 1, read: 1 },
      { conversationId: a, side: 'child', delivered: 1, read: 0 },
    ]);
    const marks = async (id: string) => {
      const c = (await conversationById(t.database.db, id))!;
      return [c.childDeliveredSeq, c.childReadSeq, c.staffDeliveredSeq, c.staffReadSeq];
    };
    expect(await marks(a)).toEqual([2, 1, 3, 3]);
    expect(await marks(b)).toEqual([0, 0, 1, 1]);
    await updateMarksMany(t.database.db, [{ conversationId: a, side: 'child', delivered: 1, read: 1 }]);
    expect(await marks(a)).toEqual([2, 1, 3, 3]);
  });

  it('read what came after each one’s own point, oldest first, a page at most', async () => {
    const [a, b] = [await chat(), await chat()];
    await appendMessages(t.database.db, [fromChild(a, 'a1'), fromChild(a, 'a2'), fromChild(a, 'a3'), fromChild(b, 'b1')]);
    const pages = await messagesAfterMany(t.database.db, [
      { conversationId: a, afterSeq: 1, limit: 200 },
      { conversationId: b, afterSeq: 1, limit: 200 },
      { conversationId: a, afterSeq: 0, limit: 2 },
    ]);
    expect(pages.map((page) => page.map((m) => m.body))).toEqual([['a2', 'a3'], [], ['a1', 'a2']]);
  });
});

describe('Batcher', () => {
  it('sends a lone call at once and what arrives during a batch together in the next one', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = new Batcher<number, number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((i) => i * 10);
    });
    const first = batcher.add(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [batcher.add(2), batcher.add(3), batcher.add(4)];
    release();
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });
});
