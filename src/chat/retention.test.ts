// Transcripts go after the retention period; the anonymous registration stays.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contactRegistrations } from '../contacts/contacts.tables.js';
import { makeUser } from '../../test/support/app.js';
import { closeAbandonedWaits, purgeExpiredTranscripts } from './chat-retention.js';
import { chatBlocks, chatConversations, chatMessages, chatNotes } from './chat.tables.js';
import { openChatService, useChatTestApp } from './chat.test-support.js';

const t = useChatTestApp({ openService: false });

const day = 86_400_000;

async function endedChat(centreId: string, counsellorId: string, endedDaysAgo: number): Promise<string> {
  const endedAt = new Date(Date.now() - endedDaysAgo * day);
  const [c] = await t.database.db
    .insert(chatConversations)
    .values({ centreId, tokenHash: randomUUID(), status: 'ended', endReason: 'child_left', counsellorId, takenAt: new Date(endedAt.getTime() - 1_800_000), endedAt, lastSeq: 2, codeWordHash: `$argon2id$${randomUUID()}` })
    .returning();
  await t.database.db.insert(chatMessages).values([1, 2].map((seq) => ({ conversationId: c!.id, seq, clientId: randomUUID(), sender: 'child' as const, body: `bericht ${seq}` })));
  await t.database.db.insert(chatNotes).values({ conversationId: c!.id, authorId: counsellorId, kind: 'note', body: 'privé' });
  await t.database.db.insert(contactRegistrations).values({
    centreId, channel: 'chat', conversationId: c!.id, registeredBy: counsellorId, contactAt: endedAt, callerRole: 'child', anonymous: true, ageBand: '12_14',
    gender: 'female', relationToChild: 'self', themes: ['child_abuse'], violenceForms: [], urgency: 'urgent', advice: '', referral: 'none',
  });
  return c!.id;
}

describe('transcript retention', () => {
  it('deletes messages and notes after the retention period and keeps the registration', async () => {
    const centreId = await openChatService(t.database.db, { retentionDays: 90 });
    const counsellor = await makeUser(t.database, 'counsellor', 'chat-minderjarigen');
    const old = await endedChat(centreId, counsellor.id, 91);
    const recent = await endedChat(centreId, counsellor.id, 89);
    const result = await purgeExpiredTranscripts(t.database.db);
    expect(result).toEqual({ conversations: 1, messages: 2, notes: 1 });
    expect(await t.database.db.select().from(chatMessages).where(eq(chatMessages.conversationId, old))).toEqual([]);
    expect(await t.database.db.select().from(chatNotes).where(eq(chatNotes.conversationId, old))).toEqual([]);
    expect(await t.database.db.select().from(chatMessages).where(eq(chatMessages.conversationId, recent))).toHaveLength(2);
    const [kept] = await t.database.db.select().from(chatConversations).where(eq(chatConversations.id, old));
    expect(kept).toMatchObject({ codeWordHash: null });
    expect(kept!.transcriptDeletedAt).toBeInstanceOf(Date);
    expect(await t.database.db.select().from(contactRegistrations)).toHaveLength(2);
    // Running again finds nothing more to do.
    expect(await purgeExpiredTranscripts(t.database.db)).toEqual({ conversations: 0, messages: 0, notes: 0 });
  });

  it('follows a shorter retention set by the service, and drops expired blocks', async () => {
    const centreId = await openChatService(t.database.db, { retentionDays: 7 });
    const counsellor = await makeUser(t.database, 'counsellor', 'chat-minderjarigen');
    await endedChat(centreId, counsellor.id, 8);
    await t.database.db.insert(chatBlocks).values([
      { tokenHash: 'expired', centreId, blockedBy: counsellor.id, expiresAt: new Date(Date.now() - 1000) },
      { tokenHash: 'current', centreId, blockedBy: counsellor.id, expiresAt: new Date(Date.now() + day) },
    ]);
    expect((await purgeExpiredTranscripts(t.database.db)).conversations).toBe(1);
    expect((await t.database.db.select().from(chatBlocks)).map((b) => b.tokenHash)).toEqual(['current']);
  });

  it('takes children who silently left out of the queue', async () => {
    const centreId = await openChatService(t.database.db);
    const long = new Date(Date.now() - 31 * 60_000);
    await t.database.db.insert(chatConversations).values([
      { centreId, tokenHash: 'gone', queuedAt: long, childSeenAt: long },
      { centreId, tokenHash: 'here', queuedAt: long, childSeenAt: new Date() },
    ]);
    expect(await closeAbandonedWaits(t.database.db)).toBe(1);
    const rows = await t.database.db.select().from(chatConversations);
    expect(Object.fromEntries(rows.map((r) => [r.tokenHash, r.endReason]))).toEqual({ gone: 'abandoned', here: null });
  });
});
