// The analyst's API: aggregates only. Every route needs `monitoring:read` (analysts); setting
// targets, importing registry data and recording surveys need `monitoring:manage`.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import { invalid, notFound } from '../platform/errors.js';
import { kindsPresent } from './aggregates.repository.js';
import { breakdowns } from './breakdowns.js';
import { breakdownSheet, seriesSheet, toCsv, toXlsx, type Sheet } from './exports.js';
import { indicatorCatalogue, type Indicator } from './indicator-catalogue.js';
import { breakdown, findIndicator, overview, series } from './monitoring.service.js';
import {
  breakdownExportQuery,
  breakdownQuery,
  breakdownResponse,
  catalogueResponse,
  overviewQuery,
  overviewResponse,
  seriesExportQuery,
  seriesQuery,
  seriesResponse,
  targetBody,
  targetKeyBody,
  targetsQuery,
  targetsResponse,
} from './monitoring.schema.js';
import { monthsBetween } from './periods.js';
import { regionCodes, regionNames } from './regions.js';
import { studiesRoutes } from './studies.routes.js';
import { listTargets, removeTarget, setTarget } from './targets.service.js';
import './monitoring.messages.js';

const MAX_MONTHS = 120;

function checkRange(from: string, to: string): void {
  if (from > to) throw invalid([{ path: 'from', key: 'monitoring_period_reversed' }]);
  if (monthsBetween(from, to).length > MAX_MONTHS) throw invalid([{ path: 'from', key: 'monitoring_period_too_long' }]);
}

function indicatorOrFail(id: string): Indicator {
  const indicator = findIndicator(id);
  if (!indicator) throw invalid([{ path: 'indicator', key: 'monitoring_unknown_indicator' }]);
  return indicator;
}

export const indicatorInfo = (i: Indicator) => ({
  id: i.id,
  name: i.name,
  description: i.description,
  unit: i.unit,
  periodType: i.periodType,
  direction: i.direction,
  regional: i.regional !== false,
});

function fileName(base: string, format: 'csv' | 'xlsx'): string {
  return `schakel-${base.replace(/[^a-z0-9_-]/gi, '-')}.${format}`;
}

export function monitoringRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'monitoring:read' as const };
  const manage = { permission: 'monitoring:manage' as const };
  const tags = ['monitoring'];

  r.get('/api/monitoring/catalogue', { config: read, schema: { tags, response: { 200: catalogueResponse } } }, async () => {
    const catalogue = indicatorCatalogue();
    const kinds = await kindsPresent(deps.db);
    return {
      version: catalogue.version,
      indicators: catalogue.indicators.map(indicatorInfo),
      regions: regionCodes.map((code) => ({ code, name: regionNames[code] })),
      breakdowns: breakdowns.map((b) => ({ id: b.id, name: b.name })),
      months: { first: kinds.map((k) => k.first).sort()[0] ?? null, last: kinds.map((k) => k.last).sort().pop() ?? null },
    };
  });

  r.get('/api/monitoring/overview', { config: read, schema: { tags, querystring: overviewQuery, response: { 200: overviewResponse } } }, async (request) => {
    const items = await overview(deps.db, request.query);
    return { ...request.query, items: items.map((item) => ({ ...item, indicator: indicatorInfo(item.indicator), unit: item.indicator.unit })) };
  });

  const seriesOf = async (query: z.infer<typeof seriesQuery>) => {
    checkRange(query.from, query.to);
    const indicator = indicatorOrFail(query.indicator);
    return { indicator, result: await series(deps.db, { indicator, from: query.from, to: query.to, periodType: query.periodType ?? indicator.periodType, regions: query.regions }) };
  };

  r.get('/api/monitoring/series', { config: read, schema: { tags, querystring: seriesQuery, response: { 200: seriesResponse } } }, async (request) => (await seriesOf(request.query)).result);

  const breakdownOf = async (query: z.infer<typeof breakdownQuery>, locale: 'nl-BE' | 'en') => {
    checkRange(query.from, query.to);
    const table = await breakdown(deps.db, { ...query, locale });
    if (!table) throw invalid([{ path: 'id', key: 'monitoring_unknown_breakdown' }]);
    return table;
  };

  r.get('/api/monitoring/breakdown', { config: read, schema: { tags, querystring: breakdownQuery, response: { 200: breakdownResponse } } }, async (request) => ({
    ...(await breakdownOf(request.query, ctxOf(request, deps.db).locale)),
    unit: 'count' as const,
  }));

  const send = async (reply: import('fastify').FastifyReply, sheet: Sheet, base: string, format: 'csv' | 'xlsx') => {
    reply.header('content-disposition', `attachment; filename="${fileName(base, format)}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(sheet));
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(sheet));
  };

  r.get('/api/monitoring/series/export', { config: read, schema: { tags, querystring: seriesExportQuery } }, async (request, reply) => {
    const { locale } = ctxOf(request, deps.db);
    const { indicator, result } = await seriesOf(request.query);
    return send(reply, seriesSheet(result, indicator.name[locale], locale), `${indicator.id}-${request.query.from}-${request.query.to}`, request.query.format);
  });

  r.get('/api/monitoring/breakdown/export', { config: read, schema: { tags, querystring: breakdownExportQuery } }, async (request, reply) => {
    const { locale } = ctxOf(request, deps.db);
    const table = await breakdownOf(request.query, locale);
    return send(reply, breakdownSheet(table, locale), `${table.id}-${table.from}-${table.to}`, request.query.format);
  });

  r.get('/api/monitoring/targets', { config: read, schema: { tags, querystring: targetsQuery, response: { 200: targetsResponse } } }, async (request) => ({
    targets: (await listTargets(deps.db, request.query.indicator)).filter((t): t is typeof t & { region: (typeof regionCodes)[number] } => (regionCodes as readonly string[]).includes(t.region)),
  }));

  r.put('/api/monitoring/targets', { config: manage, schema: { tags, body: targetBody, response: { 200: targetBody } } }, async (request) =>
    setTarget(ctxOf(request, deps.db), request.body).then(() => request.body),
  );

  r.post('/api/monitoring/targets/remove', { config: manage, schema: { tags, body: targetKeyBody, response: { 204: z.null() } } }, async (request, reply) => {
    if (!(await removeTarget(ctxOf(request, deps.db), request.body))) throw notFound();
    return reply.code(204).send(null);
  });

  studiesRoutes(app, deps);
}
