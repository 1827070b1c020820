import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { diffSafetyPlan, readSafetyPlan, readSafetyPlanVersion, reviewsDue } from './safety-plan-read.service.js';
import {
  caseParams,
  diffQuery,
  diffResponse,
  dueQuery,
  planVersionResponse,
  reviewInput,
  reviewsDueResponse,
  safetyPlanInput,
  safetyPlanResponse,
  safetyPlanVersionInput,
  signatureInput,
  versionParams,
} from './safety-plan.schema.js';
import { createSafetyPlan, reviewSafetyPlan, saveSafetyPlanVersion, signSafetyPlan } from './safety-plan.service.js';

export function safetyPlanRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/plans/reviews-due', { config: read, schema: { tags, querystring: dueQuery, response: { 200: reviewsDueResponse } } }, async (request) => reviewsDue(ctx(request), request.query.withinDays));

  r.get('/api/cases/:id/safety-plan', { config: read, schema: { tags, params: caseParams, response: { 200: z.object({ plan: safetyPlanResponse.nullable() }) } } }, async (request) =>
    readSafetyPlan(ctx(request), request.params.id),
  );
  r.get('/api/cases/:id/safety-plan/versions/:number', { config: read, schema: { tags, params: versionParams, response: { 200: planVersionResponse } } }, async (request) =>
    readSafetyPlanVersion(ctx(request), request.params.id, request.params.number),
  );
  r.get('/api/cases/:id/safety-plan/diff', { config: read, schema: { tags, params: caseParams, querystring: diffQuery, response: { 200: diffResponse } } }, async (request) =>
    diffSafetyPlan(ctx(request), request.params.id, request.query.from, request.query.to),
  );

  r.post('/api/cases/:id/safety-plan', { config: write, schema: { tags, params: caseParams, body: safetyPlanInput, response: { 201: safetyPlanResponse } } }, async (request, reply) =>
    reply.status(201).send(await createSafetyPlan(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/safety-plan/versions', { config: write, schema: { tags, params: caseParams, body: safetyPlanVersionInput, response: { 201: safetyPlanResponse } } }, async (request, reply) =>
    reply.status(201).send(await saveSafetyPlanVersion(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/safety-plan/versions/:number/signatures', { config: write, schema: { tags, params: versionParams, body: signatureInput, response: { 201: safetyPlanResponse } } }, async (request, reply) =>
    reply.status(201).send(await signSafetyPlan(ctx(request), request.params.id, request.params.number, request.body)),
  );
  r.post('/api/cases/:id/safety-plan/reviews', { config: write, schema: { tags, params: caseParams, body: reviewInput, response: { 200: safetyPlanResponse } } }, async (request) =>
    reviewSafetyPlan(ctx(request), request.params.id, request.body),
  );
}
