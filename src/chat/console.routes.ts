// The counsellor's console: availability, the queue, taking the next chat, and what can be done
// with one's own chats. Everything is scoped to the counsellor's centre in the services.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import { contactInput } from '../contacts/contacts.schema.js';
import { registerContact, registeredConversations } from '../contacts/contacts.service.js';
import '../contacts/contacts.messages.js';
import { cannedResponses } from './canned.service.js';
import { StaffSession } from './staff-socket.js';
import type { ChatSocketDeps } from './child-socket.js';
import { NOTE_MAX } from './chat.schema.js';
import { addNote, blockSender, chatFactsForRegistration, colleaguesForTransfer, endByCounsellor, myConversations, notesOf, transcriptFor, transfer } from './counsel.service.js';
import { raiseRisk } from './risk.service.js';
import { actorOf, presenceOf, queueOf, setPresence, takeNext } from './queue.service.js';

export const queueEntry = z.object({ id: z.uuid(), ageBand: z.string().nullable(), topic: z.string().nullable(), urgency: z.number(), queuedAt: z.string(), returning: z.boolean() });
const conversationSummary = z.object({
  id: z.uuid(),
  status: z.enum(['waiting', 'active', 'ended']),
  ageBand: z.string().nullable(),
  topic: z.string().nullable(),
  urgency: z.number(),
  locale: z.string(),
  takenAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
  riskLevel: z.string().nullable(),
  childOnline: z.boolean(),
  lastSeq: z.number(),
  childDeliveredSeq: z.number(),
  childReadSeq: z.number(),
  registered: z.boolean(),
  /** The registration of an ended chat, for the hand-off step. */
  contactId: z.uuid().nullable(),
});
const wireMessage = z.object({ seq: z.number(), clientId: z.string(), from: z.enum(['child', 'counsellor', 'system']), body: z.string(), sentAt: z.string() });
const params = z.strictObject({ id: z.uuid() });
const noteBody = z.string().trim().min(1).max(NOTE_MAX);

export function consoleRoutes(app: FastifyInstance, deps: ChatSocketDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'chat:counsel' as const };
  const tags = ['chat console'];
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get(
    '/api/console/state',
    {
      config,
      schema: {
        tags,
        response: {
          200: z.object({
            presence: z.object({ status: z.enum(['available', 'away']), capacity: z.number(), online: z.boolean() }),
            queue: z.array(queueEntry),
            conversations: z.array(conversationSummary),
          }),
        },
      },
    },
    async (request) => {
      const c = ctx(request);
      const actor = actorOf(c);
      const conversations = await myConversations(c);
      const registered = await registeredConversations(deps.db, conversations.map((x) => x.id));
      return {
        presence: await presenceOf(deps.db, actor.userId),
        queue: await queueOf(deps.db, actor.centreId),
        conversations: conversations.map((x) => ({ ...x, registered: registered.has(x.id), contactId: registered.get(x.id) ?? null })),
      };
    },
  );

  r.post('/api/console/presence', { config, schema: { tags, body: z.strictObject({ status: z.enum(['available', 'away']), capacity: z.number().int().min(1).max(5) }) } }, async (request, reply) => {
    await setPresence(ctx(request), request.body);
    return reply.status(204).send();
  });

  r.post('/api/console/take-next', { config, schema: { tags, response: { 200: z.object({ conversationId: z.uuid() }) } } }, async (request) => ({
    conversationId: await takeNext(ctx(request)),
  }));

  r.get('/api/console/conversations/:id/transcript', { config, schema: { tags, params, response: { 200: z.object({ messages: z.array(wireMessage) }) } } }, async (request) => ({
    messages: await transcriptFor(ctx(request), request.params.id),
  }));

  r.get(
    '/api/console/conversations/:id/notes',
    { config, schema: { tags, params, response: { 200: z.object({ notes: z.array(z.object({ id: z.uuid(), kind: z.string(), body: z.string(), author: z.string(), createdAt: z.string() })) }) } } },
    async (request) => ({ notes: await notesOf(ctx(request), request.params.id) }),
  );

  r.post('/api/console/conversations/:id/notes', { config, schema: { tags, params, body: z.strictObject({ body: noteBody }) } }, async (request, reply) => {
    await addNote(ctx(request), request.params.id, request.body.body);
    return reply.status(204).send();
  });

  r.post('/api/console/conversations/:id/end', { config, schema: { tags, params } }, async (request, reply) => {
    await endByCounsellor(ctx(request), request.params.id);
    return reply.status(204).send();
  });

  r.get('/api/console/colleagues', { config, schema: { tags, response: { 200: z.object({ colleagues: z.array(z.object({ id: z.uuid(), displayName: z.string(), freeSlots: z.number() })) }) } } }, async (request) => ({
    colleagues: await colleaguesForTransfer(ctx(request)),
  }));

  r.post('/api/console/conversations/:id/transfer', { config, schema: { tags, params, body: z.strictObject({ toUserId: z.uuid(), note: noteBody }) } }, async (request, reply) => {
    await transfer(ctx(request), request.params.id, request.body);
    return reply.status(204).send();
  });

  r.post(
    '/api/console/conversations/:id/risk',
    { config, schema: { tags, params, body: z.strictObject({ note: z.string().trim().max(NOTE_MAX).optional() }), response: { 201: z.object({ alertId: z.uuid() }) } } },
    async (request, reply) => {
      const alertId = await raiseRisk(ctx(request), request.params.id, request.body.note || undefined);
      return reply.status(201).send({ alertId });
    },
  );

  r.post('/api/console/conversations/:id/block', { config, schema: { tags, params, response: { 200: z.object({ blockedUntil: z.string() }) } } }, async (request) => ({
    blockedUntil: (await blockSender(ctx(request), request.params.id)).toISOString(),
  }));

  // The shared contact form, filled in after the chat; when and how long come from the chat itself.
  r.post('/api/console/conversations/:id/registration', { config, schema: { tags, params, body: contactInput, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) => {
    const c = ctx(request);
    const facts = await chatFactsForRegistration(c, request.params.id);
    const id = await registerContact(c, { channel: 'chat', conversationId: request.params.id, ...facts, form: request.body });
    return reply.status(201).send({ id });
  });

  r.get('/api/console/canned', { config, schema: { tags, response: { 200: z.object({ responses: z.array(z.object({ id: z.uuid(), title: z.string(), body: z.string(), sort: z.number() })) }) } } }, async (request) => ({
    responses: await cannedResponses(ctx(request)),
  }));

  r.get('/api/console/socket', { websocket: true, config, schema: { hide: true } }, (socket, request) => {
    if (!sameOrigin(request.headers.origin, request.headers.host)) return socket.close(4403, 'origin');
    new StaffSession(socket, deps, ctx(request), 'counsel');
  });
}

/**
 * Cookies ride along on a WebSocket handshake from any page, so the console's sockets accept
 * only their own origin (a browser always sends Origin on a WebSocket handshake).
 */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    const from = new URL(origin);
    // Parsed the same way, so a default port written out (":80") does not count as a difference.
    return from.host === new URL(`${from.protocol}//${host}`).host;
  } catch {
    return false;
  }
}
