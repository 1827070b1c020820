// Routes of the assessments section of a case file. Access is the case's: whoever may open the
// case may read and record its assessments; everyone else is told the case does not exist.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { recordAce, updateAce } from './ace.service.js';
import './assessments.messages.js';
import {
  aceInput,
  aceResponse,
  aceUpdate,
  assessmentParams,
  assessmentsResponse,
  caseParams,
  doubtInput,
  doubtParams,
  doubtResolution,
  doubtResponse,
  doubtUpdate,
  safetyAssessmentInput,
  safetyAssessmentResponse,
  safetyAssessmentUpdate,
  scaleScoreInput,
  screeningParams,
  versionOnly,
} from './assessments.schema.js';
import { readAssessments } from './assessments.service.js';
import { raiseDoubt, resolveDoubt, updateDoubt } from './doubts.service.js';
import { addScaleScore, completeSafetyAssessment, createSafetyAssessment, updateSafetyAssessment } from './safety-assessment.service.js';

export function assessmentsRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessments'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/cases/:id/assessments', { config: read, schema: { tags, params: caseParams, response: { 200: assessmentsResponse } } }, async (request) => readAssessments(ctx(request), request.params.id));

  r.post('/api/cases/:id/ace-screenings', { config: write, schema: { tags, params: caseParams, body: aceInput, response: { 201: aceResponse } } }, async (request, reply) =>
    reply.status(201).send(await recordAce(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/ace-screenings/:screeningId', { config: write, schema: { tags, params: screeningParams, body: aceUpdate, response: { 200: aceResponse } } }, async (request) =>
    updateAce(ctx(request), request.params.id, request.params.screeningId, request.body),
  );

  r.post('/api/cases/:id/safety-assessments', { config: write, schema: { tags, params: caseParams, body: safetyAssessmentInput, response: { 201: safetyAssessmentResponse } } }, async (request, reply) =>
    reply.status(201).send(await createSafetyAssessment(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/safety-assessments/:assessmentId', { config: write, schema: { tags, params: assessmentParams, body: safetyAssessmentUpdate, response: { 200: safetyAssessmentResponse } } }, async (request) =>
    updateSafetyAssessment(ctx(request), request.params.id, request.params.assessmentId, request.body),
  );
  r.post('/api/cases/:id/safety-assessments/:assessmentId/complete', { config: write, schema: { tags, params: assessmentParams, body: versionOnly, response: { 200: safetyAssessmentResponse } } }, async (request) =>
    completeSafetyAssessment(ctx(request), request.params.id, request.params.assessmentId, request.body.version),
  );
  r.post('/api/cases/:id/safety-assessments/:assessmentId/scores', { config: write, schema: { tags, params: assessmentParams, body: scaleScoreInput, response: { 201: safetyAssessmentResponse } } }, async (request, reply) =>
    reply.status(201).send(await addScaleScore(ctx(request), request.params.id, request.params.assessmentId, request.body)),
  );

  r.post('/api/cases/:id/doubts', { config: write, schema: { tags, params: caseParams, body: doubtInput, response: { 201: doubtResponse } } }, async (request, reply) =>
    reply.status(201).send(await raiseDoubt(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/doubts/:doubtId', { config: write, schema: { tags, params: doubtParams, body: doubtUpdate, response: { 200: doubtResponse } } }, async (request) =>
    updateDoubt(ctx(request), request.params.id, request.params.doubtId, request.body),
  );
  r.post('/api/cases/:id/doubts/:doubtId/resolve', { config: write, schema: { tags, params: doubtParams, body: doubtResolution, response: { 200: doubtResponse } } }, async (request) =>
    resolveDoubt(ctx(request), request.params.id, request.params.doubtId, request.body),
  );
}
