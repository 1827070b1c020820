// The centre's taxonomy for the registration form: read by everyone who registers contacts (all
// counsellors log calls), replaced per list by team leads.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { saveTaxonomy, taxonomyOf } from './contacts.service.js';
import { taxonomyInput } from './contacts.schema.js';
import './contacts.messages.js';

const terms = z.array(z.object({ code: z.string(), labelNl: z.string(), labelEn: z.string() }));

export function contactsRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['contacts'];

  r.get('/api/contacts/taxonomy', { config: { permission: 'hotline:log' }, schema: { tags, response: { 200: z.object({ theme: terms, violence_form: terms, referral: terms }) } } }, async (request) =>
    taxonomyOf(deps.db, request.actor!.centreId),
  );

  r.post('/api/contacts/taxonomy', { config: { permission: 'chat:supervise' }, schema: { tags, body: taxonomyInput } }, async (request, reply) => {
    await saveTaxonomy(ctxOf(request, deps.db), request.body.kind, request.body.terms);
    return reply.status(204).send();
  });
}
