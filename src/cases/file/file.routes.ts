import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../access/guard.js';
import type { Db } from '../../platform/db.js';
import { caseSummary } from '../case-summary.js';
import { idParams, reporterResponse } from '../intake/intake.schema.js';
import { readCaseFile, readCaseReporters } from './case-file.service.js';
import {
  type CaseFile,
  caseFileResponse,
  closeInput,
  followUpInput,
  noteInput,
  noteParams,
  noteResponse,
  noteUpdate,
  personInput,
  personParams,
  personResponse,
  personUpdate,
  relationInput,
  relationParams,
  relationResponse,
  reopenInput,
  storyUpdate,
} from './file.schema.js';
import { addNote, updateNote } from './notes.service.js';
import { addPerson, addRelation, removePerson, removeRelation, updatePerson } from './persons.service.js';
import { closeCase, planFollowUp, reopenCase, updateStory } from './progress.service.js';

export function caseFileRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const read = { permission: 'cases:read' as const };
  const write = { permission: 'cases:write' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  // The answer is JSON text written by PostgreSQL, sent as it is (a string with a JSON content type
  // skips the serializer): the schema documents it, and the tests hold the answer to it.
  r.get('/api/cases/:id', { config: read, schema: { tags, params: idParams, response: { 200: caseFileResponse } } }, async (request, reply) =>
    reply.type('application/json; charset=utf-8').send(await readCaseFile(ctx(request), request.params.id) as unknown as CaseFile),
  );

  r.get(
    '/api/cases/:id/reporters',
    { config: read, schema: { tags, params: idParams, response: { 200: z.object({ reporters: z.array(reporterResponse.extend({ receivedAt: z.string(), source: z.string() })) }) } } },
    async (request) => ({ reporters: await readCaseReporters(ctx(request), request.params.id) }),
  );

  r.post('/api/cases/:id/story', { config: write, schema: { tags, params: idParams, body: storyUpdate, response: { 200: z.object({ worries: z.string(), strengths: z.string(), nextSteps: z.string(), version: z.number() }) } } }, async (request) =>
    updateStory(ctx(request), request.params.id, request.body),
  );

  r.post('/api/cases/:id/follow-up', { config: write, schema: { tags, params: idParams, body: followUpInput, response: { 200: caseSummary } } }, async (request) =>
    planFollowUp(ctx(request), request.params.id, request.body),
  );

  r.post('/api/cases/:id/close', { config: write, schema: { tags, params: idParams, body: closeInput, response: { 200: caseSummary } } }, async (request) =>
    closeCase(ctx(request), request.params.id, request.body),
  );

  r.post('/api/cases/:id/reopen', { config: write, schema: { tags, params: idParams, body: reopenInput, response: { 200: caseSummary } } }, async (request) =>
    reopenCase(ctx(request), request.params.id, request.body),
  );

  r.post('/api/cases/:id/persons', { config: write, schema: { tags, params: idParams, body: personInput, response: { 201: personResponse } } }, async (request, reply) =>
    reply.status(201).send(await addPerson(ctx(request), request.params.id, request.body)),
  );

  r.post('/api/cases/:id/persons/:personId', { config: write, schema: { tags, params: personParams, body: personUpdate, response: { 200: personResponse } } }, async (request) =>
    updatePerson(ctx(request), request.params.id, request.params.personId, request.body),
  );

  r.post('/api/cases/:id/persons/:personId/remove', { config: write, schema: { tags, params: personParams, body: z.strictObject({ version: z.number().int().min(1) }) } }, async (request, reply) => {
    await removePerson(ctx(request), request.params.id, request.params.personId, request.body.version);
    return reply.status(204).send();
  });

  r.post('/api/cases/:id/relations', { config: write, schema: { tags, params: idParams, body: relationInput, response: { 201: relationResponse } } }, async (request, reply) =>
    reply.status(201).send(await addRelation(ctx(request), request.params.id, request.body)),
  );

  r.post('/api/cases/:id/relations/:relationId/remove', { config: write, schema: { tags, params: relationParams } }, async (request, reply) => {
    await removeRelation(ctx(request), request.params.id, request.params.relationId);
    return reply.status(204).send();
  });

  r.post('/api/cases/:id/notes', { config: write, schema: { tags, params: idParams, body: noteInput, response: { 201: noteResponse } } }, async (request, reply) =>
    reply.status(201).send(await addNote(ctx(request), request.params.id, request.body)),
  );

  r.post('/api/cases/:id/notes/:noteId', { config: write, schema: { tags, params: noteParams, body: noteUpdate, response: { 200: noteResponse } } }, async (request) =>
    updateNote(ctx(request), request.params.id, request.params.noteId, request.body),
  );
}
