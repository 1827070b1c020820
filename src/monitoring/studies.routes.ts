// Routes for combining figures: the registry import wizard, the prevalence estimate per year,
// population surveys (ACEs) and the periodic report as a download.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { checkImport, commitImport, listImports, registryCounts } from './imports.service.js';
import { prevalenceEstimate } from './prevalence.service.js';
import { buildReport } from './report.service.js';
import { ACE_REFERENCES, listSurveys, recordSurvey } from './surveys.service.js';

/** Registry files can be large; everything else keeps the global 256 KiB limit. */
const UPLOAD_LIMIT = 25 * 1024 * 1024;
const code = z.string().regex(/^[A-Za-z0-9_.+-]{1,64}$/);
const year = z.number().int().min(2000).max(2100);

const file = z.strictObject({ registry: code, fileName: z.string().min(1).max(200).regex(/\.(csv|xlsx)$/i), contentBase64: z.string().min(1).max(UPLOAD_LIMIT) });
const mapping = z.strictObject({
  count: z.number().int().min(0).max(200).optional(),
  region: z.number().int().min(0).max(200).optional(),
  measure: z.number().int().min(0).max(200).optional(),
  sources: z.array(z.number().int().min(0).max(200)).max(9).optional(),
});
const importBody = z.strictObject({ format: z.enum(['counts', 'capture', 'encoded']), year, files: z.array(file).min(1).max(9), mapping: mapping.optional() });
const commitBody = importBody.extend({ registry: code, onlyCleanLines: z.boolean() });

const problem = z.object({ file: z.string(), line: z.number(), column: z.string(), nl: z.string(), en: z.string() });
const checkResponse = z.object({
  format: z.string(),
  columns: z.array(z.string()),
  suggested: z.object({ count: z.number().nullable(), region: z.number().nullable(), measure: z.number().nullable(), sources: z.array(z.number()) }),
  lines: z.number(),
  acceptedLines: z.number(),
  problems: z.array(problem),
  outline: z.array(z.string()),
});

const interval = z.object({ share: z.number(), lower: z.number(), upper: z.number() }).nullable();
const surveyFields = {
  name: z.string().trim().min(1).max(120),
  year,
  instrument: z.enum(['CDC-Kaiser ACE', 'WHO ACE-IQ']),
  sampleSize: z.number().int().min(30).max(10_000_000),
  designEffect: z.number().min(1).max(20),
  scoreShares: z.array(z.number().min(0).max(1)).length(5),
};
/**
 * The design effect of the weights, given directly or as the sum and the sum of squares of the
 * respondents' weights (Kish: n · Σw² / (Σw)²).
 */
const surveyBody = z
  .strictObject({ ...surveyFields, designEffect: surveyFields.designEffect.optional(), weightSum: z.number().positive().optional(), weightSquareSum: z.number().positive().optional() })
  .refine((b) => b.designEffect !== undefined || (b.weightSum !== undefined && b.weightSquareSum !== undefined), { message: 'designEffect or weightSum with weightSquareSum', path: ['designEffect'] });
// Not strict: a response schema is an allow-list that drops what it does not name (e.g. the id).
const surveyResponse = z.object({ ...surveyFields, instrument: z.string(), fourOrMore: interval, atLeastOne: interval });

const published = z.object({
  n: z.number().nullable(),
  sources: z.array(z.string()),
  models: z.array(z.object({ model: z.string(), abundance: z.number().nullable(), stderr: z.number().nullable(), AIC: z.number().nullable(), profile: z.object({ abundance: z.number(), lower: z.number(), upper: z.number().nullable() }).nullable() })),
  best: z.object({ AIC: z.string().nullable(), BIC: z.string().nullable() }),
  suppressions: z.array(z.object({ cell: z.string(), reason: z.string(), reasonEn: z.string() })),
});
const prevalenceResponse = z.object({
  year: z.number(),
  estimate: z
    .object({
      sources: z.array(z.string()),
      published,
      chosen: z.object({ model: z.string(), abundance: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable() }).nullable(),
      explanation: z.object({ 'nl-BE': z.string(), en: z.string() }),
      sensitivity: z.object({ lowest: z.number().nullable(), highest: z.number().nullable() }),
    })
    .nullable(),
});

export function studiesRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'monitoring:read' as const };
  const manage = { permission: 'monitoring:manage' as const };
  const tags = ['monitoring'];

  r.post('/api/monitoring/imports/check', { config: manage, bodyLimit: UPLOAD_LIMIT, schema: { tags, body: importBody, response: { 200: checkResponse } } }, async (request) => checkImport(request.body));

  r.post(
    '/api/monitoring/imports',
    { config: manage, bodyLimit: UPLOAD_LIMIT, schema: { tags, body: commitBody, response: { 201: z.object({ acceptedLines: z.number(), rejectedLines: z.number() }) } } },
    async (request, reply) => {
      const done = await commitImport(ctxOf(request, deps.db), request.body);
      return reply.code(201).send({ acceptedLines: done.acceptedLines, rejectedLines: done.rejectedLines });
    },
  );

  r.get(
    '/api/monitoring/imports',
    { config: read, schema: { tags, response: { 200: z.object({ imports: z.array(z.object({ registry: z.string(), format: z.string(), year: z.number(), fileName: z.string(), acceptedLines: z.number(), rejectedLines: z.number(), importedOn: z.string() })) }) } } },
    async () => ({ imports: (await listImports(deps.db)).map(({ id: _id, importedAt, ...rest }) => ({ ...rest, importedOn: importedAt.toISOString().slice(0, 10) })) }),
  );

  r.get(
    '/api/monitoring/registry-counts',
    {
      config: read,
      schema: {
        tags,
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ year: z.number(), unit: z.literal('count'), registries: z.array(z.object({ registry: z.string(), measure: z.string(), counts: z.record(z.string(), z.number().nullable()) })) }) },
      },
    },
    async (request) => ({ year: request.query.year, unit: 'count' as const, registries: await registryCounts(deps.db, request.query.year) }),
  );

  r.get('/api/monitoring/prevalence', { config: read, schema: { tags, querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }), response: { 200: prevalenceResponse } } }, async (request) => {
    const estimate = await prevalenceEstimate(deps.db, request.query.year);
    if (!estimate) return { year: request.query.year, estimate: null };
    const p = estimate.published;
    return {
      year: request.query.year,
      estimate: {
        ...estimate,
        published: {
          n: p.n,
          sources: [...p.sources],
          models: p.models.map((m) => ({ model: m.model, abundance: m.abundance, stderr: m.stderr, AIC: m.AIC, profile: m.profile ? { ...m.profile } : null })),
          best: { ...p.best },
          suppressions: p.suppressions.map((x) => ({ ...x })),
        },
      },
    };
  });

  r.get(
    '/api/monitoring/surveys',
    { config: read, schema: { tags, response: { 200: z.object({ surveys: z.array(surveyResponse), references: z.array(z.object({ id: z.string(), label: z.object({ 'nl-BE': z.string(), en: z.string() }), fourOrMore: z.number() })) }) } } },
    async () => ({ surveys: await listSurveys(deps.db), references: ACE_REFERENCES.map((ref) => ({ ...ref })) }),
  );

  r.post('/api/monitoring/surveys', { config: manage, schema: { tags, body: surveyBody, response: { 201: surveyResponse } } }, async (request, reply) => {
    const { weightSum, weightSquareSum, designEffect, ...survey } = request.body;
    const kish = weightSum !== undefined && weightSquareSum !== undefined ? (survey.sampleSize * weightSquareSum) / (weightSum * weightSum) : 1;
    const effect = Math.max(1, designEffect ?? Math.round(kish * 1000) / 1000);
    return reply.code(201).send(await recordSurvey(ctxOf(request, deps.db), { ...survey, designEffect: effect }));
  });

  r.get(
    '/api/monitoring/report.pdf',
    { config: read, schema: { tags, querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), lang: z.enum(['nl', 'en']).default('nl') }) } },
    async (request, reply) => {
      const pdf = await buildReport(deps.db, { year: request.query.year, locale: request.query.lang === 'en' ? 'en' : 'nl-BE' });
      reply.header('content-disposition', `attachment; filename="schakel-monitoring-${request.query.year}-${request.query.lang}.pdf"`);
      return reply.type('application/pdf').send(pdf);
    },
  );
}
