import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { partnerView, shareRecoveryPlan } from './recovery-plan-share.service.js';
import { caseParams, partnerViewParams, partnerViewResponse, planParams, progressNoteInput, recoveryPlanInput, recoveryPlanResponse, recoveryPlanUpdate, shareInput } from './recovery-plan.schema.js';
import { addProgressNote, createRecoveryPlan, readRecoveryPlan, updateRecoveryPlan } from './recovery-plan.service.js';

export function recoveryPlanRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/cases/:id/recovery-plan', { config: read, schema: { tags, params: caseParams, response: { 200: z.object({ plan: recoveryPlanResponse.nullable() }) } } }, async (request) =>
    readRecoveryPlan(ctx(request), request.params.id),
  );
  r.get('/api/cases/:id/recovery-plan/:planId/partner-view/:partnerId', { config: read, schema: { tags, params: partnerViewParams, response: { 200: partnerViewResponse } } }, async (request) =>
    partnerView(ctx(request), request.params.id, request.params.planId, request.params.partnerId),
  );
  r.post('/api/cases/:id/recovery-plan', { config: write, schema: { tags, params: caseParams, body: recoveryPlanInput, response: { 201: recoveryPlanResponse } } }, async (request, reply) =>
    reply.status(201).send(await createRecoveryPlan(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/recovery-plan/:planId', { config: write, schema: { tags, params: planParams, body: recoveryPlanUpdate, response: { 200: recoveryPlanResponse } } }, async (request) =>
    updateRecoveryPlan(ctx(request), request.params.id, request.params.planId, request.body),
  );
  r.post('/api/cases/:id/recovery-plan/:planId/progress', { config: write, schema: { tags, params: planParams, body: progressNoteInput, response: { 201: recoveryPlanResponse } } }, async (request, reply) =>
    reply.status(201).send(await addProgressNote(ctx(request), request.params.id, request.params.planId, request.body)),
  );
  r.post('/api/cases/:id/recovery-plan/:planId/shares', { config: write, schema: { tags, params: planParams, body: shareInput, response: { 200: recoveryPlanResponse } } }, async (request) =>
    shareRecoveryPlan(ctx(request), request.params.id, request.params.planId, request.body),
  );
}
