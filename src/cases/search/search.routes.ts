import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../access/guard.js';
import type { Db } from '../../platform/db.js';
import { caseSummary } from '../case-summary.js';
import { personKinds } from '../cases.tables.js';
import { searchCases } from './search.service.js';

const hit = caseSummary.extend({
  matched: z.object({ personId: z.uuid(), kind: z.enum(personKinds), firstName: z.string(), lastName: z.string(), dateOfBirth: z.string().nullable() }).nullable(),
  score: z.number(),
});

export function searchRoutes(app: FastifyInstance, deps: { db: Db; indexFirst: Db | null }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cases/search',
    {
      config: { permission: 'cases:read' },
      schema: {
        tags: ['cases'],
        querystring: z.strictObject({ q: z.string().trim().min(1).max(100) }),
        response: { 200: z.object({ kind: z.enum(['number', 'birth_date', 'name']), results: z.array(hit) }) },
      },
    },
    async (request) => searchCases(ctxOf(request, deps.db), request.query.q, deps.indexFirst),
  );
}
