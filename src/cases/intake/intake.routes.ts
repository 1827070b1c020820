import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../access/guard.js';
import type { Db } from '../../platform/db.js';
import {
  idParams,
  registerReportBody,
  reporterResponse,
  reportListQuery,
  reportListResponse,
  reportResponse,
  reportTranscriptResponse,
  triageReportBody,
} from './intake.schema.js';
import { readReportTranscript } from './handed-off-report.js';
import { listReports, readReport, readReporter, registerReport, triageReport } from './intake.service.js';

export function intakeRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };

  r.post('/api/cases/reports', { config: write, schema: { tags, body: registerReportBody, response: { 201: reportResponse } } }, async (request, reply) =>
    reply.status(201).send(await registerReport(ctxOf(request, deps.db), request.body)),
  );

  r.get('/api/cases/reports', { config: read, schema: { tags, querystring: reportListQuery, response: { 200: reportListResponse } } }, async (request) => ({
    reports: await listReports(ctxOf(request, deps.db), request.query),
  }));

  r.get('/api/cases/reports/:id', { config: read, schema: { tags, params: idParams, response: { 200: reportResponse } } }, async (request) =>
    readReport(ctxOf(request, deps.db), request.params.id),
  );

  r.get('/api/cases/reports/:id/reporter', { config: read, schema: { tags, params: idParams, response: { 200: reporterResponse } } }, async (request) =>
    readReporter(ctxOf(request, deps.db), request.params.id),
  );

  r.get('/api/cases/reports/:id/transcript', { config: read, schema: { tags, params: idParams, response: { 200: reportTranscriptResponse } } }, async (request) =>
    readReportTranscript(ctxOf(request, deps.db), request.params.id),
  );

  r.post('/api/cases/reports/:id/triage', { config: write, schema: { tags, params: idParams, body: triageReportBody, response: { 200: reportResponse } } }, async (request) =>
    triageReport(ctxOf(request, deps.db), request.params.id, request.body),
  );
}
