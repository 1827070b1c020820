// Handing a registered chat or 1712 call on to a VK or a CAW. Every counsellor registers contacts
// (hotline:log), and hands off only their own registrations.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { handoffInput, handoffResponse } from './handoff.schema.js';
import { handOff, handoffsOf } from './handoff.service.js';

const params = z.strictObject({ id: z.uuid() });

export function handoffRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'hotline:log' as const };
  const tags = ['contacts'];

  r.post('/api/contacts/:id/handoffs', { config, schema: { tags, params, body: handoffInput, response: { 201: handoffResponse } } }, async (request, reply) =>
    reply.status(201).send(await handOff(ctxOf(request, deps.db), request.params.id, request.body)),
  );

  r.get('/api/contacts/:id/handoffs', { config, schema: { tags, params, response: { 200: z.object({ handoffs: z.array(handoffResponse) }) } } }, async (request) => ({
    handoffs: await handoffsOf(ctxOf(request, deps.db), request.params.id),
  }));
}
