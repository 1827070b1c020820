// Housekeeping jobs. Transcripts are kept for the service's retention period (default 90 days)
// after a chat ended, then the messages and private notes are deleted. What stays is the
// anonymous registration (contacts) and the bare conversation row (when, how long, which centre),
// which the figures need; not even whether the child answered the after-chat question. A transcript
// copied into a VK report with the child's consent is the report's now, and stays. Children who
// left the queue without a word are taken out of it.
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { centres } from '../access/access.tables.js';
import type { Db } from '../platform/db.js';
import { notifyChat } from './chat-bus.js';
import { settingsOf } from './conversation.service.js';
import { chatBlocks, chatConversations, chatMessages, chatNotes } from './chat.tables.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

/** A waiting child unseen for this long has gone (the page sends a heartbeat every 25 s). */
export const ABANDONED_AFTER_MS = 30 * 60_000;
const BATCH = 500;

export interface RetentionResult {
  conversations: number;
  messages: number;
  notes: number;
}

export async function purgeExpiredTranscripts(db: Db, now = new Date()): Promise<RetentionResult> {
  const result: RetentionResult = { conversations: 0, messages: 0, notes: 0 };
  const chatCentres = await db.select({ id: centres.id }).from(centres).where(eq(centres.kind, 'chat'));
  for (const centre of chatCentres) {
    const settings = await settingsOf(db, centre.id);
    const cutoff = new Date(now.getTime() - settings.retentionDays * 86_400_000);
    for (;;) {
      const due = await db
        .select({ id: chatConversations.id })
        .from(chatConversations)
        .where(and(eq(chatConversations.centreId, centre.id), eq(chatConversations.status, 'ended'), lt(chatConversations.endedAt, cutoff), isNull(chatConversations.transcriptDeletedAt)))
        .limit(BATCH);
      if (!due.length) break;
      const ids = due.map((d) => d.id);
      await db.transaction(async (tx) => {
        const messages = await tx.delete(chatMessages).where(inArray(chatMessages.conversationId, ids)).returning({ id: chatMessages.id });
        const notes = await tx.delete(chatNotes).where(inArray(chatNotes.conversationId, ids)).returning({ id: chatNotes.id });
        await tx.update(chatConversations).set({ transcriptDeletedAt: now, codeWordHash: null, codeWordExpiresAt: null, feedbackGiven: false }).where(inArray(chatConversations.id, ids));
        result.conversations += ids.length;
        result.messages += messages.length;
        result.notes += notes.length;
      });
    }
  }
  await db.delete(chatBlocks).where(lt(chatBlocks.expiresAt, now));
  return result;
}

export async function closeAbandonedWaits(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(chatConversations)
      .set({ status: 'ended', endReason: 'abandoned', endedAt: now })
      .where(and(eq(chatConversations.status, 'waiting'), sql`coalesce(${chatConversations.childSeenAt}, ${chatConversations.queuedAt}) < ${new Date(now.getTime() - ABANDONED_AFTER_MS)}`))
      .returning({ id: chatConversations.id, centreId: chatConversations.centreId });
    for (const centreId of new Set(closed.map((c) => c.centreId))) await notifyChat(tx, { kind: 'queue', centreId });
    for (const { id } of closed) await recordFactsOf(tx, 'chat_conversations', id);
    return closed.length;
  });
}
