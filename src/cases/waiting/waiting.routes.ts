import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../access/guard.js';
import type { Db } from '../../platform/db.js';
import { caseSummary } from '../case-summary.js';
import { idParams } from '../intake/intake.schema.js';
import { assignCase, retriageCase } from './assignment.service.js';
import { setCapacity, teamCapacity } from './capacity.service.js';
import { waitingList } from './waiting-list.service.js';

const code = z.string().trim().min(1).max(64);
const version = z.number().int().min(1);

const waitingListResponse = z.object({
  entries: z.array(caseSummary.extend({ position: z.number(), expectedWaitWeeks: z.number().nullable() })),
  summary: z.object({
    waiting: z.number(),
    overdue: z.number(),
    longestWaitDays: z.number(),
    capacity: z.number(),
    activeCases: z.number(),
    freeSlots: z.number(),
    startsPerWeek: z.number(),
  }),
});

const workerLoad = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.string(),
  teamId: z.uuid(),
  capacity: z.number(),
  capacitySet: z.boolean(),
  capacityVersion: z.number().nullable(),
  activeCases: z.number(),
});

export function waitingRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const lead = { permission: 'cases:lead' as const };
  const write = { permission: 'cases:write' as const };

  r.get('/api/cases/waiting-list', { config: lead, schema: { tags, response: { 200: waitingListResponse } } }, async (request) => waitingList(ctxOf(request, deps.db)));

  r.get('/api/cases/capacity', { config: lead, schema: { tags, response: { 200: z.object({ workers: z.array(workerLoad) }) } } }, async (request) => ({
    workers: await teamCapacity(ctxOf(request, deps.db)),
  }));

  r.post(
    '/api/cases/capacity/:id',
    { config: lead, schema: { tags, params: idParams, body: z.strictObject({ capacity: z.number().int().min(0).max(100), version: version.nullable() }), response: { 200: workerLoad } } },
    async (request) => setCapacity(ctxOf(request, deps.db), request.params.id, request.body),
  );

  r.post(
    '/api/cases/:id/assign',
    { config: lead, schema: { tags, params: idParams, body: z.strictObject({ version, ownerId: z.uuid(), memberIds: z.array(z.uuid()).max(20).default([]) }), response: { 200: caseSummary } } },
    async (request) => assignCase(ctxOf(request, deps.db), request.params.id, request.body),
  );

  r.post(
    '/api/cases/:id/retriage',
    {
      config: write,
      schema: {
        tags,
        params: idParams,
        body: z.strictObject({ version, urgency: code.optional(), problemCategory: code.optional(), forms: z.array(code).max(20).optional(), contexts: z.array(code).max(20).optional() }),
        response: { 200: caseSummary },
      },
    },
    async (request) => retriageCase(ctxOf(request, deps.db), request.params.id, request.body),
  );
}
