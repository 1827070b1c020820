// The supervisor's side (chat:supervise): the queue and who talks to whom, risk alerts and what
// was done about them, canned responses and the service's settings.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import { cannedResponses, createCanned, deleteCanned, saveSettings, settingsForActor, updateCanned } from './canned.service.js';
import { chatSettingsSchema } from './chat-settings.js';
import type { ChatSocketDeps } from './child-socket.js';
import { queueEntry, sameOrigin } from './console.routes.js';
import { alertsOf, emergencyActions, handleAlert, supervisorOverview } from './risk.service.js';
import { StaffSession } from './staff-socket.js';
import { NOTE_MAX } from './chat.schema.js';

const params = z.strictObject({ id: z.uuid() });
const cannedBody = z.strictObject({ title: z.string().trim().min(1).max(120), body: z.string().trim().min(1).max(2_000), sort: z.number().int().min(0).max(10_000).default(0) });
const canned = z.object({ id: z.uuid(), title: z.string(), body: z.string(), sort: z.number() });
const alert = z.object({
  id: z.uuid(),
  conversationId: z.uuid(),
  raisedBy: z.string(),
  raisedAt: z.string(),
  handledBy: z.string().nullable(),
  handledAt: z.string().nullable(),
  action: z.string().nullable(),
  actionNote: z.string().nullable(),
});
const overview = z.object({
  queue: z.array(queueEntry),
  pairs: z.array(z.object({ id: z.uuid(), counsellorId: z.uuid(), counsellor: z.string(), takenAt: z.string().nullable(), urgency: z.number(), ageBand: z.string().nullable(), topic: z.string().nullable(), riskLevel: z.string().nullable() })),
  counsellors: z.array(z.object({ id: z.uuid(), displayName: z.string(), status: z.string(), online: z.boolean(), capacity: z.number(), active: z.number() })),
});

export function superviseRoutes(app: FastifyInstance, deps: ChatSocketDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'chat:supervise' as const };
  const tags = ['chat supervision'];
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/console/supervise/overview', { config, schema: { tags, response: { 200: overview } } }, async (request) => supervisorOverview(ctx(request)));

  r.get('/api/console/supervise/alerts', { config, schema: { tags, querystring: z.strictObject({ open: z.enum(['true', 'false']).default('true') }), response: { 200: z.object({ alerts: z.array(alert) }) } } }, async (request) => ({
    alerts: await alertsOf(ctx(request), { openOnly: request.query.open === 'true' }),
  }));

  r.post(
    '/api/console/supervise/alerts/:id/action',
    { config, schema: { tags, params, body: z.strictObject({ action: z.enum(emergencyActions), note: z.string().trim().max(NOTE_MAX).optional() }) } },
    async (request, reply) => {
      await handleAlert(ctx(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  r.get('/api/console/supervise/canned', { config, schema: { tags, response: { 200: z.object({ responses: z.array(canned) }) } } }, async (request) => ({ responses: await cannedResponses(ctx(request)) }));

  r.post('/api/console/supervise/canned', { config, schema: { tags, body: cannedBody, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) => {
    const id = await createCanned(ctx(request), request.body);
    return reply.status(201).send({ id });
  });

  r.post('/api/console/supervise/canned/:id', { config, schema: { tags, params, body: cannedBody } }, async (request, reply) => {
    await updateCanned(ctx(request), request.params.id, request.body);
    return reply.status(204).send();
  });

  r.post('/api/console/supervise/canned/:id/delete', { config, schema: { tags, params } }, async (request, reply) => {
    await deleteCanned(ctx(request), request.params.id);
    return reply.status(204).send();
  });

  r.get('/api/console/supervise/settings', { config, schema: { tags, response: { 200: chatSettingsSchema } } }, async (request) => settingsForActor(ctx(request)));

  r.post('/api/console/supervise/settings', { config, schema: { tags, body: chatSettingsSchema } }, async (request, reply) => {
    await saveSettings(ctx(request), request.body);
    return reply.status(204).send();
  });

  r.get('/api/console/supervise/socket', { websocket: true, config, schema: { hide: true } }, (socket, request) => {
    if (!sameOrigin(request.headers.origin, request.headers.host)) return socket.close(4403, 'origin');
    new StaffSession(socket, deps, ctx(request), 'supervise');
  });
}
