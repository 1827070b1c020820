import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { taxonomyKinds } from './default-taxonomy.js';
import { loadTaxonomy } from './taxonomy.service.js';

const termResponse = z.object({
  kind: z.enum(taxonomyKinds),
  code: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  sortOrder: z.number(),
  active: z.boolean(),
});

export function taxonomyRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The vocabulary holds no personal data: readable by everyone who does case work, not audited.
  r.get('/api/cases/taxonomy', { config: { permission: 'cases:read' }, schema: { tags: ['cases'], response: { 200: z.object({ terms: z.array(termResponse) }) } } }, async () => ({
    terms: (await loadTaxonomy(deps.db)).terms,
  }));
}
