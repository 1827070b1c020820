// Staff read the consult requests of their own centre. Both routes are audited reads; a request
// of another centre answers 404, exactly as one that does not exist.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { listConsultRequests, readConsultRequest } from './consult.service.js';
import { consultRequests } from './consult.tables.js';

const listItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  channel: z.string(),
  sector: z.string(),
  province: z.string(),
  guideOutcome: z.string().nullable(),
  status: z.string(),
  contactPreference: z.enum(consultRequests.contactPreference.enumValues),
  expectedResponseBy: z.string(),
  createdAt: z.string(),
});

const detail = listItem.extend({
  contentVersion: z.string().nullable(),
  observations: z.string().nullable(),
  considerations: z.string().nullable(),
  decisions: z.string().nullable(),
  question: z.string().nullable(),
  contact: z.object({ name: z.string().nullable(), organisation: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
});

export function consultRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'consult:handle' as const };
  const tags = ['consult'];

  r.get('/api/consult/requests', { config, schema: { tags, response: { 200: z.object({ requests: z.array(listItem), more: z.boolean() }) } } }, async (request) =>
    listConsultRequests(ctxOf(request, deps.db)),
  );

  r.get('/api/consult/requests/:id', { config, schema: { tags, params: z.strictObject({ id: z.uuid() }), response: { 200: detail } } }, async (request) =>
    readConsultRequest(ctxOf(request, deps.db), request.params.id),
  );
}
