import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../access/guard.js';
import type { Db } from '../../platform/db.js';
import { caseSummary } from '../case-summary.js';
import { myCases, pressingDeadlines } from './home.service.js';

export function homeRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];
  const config = { permission: 'cases:read' as const };
  const response = { 200: z.object({ cases: z.array(caseSummary) }) };

  r.get('/api/cases/mine', { config, schema: { tags, response } }, async (request) => ({ cases: await myCases(ctxOf(request, deps.db)) }));
  r.get('/api/cases/deadlines', { config, schema: { tags, response } }, async (request) => ({ cases: await pressingDeadlines(ctxOf(request, deps.db)) }));
}
