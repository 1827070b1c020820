// The guide's two public doors and the staff's view of the counts. The guide itself runs in the
// browser; the server hears from it only when the professional asks for a consult or agrees to
// an anonymous count. Both public routes are rate-limited per address (counted in the database
// under a keyed hash, so every process shares one budget and no address is stored) and take
// strict bodies with a small size limit.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../access/guard.js';
import { consultRequestProblems, createConsultRequest, type NewConsultRequest } from '../consult/consult.service.js';
import type { Db } from '../platform/db.js';
import { rateLimitOptions } from '../platform/rate-limit.js';
import { invalid, type FieldProblem } from '../platform/errors.js';
import { brusselsMonth, completionStats, countCompletion, shiftMonth } from './completion-counts.service.js';
import { guideCatalogue, type GuideCatalogue } from './guide-catalogue.js';
import { completionBody, consultRequestBody, consultRequestCreated, statsQuery, statsResponse, type ConsultRequestBody } from './kindreflex.schema.js';
import './kindreflex.messages.js';

const PUBLIC_BODY_LIMIT = 64 * 1024;
/** Generous for a hospital behind one address, tight for a script filling the VKs' queues. */
const CONSULT_LIMIT = { max: 20, timeWindow: '1 hour' };
const COUNT_LIMIT = { max: 60, timeWindow: '1 hour' };
const MAX_STATS_MONTHS = 60;

function guideProblems(catalogue: GuideCatalogue, body: { sector: string; contentVersion: string }, requireCurrent: boolean): FieldProblem[] {
  const guide = catalogue.get(body.sector);
  if (!guide) return [{ path: 'sector', key: 'kindreflex_unknown_sector' }];
  // A tab opened before an update may carry the previous version: its consult still counts, but
  // anonymous counts are kept per current version only, so they stay comparable.
  if (requireCurrent && body.contentVersion !== guide.version) return [{ path: 'contentVersion', key: 'kindreflex_outdated_version' }];
  return [];
}

function toConsultRequest(body: ConsultRequestBody): NewConsultRequest {
  return {
    channel: 'kindreflex',
    sector: body.sector,
    province: body.province,
    contentVersion: body.contentVersion,
    guideOutcome: body.outcome,
    ...body.shared,
    contactPreference: body.contactPreference,
    contact: body.contact,
  };
}

export async function kindreflexRoutes(app: FastifyInstance, deps: { db: Db; secretKey: string; catalogue?: GuideCatalogue }): Promise<void> {
  const catalogue = deps.catalogue ?? guideCatalogue();
  const tags = ['kindreflex'];

  await app.register(async (publicScope) => {
    await publicScope.register(rateLimit, rateLimitOptions(deps.db, deps.secretKey));
    const r = publicScope.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/api/kindreflex/consult-requests',
      { config: { public: true, rateLimit: CONSULT_LIMIT }, bodyLimit: PUBLIC_BODY_LIMIT, schema: { tags, body: consultRequestBody, response: { 201: consultRequestCreated } } },
      async (request, reply) => {
        const body = request.body;
        const input = toConsultRequest(body);
        const problems = [...guideProblems(catalogue, body, false), ...consultRequestProblems(input)];
        if (problems.length > 0) throw invalid(problems);
        const counted = body.countCompletion && guideProblems(catalogue, body, true).length === 0;
        // The professional is anonymous here, even when a staff session happens to be open.
        const ctx = { ...ctxOf(request, deps.db), actor: null };
        const created = await createConsultRequest(ctx, input, {
          alongside: counted ? (tx) => countCompletion(tx, { sector: body.sector, outcome: body.outcome, contentVersion: body.contentVersion }) : undefined,
        });
        return reply.status(201).send({
          reference: created.reference,
          centreName: created.centre.name,
          expectedResponseBy: created.expectedResponseBy,
          responseWorkingDays: created.responseWorkingDays,
          counted,
        });
      },
    );

    r.post(
      '/api/kindreflex/completions',
      // No per-request log lines either: their timestamps would date a completion to the second.
      { config: { public: true, rateLimit: COUNT_LIMIT }, bodyLimit: 1024, logLevel: 'warn', schema: { tags, body: completionBody } },
      async (request, reply) => {
        const problems = guideProblems(catalogue, request.body, true);
        if (problems.length > 0) throw invalid(problems);
        await countCompletion(deps.db, request.body);
        return reply.status(204).send();
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/kindreflex/stats',
    { config: { permission: 'kindreflex:stats' }, schema: { tags, querystring: statsQuery, response: { 200: statsResponse } } },
    async (request) => {
      const to = request.query.to ?? brusselsMonth(new Date());
      const from = request.query.from ?? shiftMonth(to, -11);
      if (from > to) throw invalid([{ path: 'from', key: 'kindreflex_period_reversed' }]);
      // Aggregates without personal data: no audit event needed, and none is written.
      const stats = await completionStats(deps.db, { from: from < shiftMonth(to, 1 - MAX_STATS_MONTHS) ? shiftMonth(to, 1 - MAX_STATS_MONTHS) : from, to });
      const locale = ctxOf(request, deps.db).locale;
      return { ...stats, sectors: stats.sectors.map((s) => ({ ...s, name: catalogue.get(s.sector)?.name[locale] ?? s.sector })) };
    },
  );
}
