import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Database, sql } from './db.js';

const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string().nullable(),
});

const PROBE_TTL_MS = 1_000;

/**
 * `migration` is read once at start-up: it cannot change under a running process. The database
 * probe is cached for a second so that a load balancer polling hard cannot load the database.
 */
export function healthRoutes(app: FastifyInstance, database: Database, migration: string | null): void {
  let probe: { at: number; ok: Promise<boolean> } | null = null;
  const databaseOk = (): Promise<boolean> => {
    const now = Date.now();
    if (!probe || now - probe.at > PROBE_TTL_MS) {
      probe = {
        at: now,
        ok: database.db.execute(sql`SELECT 1`).then(
          () => true,
          () => false,
        ),
      };
    }
    return probe.ok;
  };

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['platform'], response: { 200: healthResponse, 503: healthResponse } } },
    async (_request, reply) => {
      if (await databaseOk()) return { status: 'ok' as const, database: database.kind, migration };
      return reply.status(503).send({ status: 'degraded' as const, database: database.kind, migration: null });
    },
  );
}
