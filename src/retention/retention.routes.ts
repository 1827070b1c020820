// Retention of case-work records: the DPO and administrators set the periods, look at a dry run
// and then purge; analysts read the anonymous counts the purges leave behind.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../access/guard.js';
import type { Db } from '../platform/db.js';
import './retention.messages.js';
import { dryRun, listPolicies, purge, recentRuns, setPolicy, statistics } from './retention.service.js';
import { listHolds, readHold, releaseHold, setHold } from './retention-holds.js';
import { retentionRecordTypes } from './retention.tables.js';

const policy = z.object({ recordType: z.enum(retentionRecordTypes), keepMonths: z.number(), isDefault: z.boolean(), version: z.number() });
const line = z.object({ recordType: z.enum(retentionRecordTypes), keepMonths: z.number(), closedBefore: z.string(), cases: z.number(), records: z.number() });
const hold = z.object({ reason: z.string(), setAt: z.string(), setBy: z.uuid(), setByName: z.string() });
const caseParams = z.strictObject({ id: z.uuid() });
const run = z.object({ runId: z.uuid(), ranAt: z.string(), report: z.array(line) });

export function retentionRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['retention'];
  const manage = { permission: 'retention:manage' as const };
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, deps.db);

  r.get('/api/retention/policies', { config: manage, schema: { tags, response: { 200: z.object({ policies: z.array(policy) }) } } }, async (request) => ({ policies: await listPolicies(ctx(request)) }));
  r.post(
    '/api/retention/policies/:recordType',
    {
      config: manage,
      schema: {
        tags,
        params: z.strictObject({ recordType: z.enum(retentionRecordTypes) }),
        body: z.strictObject({ version: z.number().int().min(0), keepMonths: z.number().int().min(1).max(1_200) }),
        response: { 200: z.object({ policies: z.array(policy) }) },
      },
    },
    async (request) => ({ policies: await setPolicy(ctx(request), request.params.recordType, request.body) }),
  );
  r.post('/api/retention/dry-run', { config: manage, schema: { tags, body: z.strictObject({}), response: { 200: run } } }, async (request) => dryRun(ctx(request)));
  r.post('/api/retention/purge', { config: manage, schema: { tags, body: z.strictObject({ dryRunId: z.uuid() }), response: { 200: run } } }, async (request) => purge(ctx(request), request.body.dryRunId));
  r.get(
    '/api/retention/runs',
    { config: manage, schema: { tags, response: { 200: z.object({ runs: z.array(z.object({ id: z.uuid(), mode: z.enum(['dry_run', 'purge']), ranAt: z.string(), report: z.array(line), dryRunId: z.uuid().nullable() })) }) } } },
    async (request) => ({ runs: await recentRuns(ctx(request)) }),
  );
  r.get(
    '/api/retention/holds',
    { config: manage, schema: { tags, response: { 200: z.object({ holds: z.array(z.object({ caseId: z.uuid(), caseNumber: z.string(), reason: z.string(), setAt: z.string(), setBy: z.object({ id: z.uuid(), name: z.string() }) })) }) } } },
    async (request) => ({ holds: await listHolds(ctx(request)) }),
  );
  r.get(
    '/api/retention/statistics',
    {
      config: { permission: 'monitoring:read' },
      schema: { tags, querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }), response: { 200: z.object({ statistics: z.array(z.object({ centreId: z.uuid(), year: z.number(), metric: z.string(), value: z.string(), count: z.number() })) }) } },
    },
    async (request) => ({ statistics: await statistics(ctx(request), request.query.year) }),
  );

  // A hold keeps a closed case file from being purged; the case team sees it, its lead sets it.
  r.get('/api/cases/:id/retention-hold', { config: { permission: 'cases:read' }, schema: { tags, params: caseParams, response: { 200: z.object({ hold: hold.nullable() }) } } }, async (request) => ({
    hold: await readHold(ctx(request), request.params.id),
  }));
  r.post(
    '/api/cases/:id/retention-hold',
    { config: { permission: 'cases:lead' }, schema: { tags, params: caseParams, body: z.strictObject({ reason: z.string().trim().min(1).max(2_000) }), response: { 200: z.object({ hold }) } } },
    async (request) => ({ hold: await setHold(ctx(request), request.params.id, request.body.reason) }),
  );
  r.post('/api/cases/:id/retention-hold/release', { config: { permission: 'cases:lead' }, schema: { tags, params: caseParams, body: z.strictObject({}), response: { 200: z.object({ hold: z.null() }) } } }, async (request) => {
    await releaseHold(ctx(request), request.params.id);
    return { hold: null };
  });
}
