// The DPO's view of the audit trail: search by user, record and period, within their centre.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../access/access.tables.js';
import { ctxOf } from '../access/guard.js';
import { inTransaction } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { auditEvents } from './audit.tables.js';
import { verifyAuditChain } from './audit.verify.js';

const PAGE = 100;
const query = z.strictObject({
  actor: z.string().trim().max(254).optional(),
  recordType: z.string().trim().max(64).optional(),
  recordId: z.string().trim().max(128).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  cursor: z.string().regex(/^\d+$/).optional(),
});
const eventResponse = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  actor: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }).nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  route: z.string().nullable(),
  purpose: z.string().nullable(),
  hash: z.string(),
});

export function auditRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'audit:read' as const };
  const tags = ['audit'];

  r.get('/api/audit/events', { config, schema: { tags, querystring: query, response: { 200: z.object({ events: z.array(eventResponse), nextCursor: z.string().nullable() }) } } }, async (request) => {
    const q = request.query;
    const centreId = request.actor!.centreId;
    const filters: (SQL | undefined)[] = [
      or(eq(auditEvents.centreId, centreId), eq(auditEvents.actorCentreId, centreId)),
      q.actor ? (/^[0-9a-f-]{36}$/i.test(q.actor) ? eq(auditEvents.actorId, q.actor) : eq(sql`lower(${users.email})`, q.actor.toLowerCase())) : undefined,
      q.recordType ? eq(auditEvents.recordType, q.recordType) : undefined,
      q.recordId ? eq(auditEvents.recordId, q.recordId) : undefined,
      q.from ? gte(auditEvents.occurredAt, new Date(`${q.from}T00:00:00Z`)) : undefined,
      q.to ? lt(auditEvents.occurredAt, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)) : undefined,
      q.cursor ? lt(auditEvents.seq, Number(q.cursor)) : undefined,
    ];
    const ctx = ctxOf(request, deps.db);
    // Searching the audit trail is itself recorded: the DPO is accountable too.
    return inTransaction(ctx, async ({ tx, audit }) => {
      const rows = await tx
        .select({ e: auditEvents, actor: { id: users.id, email: users.email, displayName: users.displayName } })
        .from(auditEvents)
        .leftJoin(users, eq(users.id, auditEvents.actorId))
        .where(and(...filters))
        .orderBy(desc(auditEvents.seq))
        .limit(PAGE + 1);
      audit({ action: 'audit.search', centreId, details: { filters: Object.keys(q).filter((k) => q[k as keyof typeof q] !== undefined) } });
      const page = rows.slice(0, PAGE);
      return {
        events: page.map(({ e, actor }) => ({
          seq: e.seq,
          occurredAt: e.occurredAt.toISOString(),
          actor: actor?.id ? { id: actor.id, email: actor.email, displayName: actor.displayName } : null,
          action: e.action,
          recordType: e.recordType,
          recordId: e.recordId,
          route: e.route,
          purpose: e.purpose,
          hash: e.hash,
        })),
        nextCursor: rows.length > PAGE ? String(page[page.length - 1]!.e.seq) : null,
      };
    });
  });

  r.get('/api/audit/verify', { config, schema: { tags, response: { 200: z.object({ ok: z.boolean(), checked: z.number(), firstBroken: z.object({ seq: z.number(), chain: z.number(), position: z.number(), reason: z.string() }).nullable() }) } } }, async () =>
    verifyAuditChain(deps.db),
  );
}
