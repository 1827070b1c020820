// What of a chat may leave it with a hand-off, and only when the child agreed: the words the child
// and the counsellors wrote, in order. Private notes and system lines stay behind.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { chatConversations, chatMessages } from './chat.tables.js';

export interface CopiedLine {
  from: 'child' | 'counsellor';
  body: string;
  sentAt: string;
}

/** The transcript to copy, or null when there is none (anymore): retention already took it. */
export async function transcriptForHandoff(q: Queryable, conversationId: string): Promise<CopiedLine[] | null> {
  const [conversation] = await q.select({ deletedAt: chatConversations.transcriptDeletedAt }).from(chatConversations).where(eq(chatConversations.id, conversationId));
  if (!conversation || conversation.deletedAt) return null;
  const rows = await q
    .select({ sender: chatMessages.sender, body: chatMessages.body, sentAt: chatMessages.sentAt })
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, conversationId), inArray(chatMessages.sender, ['child', 'counsellor'])))
    .orderBy(asc(chatMessages.seq));
  return rows.map((r) => ({ from: r.sender as CopiedLine['from'], body: r.body, sentAt: r.sentAt.toISOString() }));
}
