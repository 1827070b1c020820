// A child's side of a conversation: start, find by token, store a message before acknowledging it,
// read what came after a known point, delivered/read marks, leaving, and the code word to return.
// No step records who the child is: no account, no IP address, no device fingerprint.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { centres } from '../access/access.tables.js';
import { rows, type Db, type Queryable, type Tx } from '../platform/db.js';
import { AppError, invalid } from '../platform/errors.js';
import { CHAT_CHANNEL, notifyChat } from './chat-bus.js';
import { codeWordAcceptable, type ChatSecrets } from './chat-secrets.js';
import { isOpen, withDefaults, type ChatSettings } from './chat-settings.js';
import type { WireMessage } from './chat.schema.js';
import { chatBlocks, chatConversations, chatMessages, chatSettings } from './chat.tables.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

export type Conversation = typeof chatConversations.$inferSelect;
export type Sender = 'child' | 'counsellor' | 'system';

/** The chat service's centre (kind "chat"); there is one in Flanders. */
export async function chatCentreId(q: Queryable): Promise<string | null> {
  const [centre] = await q.select({ id: centres.id }).from(centres).where(eq(centres.kind, 'chat')).orderBy(asc(centres.code)).limit(1);
  return centre?.id ?? null;
}

export async function settingsOf(q: Queryable, centreId: string): Promise<ChatSettings> {
  const [row] = await q.select({ settings: chatSettings.settings }).from(chatSettings).where(eq(chatSettings.centreId, centreId));
  return withDefaults(row?.settings);
}

export async function isBlocked(q: Queryable, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await q.select({ expiresAt: chatBlocks.expiresAt }).from(chatBlocks).where(eq(chatBlocks.tokenHash, tokenHash));
  return row !== undefined && row.expiresAt > now;
}

export interface StartInput {
  ageBand?: string | undefined;
  topic?: string | undefined;
  urgency: number;
  locale: 'nl-BE' | 'en';
  previousToken?: string | undefined;
}

export async function startConversation(db: Db, secrets: ChatSecrets, input: StartInput, now = new Date()): Promise<{ token: string; conversation: Conversation }> {
  const centreId = await chatCentreId(db);
  if (!centreId) throw new AppError(503, 'chat_unavailable');
  if (!isOpen(await settingsOf(db, centreId), now)) throw new AppError(409, 'chat_closed');
  if (input.previousToken && (await isBlocked(db, secrets.tokenHash(input.previousToken), now))) throw new AppError(403, 'chat_blocked');
  const token = secrets.newToken();
  const conversation = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(chatConversations)
      .values({ centreId, tokenHash: secrets.tokenHash(token), ageBand: input.ageBand ?? null, topic: input.topic ?? null, urgency: input.urgency, locale: input.locale, queuedAt: now, childSeenAt: now })
      .returning();
    await notifyChat(tx, { kind: 'queue', centreId });
    return row!;
  });
  return { token, conversation };
}

export async function findByToken(q: Queryable, secrets: ChatSecrets, token: string): Promise<Conversation | null> {
  const [row] = await q.select().from(chatConversations).where(eq(chatConversations.tokenHash, secrets.tokenHash(token)));
  return row ?? null;
}

export async function conversationById(q: Queryable, id: string): Promise<Conversation | null> {
  const [row] = await q.select().from(chatConversations).where(eq(chatConversations.id, id));
  return row ?? null;
}

export interface NewMessage {
  conversationId: string;
  clientId: string;
  sender: Sender;
  authorId?: string | null;
  body: string;
  /** A counsellor may write only in an active chat of their centre that is assigned to them. */
  counsellor?: { userId: string; centreId: string };
}

export interface StoredMessage {
  seq: number;
  clientId: string;
  /** The same client id was stored before: this was a resend, nothing new was written. */
  duplicate: boolean;
  /** The message as the browsers get it, when this call stored it (not for a resend). */
  wire: WireMessage | null;
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
};

/**
 * Stores a message exactly once, in one statement: the conversation's counter is raised (its row
 * lock orders concurrent senders, also across processes), the message is inserted with that
 * number, and the bus is notified with the number (never the text), all or nothing. A resend of
 * a stored client id changes nothing; one racing the original fails on the unique index and finds
 * the stored row instead.
 */
export async function appendMessage(db: Db, message: NewMessage): Promise<StoredMessage> {
  const { conversationId: id, clientId } = message;
  const who = message.counsellor
    ? sql`AND status = 'active' AND counsellor_id = ${message.counsellor.userId} AND centre_id = ${message.counsellor.centreId}`
    : sql``;
  try {
    const [inserted] = await rows<{ seq: number; sent_at: Date | string }>(
      db,
      sql`WITH bumped AS (
            UPDATE chat_conversations
               SET last_seq = last_seq + 1${message.sender === 'child' ? sql`, child_seen_at = now()` : sql``}
             WHERE id = ${id} AND status <> 'ended' ${who}
               AND NOT EXISTS (SELECT 1 FROM chat_messages WHERE conversation_id = ${id} AND client_id = ${clientId})
         RETURNING last_seq),
          inserted AS (
            INSERT INTO chat_messages (conversation_id, seq, client_id, sender, author_id, body)
            SELECT ${id}::uuid, last_seq, ${clientId}::uuid, ${message.sender}::text, ${message.authorId ?? null}::uuid, ${message.body}::text FROM bumped
         RETURNING seq, sent_at),
          notified AS (SELECT pg_notify(${CHAT_CHANNEL}, json_build_object('kind', 'message', 'conversationId', ${id}::text, 'seq', seq)::text) FROM inserted)
        SELECT inserted.seq, inserted.sent_at FROM inserted CROSS JOIN notified`,
    );
    if (inserted) {
      const seq = Number(inserted.seq);
      const wire: WireMessage = { seq, clientId, from: message.sender, body: message.body, sentAt: new Date(inserted.sent_at).toISOString() };
      return { seq, clientId, duplicate: false, wire };
    }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const [earlier] = await db
    .select({ seq: chatMessages.seq })
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, id), eq(chatMessages.clientId, clientId)));
  if (earlier) return { seq: earlier.seq, clientId, duplicate: true, wire: null };
  const conversation = await conversationById(db, id);
  if (conversation?.status === 'ended') throw new AppError(409, 'chat_ended');
  throw new AppError(404, 'not_found');
}

/** System lines in the transcript ("a counsellor joined"): a code the browsers translate. */
export type SystemEvent = 'joined' | 'transferred' | 'returned' | 'ended';

/** Adds a system line inside the caller's transaction, after the messages already there. */
export async function appendSystemMessage(tx: Tx, conversationId: string, event: SystemEvent): Promise<void> {
  const [row] = await tx
    .update(chatConversations)
    .set({ lastSeq: sql`${chatConversations.lastSeq} + 1` })
    .where(eq(chatConversations.id, conversationId))
    .returning({ seq: chatConversations.lastSeq });
  if (!row) return;
  await tx.insert(chatMessages).values({ conversationId, seq: row.seq, clientId: randomUUID(), sender: 'system', body: event });
  await notifyChat(tx, { kind: 'message', conversationId });
}

/** Messages after `afterSeq`, oldest first: what a reconnecting browser asks for. */
export async function messagesAfter(q: Queryable, conversationId: string, afterSeq: number, limit = 200): Promise<WireMessage[]> {
  const rows = await q
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.conversationId, conversationId), gt(chatMessages.seq, afterSeq)))
    .orderBy(asc(chatMessages.seq))
    .limit(limit);
  return rows.map((m) => ({ seq: m.seq, clientId: m.clientId, from: m.sender, body: m.body, sentAt: m.sentAt.toISOString() }));
}

/**
 * Raises a side's delivered/read marks (never lowers them, never past the last message) and
 * tells the other side when something changed, in one statement. The notification carries the
 * marks themselves (numbers, no content), so no receiver has to read the conversation again.
 */
export async function updateMarks(db: Db, conversationId: string, side: 'child' | 'staff', delivered: number, read: number): Promise<void> {
  const [deliveredCol, readCol] = side === 'child' ? [sql.raw('child_delivered_seq'), sql.raw('child_read_seq')] : [sql.raw('staff_delivered_seq'), sql.raw('staff_read_seq')];
  // Typed parameters: GREATEST over two bare parameters would compare them as text.
  const d = sql`${delivered}::int`;
  const r = sql`${read}::int`;
  await db.execute(sql`WITH changed AS (
      UPDATE chat_conversations
         SET ${deliveredCol} = LEAST(GREATEST(${deliveredCol}, ${d}, ${r}), last_seq),
             ${readCol} = LEAST(GREATEST(${readCol}, ${r}), last_seq)${side === 'child' ? sql`, child_seen_at = now()` : sql``}
       WHERE id = ${conversationId}
         AND (${deliveredCol} < LEAST(GREATEST(${d}, ${r}), last_seq) OR ${readCol} < LEAST(${r}, last_seq))
   RETURNING child_delivered_seq, child_read_seq, staff_delivered_seq, staff_read_seq)
    SELECT pg_notify(${CHAT_CHANNEL}, json_build_object('kind', 'marks', 'conversationId', ${conversationId}::text,
             'marks', json_build_object('childDelivered', child_delivered_seq, 'childRead', child_read_seq,
                                        'staffDelivered', staff_delivered_seq, 'staffRead', staff_read_seq))::text)
      FROM changed`);
}

export async function touchChild(db: Db, conversationId: string): Promise<void> {
  await db.update(chatConversations).set({ childSeenAt: new Date() }).where(eq(chatConversations.id, conversationId));
}

/** The child ends the chat (a button, or "Snel weg"). Idempotent. */
export async function leaveConversation(db: Db, conversationId: string, reason: 'child_left' | 'quick_exit'): Promise<void> {
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(chatConversations)
      .set({ status: 'ended', endReason: reason, endedAt: new Date() })
      .where(and(eq(chatConversations.id, conversationId), sql`${chatConversations.status} <> 'ended'`))
      .returning();
    if (ended) {
      await appendSystemMessage(tx, conversationId, 'ended');
      await recordFactsOf(tx, 'chat_conversations', conversationId);
      await notifyChat(tx, { kind: 'state', conversationId, centreId: ended.centreId });
      await notifyChat(tx, { kind: 'queue', centreId: ended.centreId });
    }
  });
}

export async function setCodeWord(db: Db, secrets: ChatSecrets, conversation: Conversation, codeWord: string, now = new Date()): Promise<Date> {
  if (!codeWordAcceptable(codeWord)) throw invalid([{ path: 'codeWord', key: 'code_word_too_short' }]);
  const settings = await settingsOf(db, conversation.centreId);
  const expiresAt = new Date(now.getTime() + settings.codeWordHours * 3_600_000);
  const codeWordHash = await secrets.codeWordHash(codeWord);
  // Clear expired code words first, so an old chat never keeps a word from being chosen again.
  await db.update(chatConversations).set({ codeWordHash: null, codeWordExpiresAt: null }).where(and(eq(chatConversations.codeWordHash, codeWordHash), sql`${chatConversations.codeWordExpiresAt} <= ${now}`));
  try {
    await db.update(chatConversations).set({ codeWordHash, codeWordExpiresAt: expiresAt }).where(eq(chatConversations.id, conversation.id));
  } catch {
    throw invalid([{ path: 'codeWord', key: 'code_word_taken' }]);
  }
  return expiresAt;
}

/**
 * Back with the code word: a fresh token replaces the old one (a browser that still holds the old
 * token is shut out), and an ended chat goes back into the queue with its history.
 */
export async function resumeWithCodeWord(db: Db, secrets: ChatSecrets, codeWord: string, now = new Date()): Promise<{ token: string; conversation: Conversation }> {
  const codeWordHash = await secrets.codeWordHash(codeWord);
  const token = secrets.newToken();
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(chatConversations).where(and(eq(chatConversations.codeWordHash, codeWordHash), gt(chatConversations.codeWordExpiresAt, now))).for('update');
    if (!found || found.transcriptDeletedAt || (await isBlocked(tx, found.tokenHash, now))) throw new AppError(404, 'code_word_unknown');
    const reopen = found.status === 'ended';
    const [conversation] = await tx
      .update(chatConversations)
      .set({ tokenHash: secrets.tokenHash(token), childSeenAt: now, ...(reopen ? { status: 'waiting', counsellorId: null, queuedAt: now, endedAt: null, endReason: null, takenAt: null } : {}) })
      .where(eq(chatConversations.id, found.id))
      .returning();
    await notifyChat(tx, { kind: 'state', conversationId: found.id, centreId: found.centreId });
    if (reopen) {
      await appendSystemMessage(tx, found.id, 'returned');
      await recordFactsOf(tx, 'chat_conversations', found.id);
      await notifyChat(tx, { kind: 'queue', centreId: found.centreId });
    }
    return { token, conversation: conversation! };
  });
}
