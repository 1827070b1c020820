// Case documents over HTTP. Uploads are the raw file as the request body (no multipart parsing):
// the route receives a stream, checks access first, then reads at most the configured size.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../access/guard.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { idParams } from '../intake/intake.schema.js';
import { attachmentDisposition } from './document-type.js';
import './documents.messages.js';
import { addDocument, assertMayAddDocument, listDocuments, readDocument, removeDocument } from './documents.service.js';
import { isReadable, readLimited } from './upload-stream.js';

const documentResponse = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ id: z.uuid(), name: z.string() }),
});
const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });
const uploadQuery = z.strictObject({ name: z.string().trim().min(1).max(255) });

export function documentRoutes(app: FastifyInstance, deps: { db: Db; maxBytes: number }): void {
  // A scope of its own, so that only these routes take raw bodies, handed over unread.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['cases'];
    const read = { permission: 'cases:read' as const };
    const write = { permission: 'cases:write' as const };
    const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

    r.get(
      '/api/cases/:id/documents',
      { config: read, schema: { tags, params: idParams, response: { 200: z.object({ documents: z.array(documentResponse), readOnly: z.boolean(), maxBytes: z.number() }) } } },
      async (request) => ({ ...(await listDocuments(ctx(request), request.params.id)), maxBytes: deps.maxBytes }),
    );

    r.post(
      '/api/cases/:id/documents',
      { config: write, schema: { tags, params: idParams, querystring: uploadQuery, response: { 201: documentResponse } } },
      async (request, reply) => {
        if (!isReadable(request.body)) throw new AppError(415, 'document_send_raw', {}, [{ path: 'file', key: 'document_send_raw' }]);
        const c = ctx(request);
        await assertMayAddDocument(c, request.params.id);
        const length = request.headers['content-length'];
        const bytes = await readLimited(request.body, deps.maxBytes, length === undefined ? undefined : Number(length));
        return reply.status(201).send(await addDocument(c, request.params.id, { fileName: request.query.name, bytes }));
      },
    );

    r.get('/api/cases/:id/documents/:documentId/content', { config: read, schema: { tags, params: documentParams } }, async (request, reply) => {
      const document = await readDocument(ctx(request), request.params.id, request.params.documentId);
      return reply
        .header('content-type', document.mediaType)
        .header('content-disposition', attachmentDisposition(document.fileName))
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(document.content);
    });

    r.post('/api/cases/:id/documents/:documentId/remove', { config: write, schema: { tags, params: documentParams, body: z.strictObject({}) } }, async (request, reply) => {
      await removeDocument(ctx(request), request.params.id, request.params.documentId);
      return reply.status(204).send();
    });
  });
}
