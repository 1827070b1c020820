import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Database, sql } from './db.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string().nullable(),
});

/** `migration` is read once at start-up: it cannot change under a running process. */
export function healthRoutes(app: FastifyInstance, database: Database, migration: string | null): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['platform'], response: { 200: healthResponse, 503: healthResponse } } },
    async (_request, reply) => {
      try {
        await database.db.execute(sql`SELECT 1`);
        return { status: 'ok' as const, database: database.kind, migration };
      } catch {
        return reply.status(503).send({ status: 'degraded' as const, database: database.kind, migration: null });
      }
    },
  );
}
