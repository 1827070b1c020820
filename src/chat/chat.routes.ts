// The public side of the chat: no account, no cookie, no tracking. Every route is rate-limited by
// a hash of the client address that lives only in this process's memory, never in the database.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.js';
import { ChildSession, type ChatSocketDeps } from './child-socket.js';
import { isOpen, nextOpening } from './chat-settings.js';
import { startBody, tokenSchema } from './chat.schema.js';
import { chatCentreId, findByToken, leaveConversation, resumeWithCodeWord, setCodeWord, settingsOf, startConversation } from './conversation.service.js';
import { capacityOf, expectedWaitMinutes, queueOf } from './queue.service.js';

const minute = 60_000;
const limit = (max: number, timeWindow: number) => ({ public: true as const, rateLimit: { max, timeWindow } });

const statusResponse = z.object({
  open: z.boolean(),
  nextOpening: z.object({ date: z.string(), weekday: z.number(), time: z.string() }).nullable(),
  openingHours: z.array(z.object({ weekday: z.number(), opens: z.string(), closes: z.string() })),
  quickExitUrl: z.string(),
  counsellorsOnline: z.boolean(),
  waiting: z.number(),
  expectedWaitMinutes: z.number().nullable(),
});
const codeWordSchema = z.string().min(1).max(200);

export function chatRoutes(app: FastifyInstance, deps: ChatSocketDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['chat'];

  r.get('/api/chat/status', { config: limit(120, minute), schema: { tags, response: { 200: statusResponse } } }, async () => {
    const now = new Date();
    const centreId = await chatCentreId(deps.db);
    if (!centreId) throw new AppError(503, 'chat_unavailable');
    const settings = await settingsOf(deps.db, centreId);
    const open = isOpen(settings, now);
    const waiting = (await queueOf(deps.db, centreId)).length;
    const capacity = await capacityOf(deps.db, centreId, now);
    return {
      open,
      nextOpening: open ? null : nextOpening(settings, now),
      openingHours: settings.openingHours,
      quickExitUrl: settings.quickExitUrl,
      counsellorsOnline: capacity.counsellorsOnline > 0,
      waiting,
      expectedWaitMinutes: open ? await expectedWaitMinutes(deps.db, centreId, waiting + 1, settings, now) : null,
    };
  });

  r.post('/api/chat/conversations', { config: limit(6, 10 * minute), schema: { tags, body: startBody, response: { 201: z.object({ token: z.string() }) } } }, async (request, reply) => {
    const { token } = await startConversation(deps.db, deps.secrets, request.body);
    return reply.status(201).send({ token });
  });

  r.post(
    '/api/chat/code-word',
    { config: limit(10, 10 * minute), schema: { tags, body: z.strictObject({ token: tokenSchema, codeWord: codeWordSchema }), response: { 200: z.object({ expiresAt: z.string() }) } } },
    async (request) => {
      const conversation = await findByToken(deps.db, deps.secrets, request.body.token);
      if (!conversation || conversation.status === 'ended') throw new AppError(404, 'not_found');
      const expiresAt = await setCodeWord(deps.db, deps.secrets, conversation, request.body.codeWord);
      return { expiresAt: expiresAt.toISOString() };
    },
  );

  // Few tries per address: a code word is something a person chose, so it can be guessed.
  r.post('/api/chat/resume', { config: limit(5, 15 * minute), schema: { tags, body: z.strictObject({ codeWord: codeWordSchema }), response: { 200: z.object({ token: z.string() }) } } }, async (request) => {
    const { token } = await resumeWithCodeWord(deps.db, deps.secrets, request.body.codeWord);
    return { token };
  });

  // Sent with `keepalive` by "Snel weg": the page is already gone when this arrives.
  r.post('/api/chat/leave', { config: limit(30, minute), schema: { tags, body: z.strictObject({ token: tokenSchema, reason: z.enum(['child_left', 'quick_exit']) }) } }, async (request, reply) => {
    const conversation = await findByToken(deps.db, deps.secrets, request.body.token);
    if (conversation) await leaveConversation(deps.db, conversation.id, request.body.reason);
    return reply.status(204).send();
  });

  r.get('/api/chat/socket', { websocket: true, config: limit(30, minute), schema: { hide: true } }, (socket) => {
    new ChildSession(socket, deps);
  });
}
