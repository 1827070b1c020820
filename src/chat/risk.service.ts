// "Child in acute danger": a counsellor raises it in one click, every supervisor of the centre is
// alerted at once (across processes, through the chat bus), and what the supervisor then did is
// recorded. Also the supervisor's view of the queue and of who talks to whom (never the content).
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { notFound } from '../platform/errors.js';
import { notifyChat } from './chat-bus.js';
import { myActiveConversation } from './counsel.service.js';
import { actorOf, PRESENCE_WINDOW_MS, queueOf } from './queue.service.js';
import { chatConversations, chatNotes, chatPresence, chatRiskAlerts } from './chat.tables.js';

export const emergencyActions = ['called_112', 'guided_child_to_112', 'police_informed', 'prosecutor_informed', 'trusted_adult_reached', 'no_action_needed', 'other'] as const;
export type EmergencyAction = (typeof emergencyActions)[number];

export async function raiseRisk(ctx: Ctx, conversationId: string, note: string | undefined): Promise<string> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    await myActiveConversation(ctx, tx, conversationId);
    await tx.update(chatConversations).set({ riskLevel: 'acute' }).where(eq(chatConversations.id, conversationId));
    const [alert] = await tx.insert(chatRiskAlerts).values({ conversationId, centreId: actor.centreId, raisedBy: actor.userId }).returning({ id: chatRiskAlerts.id });
    if (note) await tx.insert(chatNotes).values({ conversationId, authorId: actor.userId, kind: 'risk', body: note });
    await notifyChat(tx, { kind: 'alert', centreId: actor.centreId, alertId: alert!.id });
    await notifyChat(tx, { kind: 'state', conversationId, centreId: actor.centreId });
    audit({ action: 'chat.risk_flag', recordType: 'chat_conversation', recordId: conversationId, centreId: actor.centreId, details: { alertId: alert!.id, level: 'acute' } });
    return alert!.id;
  });
}

const raiser = alias(users, 'raiser');
const handler = alias(users, 'handler');

export async function alertsOf(ctx: Ctx, options: { openOnly: boolean }) {
  const actor = actorOf(ctx);
  const a = chatRiskAlerts;
  const rows = await ctx.db
    .select({ alert: a, raisedByName: raiser.displayName, handledByName: handler.displayName })
    .from(a)
    .innerJoin(raiser, eq(raiser.id, a.raisedBy))
    .leftJoin(handler, eq(handler.id, a.handledBy))
    .where(and(eq(a.centreId, actor.centreId), options.openOnly ? isNull(a.handledAt) : undefined))
    .orderBy(desc(a.raisedAt))
    .limit(100);
  return rows.map(({ alert, raisedByName, handledByName }) => ({
    id: alert.id,
    conversationId: alert.conversationId,
    raisedBy: raisedByName,
    raisedAt: alert.raisedAt.toISOString(),
    handledBy: handledByName ?? null,
    handledAt: alert.handledAt?.toISOString() ?? null,
    action: alert.action,
    actionNote: alert.actionNote,
  }));
}

/** Records what the supervisor did; the emergency protocol's outcome becomes part of the record. */
export async function handleAlert(ctx: Ctx, alertId: string, input: { action: EmergencyAction; note?: string | undefined }): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const [updated] = await tx
      .update(chatRiskAlerts)
      .set({ handledBy: actor.userId, handledAt: new Date(), action: input.action, actionNote: input.note ?? null })
      .where(and(eq(chatRiskAlerts.id, alertId), eq(chatRiskAlerts.centreId, actor.centreId), isNull(chatRiskAlerts.handledAt)))
      .returning({ conversationId: chatRiskAlerts.conversationId });
    if (!updated) throw notFound();
    await notifyChat(tx, { kind: 'alert', centreId: actor.centreId, alertId });
    audit({ action: 'chat.risk_action', recordType: 'chat_risk_alert', recordId: alertId, centreId: actor.centreId, details: { action: input.action, conversationId: updated.conversationId } });
  });
}

/** Queue, pairs and counsellors of the centre. The supervisor sees who, not what is said. */
export async function supervisorOverview(ctx: Ctx, now = new Date()) {
  const actor = actorOf(ctx);
  const c = chatConversations;
  return inTransaction(ctx, async ({ tx, audit }) => {
    const queue = await queueOf(tx, actor.centreId);
    const pairs = await tx
      .select({ id: c.id, counsellorId: c.counsellorId, counsellor: users.displayName, takenAt: c.takenAt, urgency: c.urgency, ageBand: c.ageBand, topic: c.topic, riskLevel: c.riskLevel })
      .from(c)
      .innerJoin(users, eq(users.id, c.counsellorId))
      .where(and(eq(c.centreId, actor.centreId), eq(c.status, 'active')))
      .orderBy(asc(c.takenAt));
    const p = chatPresence;
    const active = sql<number>`(SELECT count(*)::int FROM ${c} WHERE ${c.counsellorId} = ${p.userId} AND ${c.status} = 'active')`;
    const counsellors = await tx
      .select({ id: users.id, displayName: users.displayName, status: p.status, capacity: p.capacity, seenAt: p.seenAt, active })
      .from(p)
      .innerJoin(users, eq(users.id, p.userId))
      .where(eq(p.centreId, actor.centreId))
      .orderBy(asc(users.displayName));
    audit({ action: 'chat.overview', recordType: 'chat_conversation', centreId: actor.centreId });
    return {
      queue,
      pairs: pairs.map((r) => ({ ...r, counsellorId: r.counsellorId!, takenAt: r.takenAt?.toISOString() ?? null })),
      counsellors: counsellors.map((r) => ({
        id: r.id,
        displayName: r.displayName,
        status: r.status,
        online: r.seenAt !== null && r.seenAt.getTime() > now.getTime() - PRESENCE_WINDOW_MS,
        capacity: r.capacity,
        active: r.active,
      })),
    };
  });
}
