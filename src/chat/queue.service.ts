// The queue and who can take from it. Waiting children are served by urgency (their own feeling),
// then by how long they have waited. Availability, capacity and the queue live in the database,
// so a restarted or second process sees the same queue and nobody is taken twice.
import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { users } from '../access/access.tables.js';
import { inTransaction, type Actor, type Ctx } from '../platform/context.js';
import { correlated, type Queryable } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import { notifyChat } from './chat-bus.js';
import type { ChatSettings } from './chat-settings.js';
import { appendSystemMessage, type Conversation } from './conversation.service.js';
import { chatConversations, chatPresence } from './chat.tables.js';

/** A console that has not sent a heartbeat for this long counts as offline (crash, lost network). */
export const PRESENCE_WINDOW_MS = 90_000;
export const DEFAULT_CAPACITY = 2;

export function actorOf(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated');
  return ctx.actor;
}

const onlineSince = (now: Date) => new Date(now.getTime() - PRESENCE_WINDOW_MS);

/** 1 for the first in line. */
export async function queuePosition(q: Queryable, conversation: Conversation): Promise<number> {
  const c = chatConversations;
  const [row] = await q
    .select({ ahead: sql<number>`count(*)::int` })
    .from(c)
    .where(
      and(
        eq(c.centreId, conversation.centreId),
        eq(c.status, 'waiting'),
        sql`(${c.urgency} > ${conversation.urgency} OR (${c.urgency} = ${conversation.urgency} AND (${c.queuedAt} < ${conversation.queuedAt} OR (${c.queuedAt} = ${conversation.queuedAt} AND ${c.id} < ${conversation.id}))))`,
      ),
    );
  return (row?.ahead ?? 0) + 1;
}

export interface Capacity {
  counsellorsOnline: number;
  totalSlots: number;
  freeSlots: number;
}

export async function capacityOf(q: Queryable, centreId: string, now: Date): Promise<Capacity> {
  const p = chatPresence;
  // A select from chat_presence alone: correlated() keeps the presence's user_id qualified.
  const active = correlated(sql<number>`(SELECT count(*)::int FROM ${chatConversations} WHERE ${chatConversations.counsellorId} = ${p.userId} AND ${chatConversations.status} = 'active')`);
  const rows = await q
    .select({ capacity: p.capacity, active })
    .from(p)
    .where(and(eq(p.centreId, centreId), eq(p.status, 'available'), gt(p.seenAt, onlineSince(now))));
  return {
    counsellorsOnline: rows.length,
    totalSlots: rows.reduce((n, r) => n + r.capacity, 0),
    freeSlots: rows.reduce((n, r) => n + Math.max(0, r.capacity - r.active), 0),
  };
}

/** Average length of recent chats; the configured figure until there are enough of them. */
async function averageChatMinutes(q: Queryable, centreId: string, settings: ChatSettings, now: Date): Promise<number> {
  const c = chatConversations;
  const [row] = await q
    .select({ n: sql<number>`count(*)::int`, avg: sql<number | null>`avg(extract(epoch FROM ${c.endedAt} - ${c.takenAt}))::float8` })
    .from(c)
    .where(and(eq(c.centreId, centreId), isNotNull(c.takenAt), isNotNull(c.endedAt), gt(c.endedAt, new Date(now.getTime() - 14 * 86_400_000))));
  if (!row || row.n < 5 || row.avg === null) return settings.averageChatMinutes;
  return Math.max(5, Math.round(row.avg / 60));
}

/**
 * An honest estimate: null when nobody is online (we cannot promise anything), a minute when a
 * counsellor is free for this child, otherwise the queue ahead spread over everyone's capacity.
 * Rounded up to five minutes so it does not pretend to be precise.
 */
export async function expectedWaitMinutes(q: Queryable, centreId: string, position: number, settings: ChatSettings, now: Date): Promise<number | null> {
  const capacity = await capacityOf(q, centreId, now);
  if (capacity.totalSlots === 0) return null;
  if (position <= capacity.freeSlots) return 1;
  const average = await averageChatMinutes(q, centreId, settings, now);
  const minutes = ((position - capacity.freeSlots) / capacity.totalSlots) * average;
  return Math.max(5, Math.ceil(minutes / 5) * 5);
}

export interface PresenceInput {
  status: 'available' | 'away';
  capacity: number;
}

export async function setPresence(ctx: Ctx, input: PresenceInput): Promise<void> {
  const actor = actorOf(ctx);
  const now = new Date();
  await inTransaction(ctx, async ({ tx, audit }) => {
    await tx
      .insert(chatPresence)
      .values({ userId: actor.userId, centreId: actor.centreId, status: input.status, capacity: input.capacity, seenAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: chatPresence.userId, set: { status: input.status, capacity: input.capacity, seenAt: now, updatedAt: now, centreId: actor.centreId } });
    await notifyChat(tx, { kind: 'queue', centreId: actor.centreId });
    audit({ action: 'chat.presence', recordType: 'user', recordId: actor.userId, centreId: actor.centreId, details: { status: input.status, capacity: input.capacity } });
  });
}

/** The console's heartbeat; also tells the queue when a counsellor comes back online. */
export async function heartbeat(q: Queryable, userId: string): Promise<void> {
  await q.update(chatPresence).set({ seenAt: new Date() }).where(eq(chatPresence.userId, userId));
}

export async function presenceOf(q: Queryable, userId: string, now = new Date()) {
  const [row] = await q.select().from(chatPresence).where(eq(chatPresence.userId, userId));
  return {
    status: row?.status ?? 'away',
    capacity: row?.capacity ?? DEFAULT_CAPACITY,
    online: row?.seenAt ? row.seenAt > onlineSince(now) : false,
  };
}

export async function activeCountOf(q: Queryable, userId: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(chatConversations)
    .where(and(eq(chatConversations.counsellorId, userId), eq(chatConversations.status, 'active')));
  return row?.n ?? 0;
}

export interface QueueEntry {
  id: string;
  ageBand: string | null;
  topic: string | null;
  urgency: number;
  queuedAt: string;
  returning: boolean;
}

/** The waiting children of the actor's centre, in the order they will be served. */
export async function queueOf(q: Queryable, centreId: string): Promise<QueueEntry[]> {
  const c = chatConversations;
  const rows = await q
    .select({ id: c.id, ageBand: c.ageBand, topic: c.topic, urgency: c.urgency, queuedAt: c.queuedAt, lastSeq: c.lastSeq })
    .from(c)
    .where(and(eq(c.centreId, centreId), eq(c.status, 'waiting')))
    .orderBy(desc(c.urgency), asc(c.queuedAt), asc(c.id))
    .limit(200);
  return rows.map((r) => ({ id: r.id, ageBand: r.ageBand, topic: r.topic, urgency: r.urgency, queuedAt: r.queuedAt.toISOString(), returning: r.lastSeq > 0 }));
}

/**
 * Takes the next child, within the counsellor's capacity. The counsellor's presence row is locked
 * (two clicks in two tabs cannot exceed capacity) and the queue row is taken with SKIP LOCKED
 * (two counsellors never get the same child).
 */
export async function takeNext(ctx: Ctx): Promise<string> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [presence] = await tx.select().from(chatPresence).where(eq(chatPresence.userId, actor.userId)).for('update');
    const capacity = presence?.capacity ?? DEFAULT_CAPACITY;
    if ((await activeCountOf(tx, actor.userId)) >= capacity) throw new AppError(409, 'chat_capacity_full', { capacity });
    const c = chatConversations;
    const [next] = await tx
      .select({ id: c.id })
      .from(c)
      .where(and(eq(c.centreId, actor.centreId), eq(c.status, 'waiting')))
      .orderBy(desc(c.urgency), asc(c.queuedAt), asc(c.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) throw new AppError(409, 'chat_queue_empty');
    await tx.update(c).set({ status: 'active', counsellorId: actor.userId, takenAt: new Date() }).where(eq(c.id, next.id));
    await appendSystemMessage(tx, next.id, 'joined');
    await notifyChat(tx, { kind: 'state', conversationId: next.id, centreId: actor.centreId });
    await notifyChat(tx, { kind: 'queue', centreId: actor.centreId });
    audit({ action: 'chat.take', recordType: 'chat_conversation', recordId: next.id, centreId: actor.centreId });
    return next.id;
  });
}

/** First name only: the child gets a person to talk to, not the counsellor's identity. */
export async function counsellorAlias(q: Queryable, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await q.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row ? (row.name.split(/\s+/)[0] ?? null) : null;
}
