// Logging a 1712 call with the shared contact form, and finding a repeat caller's earlier calls by
// a phone number or a code they chose, which only ever reach the database as a keyed hash. The
// number travels in a POST body, never in a URL that could end up in a log.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import { contactSummary, callInput, repeatCallerKey } from '../contacts/contacts.schema.js';
import { recentRegistrationsBy, registerContact, repeatContacts, type RepeatKeys } from '../contacts/contacts.service.js';
import '../contacts/contacts.messages.js';
import type { Db } from '../platform/db.js';
import { invalid } from '../platform/errors.js';

export function hotlineRoutes(app: FastifyInstance, deps: { db: Db; repeatKeys: RepeatKeys }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'hotline:log' as const };
  const tags = ['hotline'];

  r.post('/api/hotline/calls', { config, schema: { tags, body: callInput, response: { 201: z.object({ id: z.uuid() }) } } }, async (request, reply) => {
    const { contactAt, durationMinutes, repeat, ...form } = request.body;
    const id = await registerContact(ctxOf(request, deps.db), {
      channel: 'phone',
      contactAt: contactAt ? new Date(contactAt) : new Date(),
      durationMinutes,
      repeatKey: repeat ? deps.repeatKeys.of(repeat) : null,
      form,
    });
    return reply.status(201).send({ id });
  });

  r.post('/api/hotline/repeat-lookup', { config, schema: { tags, body: repeatCallerKey, response: { 200: z.object({ contacts: z.array(contactSummary) }) } } }, async (request) => {
    const key = deps.repeatKeys.of(request.body);
    if (!key) throw invalid([{ path: 'phone', key: 'repeat_key_missing' }]);
    return { contacts: await repeatContacts(ctxOf(request, deps.db), key) };
  });

  r.get('/api/hotline/calls/recent', { config, schema: { tags, response: { 200: z.object({ contacts: z.array(contactSummary) }) } } }, async (request) => ({
    contacts: await recentRegistrationsBy(ctxOf(request, deps.db)),
  }));
}
