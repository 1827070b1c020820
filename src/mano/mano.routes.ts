// The MANO track of a case and its referral letter to the prosecutor. Case team only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import './mano.messages.js';
import {
  caseParams,
  concludeManoInput,
  generateLetterInput,
  letterParams,
  letterResponse,
  manoDueResponse,
  reviewLetterInput,
  sendLetterInput,
  startManoInput,
  trackParams,
  trackResponse,
  updateManoInput,
} from './mano.schema.js';
import { concludeMano, manoDue, readMano, startMano, updateMano } from './mano.service.js';
import { downloadProsecutorLetter, generateProsecutorLetter, reviewProsecutorLetter, sendProsecutorLetter } from './prosecutor-letter.service.js';

export function manoRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mano'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/mano/due', { config: read, schema: { tags, response: { 200: manoDueResponse } } }, async (request) => manoDue(ctx(request)));
  r.get('/api/cases/:id/mano', { config: read, schema: { tags, params: caseParams, response: { 200: z.object({ tracks: z.array(trackResponse) }) } } }, async (request) => readMano(ctx(request), request.params.id));
  r.post('/api/cases/:id/mano', { config: write, schema: { tags, params: caseParams, body: startManoInput, response: { 201: trackResponse } } }, async (request, reply) =>
    reply.status(201).send(await startMano(ctx(request), request.params.id, request.body)),
  );
  r.post('/api/cases/:id/mano/:trackId', { config: write, schema: { tags, params: trackParams, body: updateManoInput, response: { 200: trackResponse } } }, async (request) =>
    updateMano(ctx(request), request.params.id, request.params.trackId, request.body),
  );
  r.post('/api/cases/:id/mano/:trackId/conclude', { config: write, schema: { tags, params: trackParams, body: concludeManoInput, response: { 200: trackResponse } } }, async (request) =>
    concludeMano(ctx(request), request.params.id, request.params.trackId, request.body),
  );
  r.post('/api/cases/:id/mano/:trackId/letters', { config: write, schema: { tags, params: trackParams, body: generateLetterInput, response: { 201: letterResponse } } }, async (request, reply) =>
    reply.status(201).send(await generateProsecutorLetter(ctx(request), request.params.id, request.params.trackId, request.body.prosecutorId)),
  );
  r.post('/api/cases/:id/mano-letters/:letterId/review', { config: write, schema: { tags, params: letterParams, body: reviewLetterInput, response: { 200: letterResponse } } }, async (request) =>
    reviewProsecutorLetter(ctx(request), request.params.id, request.params.letterId, request.body.version),
  );
  r.post('/api/cases/:id/mano-letters/:letterId/send', { config: write, schema: { tags, params: letterParams, body: sendLetterInput, response: { 200: letterResponse } } }, async (request) =>
    sendProsecutorLetter(ctx(request), request.params.id, request.params.letterId, request.body),
  );
  r.get('/api/cases/:id/mano-letters/:letterId/pdf', { config: read, schema: { tags, params: letterParams } }, async (request, reply) => {
    const { pdf, filename } = await downloadProsecutorLetter(ctx(request), request.params.id, request.params.letterId);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store').send(pdf);
  });
}
