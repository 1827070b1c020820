// The centre's consult handlers work their requests here: register one taken by phone, e-mail
// or in person, read (audited), assign, advise, move through the workflow, and convert to a
// report. A request of another centre answers 404, exactly as one that does not exist.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import './consult.messages.js';
import { convertConsultToReport } from './consult-convert.service.js';
import { consultFollowUpsDue, consultHandlers, listConsultRequests, readConsultRequest } from './consult-read.service.js';
import { registerConsult, updateConsult } from './consult-register.service.js';
import {
  adviceBody,
  convertBody,
  convertedResponse,
  detailResponse,
  followUpsResponse,
  handlersResponse,
  idParams,
  listQuery,
  listResponse,
  registerConsultBody,
  statusBody,
  updateConsultBody,
} from './consult.schema.js';
import { changeConsultStatus, giveConsultAdvice } from './consult-workflow.service.js';

export function consultRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'consult:handle' as const };
  const tags = ['consult'];
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/consult/requests', { config, schema: { tags, querystring: listQuery, response: { 200: listResponse } } }, async (request) => listConsultRequests(ctx(request), request.query));
  r.post('/api/consult/requests', { config, schema: { tags, body: registerConsultBody, response: { 201: detailResponse } } }, async (request, reply) =>
    reply.status(201).send(await registerConsult(ctx(request), request.body)),
  );
  r.get('/api/consult/requests/:id', { config, schema: { tags, params: idParams, response: { 200: detailResponse } } }, async (request) => readConsultRequest(ctx(request), request.params.id));
  r.post('/api/consult/requests/:id', { config, schema: { tags, params: idParams, body: updateConsultBody, response: { 200: detailResponse } } }, async (request) =>
    updateConsult(ctx(request), request.params.id, request.body),
  );
  r.post('/api/consult/requests/:id/advice', { config, schema: { tags, params: idParams, body: adviceBody, response: { 200: detailResponse } } }, async (request) =>
    giveConsultAdvice(ctx(request), request.params.id, request.body),
  );
  r.post('/api/consult/requests/:id/status', { config, schema: { tags, params: idParams, body: statusBody, response: { 200: detailResponse } } }, async (request) =>
    changeConsultStatus(ctx(request), request.params.id, request.body),
  );
  // Converting registers a report: it needs case intake rights on top of handling consults.
  r.post('/api/consult/requests/:id/convert', { config: { permission: 'cases:write' }, schema: { tags, params: idParams, body: convertBody, response: { 201: convertedResponse } } }, async (request, reply) =>
    reply.status(201).send(await convertConsultToReport(ctx(request), request.params.id, request.body)),
  );
  r.get('/api/consult/follow-ups', { config, schema: { tags, response: { 200: followUpsResponse } } }, async (request) => consultFollowUpsDue(ctx(request)));
  r.get('/api/consult/handlers', { config, schema: { tags, response: { 200: handlersResponse } } }, async (request) => consultHandlers(ctx(request)));
}
