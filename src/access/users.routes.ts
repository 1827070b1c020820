import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../platform/db.js';
import { ctxOf } from './guard.js';
import { roles } from './permissions.js';
import { createUser, disableUser, listCentres, listUsers, resetMfa } from './users.service.js';

const idRef = z.object({ id: z.uuid(), name: z.string() });
const userResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  centre: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  teams: z.array(idRef),
  disabled: z.boolean(),
  mfaEnrolled: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
const createBody = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  centreId: z.uuid(),
  teamIds: z.array(z.uuid()).max(50).default([]),
  password: z.string().max(1024),
});
const params = z.strictObject({ id: z.uuid() });

export function usersRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];
  const config = { permission: 'users:manage' as const };

  r.get('/api/admin/centres', { config, schema: { tags, response: { 200: z.object({ centres: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.enum(['vk', 'hotline', 'chat']), teams: z.array(idRef) })) }) } } }, async (request) => ({
    centres: await listCentres(deps.db, request.actor!.centreId),
  }));

  r.get('/api/admin/users', { config, schema: { tags, response: { 200: z.object({ users: z.array(userResponse) }) } } }, async (request) => ({
    users: await listUsers(ctxOf(request, deps.db)),
  }));

  r.post('/api/admin/users', { config, schema: { tags, body: createBody, response: { 201: userResponse } } }, async (request, reply) => {
    const user = await createUser(ctxOf(request, deps.db), request.body);
    return reply.status(201).send(user);
  });

  r.post('/api/admin/users/:id/disable', { config, schema: { tags, params } }, async (request, reply) => {
    await disableUser(ctxOf(request, deps.db), request.params.id);
    return reply.status(204).send();
  });

  r.post('/api/admin/users/:id/reset-mfa', { config, schema: { tags, params } }, async (request, reply) => {
    await resetMfa(ctxOf(request, deps.db), request.params.id);
    return reply.status(204).send();
  });
}
