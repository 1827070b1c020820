// What a counsellor does with a chat: see their own chats, read one (audited), end it, hand it to a
// colleague with a note, keep private notes, block an abusive sender for a while. A counsellor
// acts only on chats of their own centre assigned to them; anything else answers "not found".
import { and, asc, desc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import { users } from '../access/access.tables.js';
import { roleHas } from '../access/permissions.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable, Tx } from '../platform/db.js';
import { AppError, notFound } from '../platform/errors.js';
import { notifyChat } from './chat-bus.js';
import { appendSystemMessage, messagesAfter, settingsOf, type Conversation } from './conversation.service.js';
import { actorOf, activeCountOf, PRESENCE_WINDOW_MS } from './queue.service.js';
import { chatBlocks, chatConversations, chatNotes, chatPresence } from './chat.tables.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

/** A child not seen for this long is shown as gone (the socket heartbeat is every 25 s). */
export const CHILD_ONLINE_WINDOW_MS = 60_000;

/** The actor's own active chat, locked for the rest of the transaction. */
export async function myActiveConversation(ctx: Ctx, tx: Tx, id: string): Promise<Conversation> {
  const actor = actorOf(ctx);
  const c = chatConversations;
  const [row] = await tx
    .select()
    .from(c)
    .where(and(eq(c.id, id), eq(c.centreId, actor.centreId), eq(c.counsellorId, actor.userId), eq(c.status, 'active')))
    .for('update');
  if (!row) throw notFound();
  return row;
}

/** Chats the counsellor is in, plus their chats that ended in the last day (to register). */
export async function myConversations(ctx: Ctx, now = new Date()) {
  const actor = actorOf(ctx);
  const c = chatConversations;
  const rows = await ctx.db
    .select()
    .from(c)
    .where(and(eq(c.centreId, actor.centreId), eq(c.counsellorId, actor.userId), or(eq(c.status, 'active'), and(eq(c.status, 'ended'), gt(c.endedAt, new Date(now.getTime() - 86_400_000))))))
    .orderBy(asc(c.takenAt))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    ageBand: r.ageBand,
    topic: r.topic,
    urgency: r.urgency,
    locale: r.locale,
    takenAt: r.takenAt?.toISOString() ?? null,
    endedAt: r.endedAt?.toISOString() ?? null,
    endReason: r.endReason,
    riskLevel: r.riskLevel,
    childOnline: r.status === 'active' && r.childSeenAt !== null && r.childSeenAt.getTime() > now.getTime() - CHILD_ONLINE_WINDOW_MS,
    lastSeq: r.lastSeq,
    childDeliveredSeq: r.childDeliveredSeq,
    childReadSeq: r.childReadSeq,
  }));
}

/** Whether the actor may follow this chat live (their own, active or just ended). */
export async function mayFollow(q: Queryable, ctx: Ctx, conversationId: string): Promise<boolean> {
  const actor = actorOf(ctx);
  const c = chatConversations;
  const [row] = await q
    .select({ id: c.id })
    .from(c)
    .where(and(eq(c.id, conversationId), eq(c.centreId, actor.centreId), eq(c.counsellorId, actor.userId), ne(c.status, 'waiting')));
  return row !== undefined;
}

/** The transcript, for the counsellor of the chat; the read itself is audited. */
export async function transcriptFor(ctx: Ctx, conversationId: string) {
  const actor = actorOf(ctx);
  if (!(await mayFollow(ctx.db, ctx, conversationId))) throw notFound();
  return inTransaction(ctx, async ({ tx, audit }) => {
    audit({ action: 'chat.read', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId });
    return messagesAfter(tx, conversationId, 0, 5_000);
  });
}

export async function endByCounsellor(ctx: Ctx, conversationId: string): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    await myActiveConversation(ctx, tx, conversationId);
    await tx.update(chatConversations).set({ status: 'ended', endReason: 'counsellor_ended', endedAt: new Date() }).where(eq(chatConversations.id, conversationId));
    await recordFactsOf(tx, 'chat_conversations', conversationId);
    await appendSystemMessage(tx, conversationId, 'ended');
    await notifyChat(tx, { kind: 'state', conversationId, centreId: actor.centreId });
    await notifyChat(tx, { kind: 'queue', centreId: actor.centreId });
    audit({ action: 'chat.end', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId });
  });
}

/** Colleagues of the centre who are online, available and have room for one more chat. */
export async function colleaguesForTransfer(ctx: Ctx, now = new Date()) {
  const actor = actorOf(ctx);
  const p = chatPresence;
  const active = sql<number>`(SELECT count(*)::int FROM ${chatConversations} WHERE ${chatConversations.counsellorId} = ${p.userId} AND ${chatConversations.status} = 'active')`;
  const rows = await ctx.db
    .select({ id: users.id, displayName: users.displayName, role: users.role, capacity: p.capacity, active })
    .from(p)
    .innerJoin(users, eq(users.id, p.userId))
    .where(and(eq(p.centreId, actor.centreId), eq(p.status, 'available'), gt(p.seenAt, new Date(now.getTime() - PRESENCE_WINDOW_MS)), ne(p.userId, actor.userId)))
    .orderBy(asc(users.displayName));
  return rows.filter((r) => roleHas(r.role, 'chat:counsel')).map((r) => ({ id: r.id, displayName: r.displayName, freeSlots: Math.max(0, r.capacity - r.active) }));
}

export async function transfer(ctx: Ctx, conversationId: string, input: { toUserId: string; note: string }, now = new Date()): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    await myActiveConversation(ctx, tx, conversationId);
    const [target] = await tx
      .select({ presence: chatPresence, role: users.role, disabledAt: users.disabledAt })
      .from(chatPresence)
      .innerJoin(users, eq(users.id, chatPresence.userId))
      .where(and(eq(chatPresence.userId, input.toUserId), eq(chatPresence.centreId, actor.centreId)))
      .for('update', { of: chatPresence });
    const reachable =
      target && target.presence.userId !== actor.userId && !target.disabledAt && roleHas(target.role, 'chat:counsel') && target.presence.status === 'available' && (target.presence.seenAt?.getTime() ?? 0) > now.getTime() - PRESENCE_WINDOW_MS;
    if (!target || !reachable) throw new AppError(409, 'chat_colleague_unavailable');
    if ((await activeCountOf(tx, input.toUserId)) >= target.presence.capacity) throw new AppError(409, 'chat_colleague_full');
    await tx.update(chatConversations).set({ counsellorId: input.toUserId }).where(eq(chatConversations.id, conversationId));
    await tx.insert(chatNotes).values({ conversationId, authorId: actor.userId, kind: 'transfer', body: input.note });
    await appendSystemMessage(tx, conversationId, 'transferred');
    await notifyChat(tx, { kind: 'state', conversationId, centreId: actor.centreId });
    await notifyChat(tx, { kind: 'queue', centreId: actor.centreId });
    audit({ action: 'chat.transfer', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId, details: { from: actor.userId, to: input.toUserId } });
  });
}

export async function addNote(ctx: Ctx, conversationId: string, body: string): Promise<void> {
  const actor = actorOf(ctx);
  if (!(await mayFollow(ctx.db, ctx, conversationId))) throw notFound();
  await inTransaction(ctx, async ({ tx, audit }) => {
    const [note] = await tx.insert(chatNotes).values({ conversationId, authorId: actor.userId, kind: 'note', body }).returning({ id: chatNotes.id });
    audit({ action: 'chat.note', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId, details: { noteId: note!.id } });
  });
}

export async function notesOf(ctx: Ctx, conversationId: string) {
  const actor = actorOf(ctx);
  if (!(await mayFollow(ctx.db, ctx, conversationId))) throw notFound();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const rows = await tx
      .select({ id: chatNotes.id, kind: chatNotes.kind, body: chatNotes.body, createdAt: chatNotes.createdAt, author: users.displayName })
      .from(chatNotes)
      .innerJoin(users, eq(users.id, chatNotes.authorId))
      .where(eq(chatNotes.conversationId, conversationId))
      .orderBy(desc(chatNotes.createdAt));
    audit({ action: 'chat.notes_read', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId });
    return rows.map((r) => ({ id: r.id, kind: r.kind, body: r.body, author: r.author, createdAt: r.createdAt.toISOString() }));
  });
}

/**
 * Blocks the sender for the configured hours, by the keyed hash of their conversation token:
 * the same browser cannot start a new chat meanwhile. Nothing about the person is recorded.
 */
export async function blockSender(ctx: Ctx, conversationId: string, now = new Date()): Promise<Date> {
  const actor = actorOf(ctx);
  const settings = await settingsOf(ctx.db, actor.centreId);
  const expiresAt = new Date(now.getTime() + settings.blockHours * 3_600_000);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const conversation = await myActiveConversation(ctx, tx, conversationId);
    await tx
      .insert(chatBlocks)
      .values({ tokenHash: conversation.tokenHash, centreId: actor.centreId, blockedBy: actor.userId, expiresAt })
      .onConflictDoUpdate({ target: chatBlocks.tokenHash, set: { expiresAt, blockedBy: actor.userId } });
    await tx
      .update(chatConversations)
      .set({ status: 'ended', endReason: 'blocked', endedAt: now, codeWordHash: null, codeWordExpiresAt: null })
      .where(eq(chatConversations.id, conversationId));
    await recordFactsOf(tx, 'chat_conversations', conversationId);
    await appendSystemMessage(tx, conversationId, 'ended');
    await notifyChat(tx, { kind: 'state', conversationId, centreId: actor.centreId });
    await notifyChat(tx, { kind: 'queue', centreId: actor.centreId });
    audit({ action: 'chat.block', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId, details: { hours: settings.blockHours } });
  });
  return expiresAt;
}

/**
 * When and how long a chat was, for its contact registration: only for the counsellor who had it
 * last (the one who registers), in their own centre.
 */
export async function chatFactsForRegistration(ctx: Ctx, conversationId: string): Promise<{ contactAt: Date; durationMinutes: number | null }> {
  const actor = actorOf(ctx);
  const c = chatConversations;
  const [row] = await ctx.db
    .select({ takenAt: c.takenAt, endedAt: c.endedAt, queuedAt: c.queuedAt })
    .from(c)
    .where(and(eq(c.id, conversationId), eq(c.centreId, actor.centreId), eq(c.counsellorId, actor.userId), inArray(c.status, ['active', 'ended'])));
  if (!row) throw notFound();
  const start = row.takenAt ?? row.queuedAt;
  const durationMinutes = row.endedAt ? Math.max(1, Math.round((row.endedAt.getTime() - start.getTime()) / 60_000)) : null;
  return { contactAt: start, durationMinutes };
}
