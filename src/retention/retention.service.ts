// Retention of case-work records: policies per record type, a dry run that reports exactly what
// a purge would remove (the purge itself, rolled back), and the purge, which must follow a recent
// dry run of the same policies. Removed records leave only anonymous counts behind.
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import { defaultKeepMonths } from './retention-policy.js';
import { purgeIn } from './retention-run.js';
import { caseworkStatistics, retentionPolicies, retentionRecordTypes, retentionRuns, type RetentionRecordType, type RetentionReportLine } from './retention.tables.js';

/** A purge must follow its dry run within this time, before the picture can change much. */
export const DRY_RUN_VALID_MS = 24 * 3_600_000;

export interface Policy {
  recordType: RetentionRecordType;
  keepMonths: number;
  isDefault: boolean;
  version: number;
}

export async function policies(q: Queryable): Promise<Policy[]> {
  const stored = await q.select().from(retentionPolicies);
  return retentionRecordTypes.map((recordType) => {
    const row = stored.find((p) => p.recordType === recordType);
    return { recordType, keepMonths: row?.keepMonths ?? defaultKeepMonths[recordType], isDefault: !row, version: row?.version ?? 0 };
  });
}

export async function listPolicies(ctx: Ctx): Promise<Policy[]> {
  actorOf(ctx);
  return policies(ctx.db);
}

export async function setPolicy(ctx: Ctx, recordType: RetentionRecordType, input: { version: number; keepMonths: number }): Promise<Policy[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const current = (await policies(tx)).find((p) => p.recordType === recordType)!;
    if (current.version !== input.version) throw new AppError(409, 'conflict');
    if (current.isDefault) await tx.insert(retentionPolicies).values({ recordType, keepMonths: input.keepMonths, updatedBy: actor.userId });
    else await tx.update(retentionPolicies).set({ keepMonths: input.keepMonths, version: sql`${retentionPolicies.version} + 1`, updatedBy: actor.userId, updatedAt: new Date() }).where(eq(retentionPolicies.recordType, recordType));
    audit({ action: 'retention.policy', recordType: 'retention_policy', centreId: actor.centreId, details: { recordType, from: current.keepMonths, to: input.keepMonths } });
    return policies(tx);
  });
}

const versionsOf = (list: Policy[]) => Object.fromEntries(list.map((p) => [p.recordType, p.version]));
const monthsOf = (list: Policy[]) => (type: RetentionRecordType) => list.find((p) => p.recordType === type)!.keepMonths;
/** Audit details of a run: counts per record type, never ids or contents. */
const countsOf = (report: RetentionReportLine[]) => Object.fromEntries(report.map((l) => [l.recordType, l.records]));

class DryRunDone extends Error {
  constructor(readonly report: RetentionReportLine[]) {
    super('dry run');
  }
}

/**
 * Whose records a run is for. A DPO or administrator works for their own centre: from the
 * retention screen they see and purge only its records, as they see only its holds. The daily job
 * and the command line (no actor) run for every centre.
 */
const centreOf = (ctx: Ctx): string | null => ctx.actor?.centreId ?? null;
/** The runs a scope answers for: its own, and (for a centre) the all-centre runs that also touched it. */
const runsSeenBy = (centreId: string | null) => (centreId ? or(eq(retentionRuns.centreId, centreId), isNull(retentionRuns.centreId)) : undefined);

/** Exactly what a purge would remove now: the purge itself, in a transaction that is rolled back. */
export async function dryRun(ctx: Ctx, now = new Date()) {
  const list = await policies(ctx.db);
  const centreId = centreOf(ctx);
  let report: RetentionReportLine[] = [];
  try {
    await ctx.db.transaction(async (tx) => {
      throw new DryRunDone((await purgeIn(tx, now, monthsOf(list), centreId)).report);
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
    report = error.report;
  }
  return inTransaction(ctx, async ({ tx, audit }) => {
    const [run] = await tx.insert(retentionRuns).values({ mode: 'dry_run', ranAt: now, ranBy: ctx.actor?.userId ?? null, centreId, policyVersions: versionsOf(list), report }).returning();
    audit({ action: 'retention.dry_run', recordType: 'retention_run', recordId: run!.id, centreId: ctx.actor?.centreId, details: { records: countsOf(report) } });
    return { runId: run!.id, ranAt: run!.ranAt.toISOString(), report };
  });
}

export async function purge(ctx: Ctx, dryRunId: string, now = new Date()) {
  return inTransaction(ctx, async ({ tx, audit }) => {
    const centreId = centreOf(ctx);
    // The latest run that touched this scope must be this scope's own dry run: a purge in between
    // (the night's, for every centre) changed what the dry run described.
    const [latest] = await tx.select().from(retentionRuns).where(runsSeenBy(centreId)).orderBy(desc(retentionRuns.ranAt)).limit(1);
    if (!latest || latest.id !== dryRunId || latest.mode !== 'dry_run' || latest.centreId !== centreId) throw new AppError(409, 'retention_dry_run_first');
    if (now.getTime() - latest.ranAt.getTime() > DRY_RUN_VALID_MS) throw new AppError(409, 'retention_dry_run_stale');
    const list = await policies(tx);
    // jsonb does not keep key order: compare type by type.
    if (list.some((p) => latest.policyVersions[p.recordType] !== p.version)) throw new AppError(409, 'retention_policies_changed');
    const { report, tombstones } = await purgeIn(tx, now, monthsOf(list), centreId);
    const [run] = await tx.insert(retentionRuns).values({ mode: 'purge', ranAt: now, ranBy: ctx.actor?.userId ?? null, centreId, policyVersions: versionsOf(list), report, dryRunId }).returning();
    audit({ action: 'retention.purge', recordType: 'retention_run', recordId: run!.id, centreId: ctx.actor?.centreId, details: { dryRunId, records: countsOf(report) } });
    // Each tombstone's own trail ends with its purge, so the audit log explains why it is empty.
    for (const t of tombstones) audit({ action: `retention.${t.recordType}_purged`, recordType: t.recordType, recordId: t.id, centreId: t.centreId, details: { runId: run!.id } });
    return { runId: run!.id, ranAt: run!.ranAt.toISOString(), report };
  });
}

/** The actor's own centre's runs: an all-centre run's counts include other centres' records. */
export async function recentRuns(ctx: Ctx) {
  const actor = actorOf(ctx);
  const runs = await ctx.db.select().from(retentionRuns).where(eq(retentionRuns.centreId, actor.centreId)).orderBy(desc(retentionRuns.ranAt)).limit(20);
  return runs.map((r) => ({ id: r.id, mode: r.mode, ranAt: r.ranAt.toISOString(), report: r.report, dryRunId: r.dryRunId }));
}

/** The anonymous counts purges left behind, per centre and year of closure. */
export async function statistics(ctx: Ctx, year?: number) {
  actorOf(ctx);
  return ctx.db
    .select({ centreId: caseworkStatistics.centreId, year: caseworkStatistics.year, metric: caseworkStatistics.metric, value: caseworkStatistics.value, count: caseworkStatistics.count })
    .from(caseworkStatistics)
    .where(and(year ? eq(caseworkStatistics.year, year) : undefined))
    .orderBy(caseworkStatistics.year, caseworkStatistics.metric, caseworkStatistics.value);
}
