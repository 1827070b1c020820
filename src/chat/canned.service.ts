// Canned responses and the chat service's settings: content a team lead maintains, counsellors use.
import { and, asc, eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../platform/context.js';
import { notFound } from '../platform/errors.js';
import { notifyChat } from './chat-bus.js';
import type { ChatSettings } from './chat-settings.js';
import { settingsOf } from './conversation.service.js';
import { actorOf } from './queue.service.js';
import { chatCannedResponses, chatSettings } from './chat.tables.js';

export interface CannedInput {
  title: string;
  body: string;
  sort: number;
}

export async function cannedResponses(ctx: Ctx) {
  const actor = actorOf(ctx);
  const rows = await ctx.db
    .select()
    .from(chatCannedResponses)
    .where(eq(chatCannedResponses.centreId, actor.centreId))
    .orderBy(asc(chatCannedResponses.sort), asc(chatCannedResponses.title));
  return rows.map((r) => ({ id: r.id, title: r.title, body: r.body, sort: r.sort }));
}

export async function createCanned(ctx: Ctx, input: CannedInput): Promise<string> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [row] = await tx.insert(chatCannedResponses).values({ ...input, centreId: actor.centreId, updatedBy: actor.userId }).returning({ id: chatCannedResponses.id });
    audit({ action: 'chat.canned_create', recordType: 'chat_canned_response', recordId: row!.id, centreId: actor.centreId });
    return row!.id;
  });
}

export async function updateCanned(ctx: Ctx, id: string, input: CannedInput): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const updated = await tx
      .update(chatCannedResponses)
      .set({ ...input, updatedBy: actor.userId, updatedAt: new Date() })
      .where(and(eq(chatCannedResponses.id, id), eq(chatCannedResponses.centreId, actor.centreId)))
      .returning({ id: chatCannedResponses.id });
    if (!updated.length) throw notFound();
    audit({ action: 'chat.canned_update', recordType: 'chat_canned_response', recordId: id, centreId: actor.centreId });
  });
}

export async function deleteCanned(ctx: Ctx, id: string): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    const deleted = await tx
      .delete(chatCannedResponses)
      .where(and(eq(chatCannedResponses.id, id), eq(chatCannedResponses.centreId, actor.centreId)))
      .returning({ id: chatCannedResponses.id });
    if (!deleted.length) throw notFound();
    audit({ action: 'chat.canned_delete', recordType: 'chat_canned_response', recordId: id, centreId: actor.centreId });
  });
}

export async function settingsForActor(ctx: Ctx): Promise<ChatSettings> {
  return settingsOf(ctx.db, actorOf(ctx).centreId);
}

export async function saveSettings(ctx: Ctx, settings: ChatSettings): Promise<void> {
  const actor = actorOf(ctx);
  await inTransaction(ctx, async ({ tx, audit }) => {
    await tx
      .insert(chatSettings)
      .values({ centreId: actor.centreId, settings, updatedBy: actor.userId })
      .onConflictDoUpdate({ target: chatSettings.centreId, set: { settings, updatedBy: actor.userId, updatedAt: new Date() } });
    await notifyChat(tx, { kind: 'queue', centreId: actor.centreId });
    audit({ action: 'chat.settings_update', recordType: 'chat_settings', recordId: actor.centreId, centreId: actor.centreId, details: { fields: Object.keys(settings) } });
  });
}
