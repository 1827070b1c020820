// Targets per indicator, period and region, and what the dashboards say about them: a traffic
// light (on target, close, off target) and a trend against the previous period. Setting a target
// is a policy decision: it is audited.
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { invalid } from '../platform/errors.js';
import type { Indicator } from './indicator-catalogue.js';
import { indicatorCatalogue } from './indicator-catalogue.js';
import { monitoringTargets } from './monitoring.tables.js';
import type { RegionCode } from './regions.js';

export interface Target {
  indicatorId: string;
  period: string;
  region: string;
  target: number;
  tolerance: number;
}

export type TrafficLight = 'green' | 'amber' | 'red' | 'none';
export type Trend = 'up' | 'down' | 'flat' | 'unknown';

export async function listTargets(q: Queryable, indicatorId?: string): Promise<Target[]> {
  const found = await q
    .select({ indicatorId: monitoringTargets.indicatorId, period: monitoringTargets.period, region: monitoringTargets.region, target: monitoringTargets.target, tolerance: monitoringTargets.tolerance })
    .from(monitoringTargets)
    .where(indicatorId ? eq(monitoringTargets.indicatorId, indicatorId) : undefined)
    .orderBy(monitoringTargets.indicatorId, monitoringTargets.period, monitoringTargets.region);
  return found;
}

/** The most specific target: this period and region, else Flanders; else the period's year. */
export function findTarget(targets: readonly Target[], indicatorId: string, period: string, region: RegionCode): Target | null {
  const year = period.slice(0, 4);
  const candidates: Array<[string, string]> = [[period, region], [period, 'VL'], [year, region], [year, 'VL']];
  for (const [p, r] of candidates) {
    const found = targets.find((t) => t.indicatorId === indicatorId && t.period === p && t.region === r);
    if (found) return found;
  }
  return null;
}

export function trafficLight(value: number | null, target: Target | null, direction: Indicator['direction']): TrafficLight {
  if (value === null || target === null || direction === 'neutral') return 'none';
  const gap = direction === 'higher_is_better' ? target.target - value : value - target.target;
  if (gap <= 0) return 'green';
  return gap <= target.tolerance ? 'amber' : 'red';
}

/** Up or down against the previous period; changes under 2 % count as flat. */
export function trendOf(value: number | null, previous: number | null): Trend {
  if (value === null || previous === null) return 'unknown';
  const base = Math.max(Math.abs(previous), 1e-9);
  const change = (value - previous) / base;
  if (Math.abs(change) < 0.02) return 'flat';
  return change > 0 ? 'up' : 'down';
}

/** Whether the trend is good news, given the indicator's direction. */
export function trendMeaning(trend: Trend, direction: Indicator['direction']): 'better' | 'worse' | 'neutral' {
  if (trend === 'unknown' || trend === 'flat' || direction === 'neutral') return 'neutral';
  return (trend === 'up') === (direction === 'higher_is_better') ? 'better' : 'worse';
}

const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export async function setTarget(ctx: Ctx, input: Target): Promise<Target> {
  const problems = [];
  if (!indicatorCatalogue().indicators.some((i) => i.id === input.indicatorId)) problems.push({ path: 'indicatorId', key: 'monitoring_unknown_indicator' });
  if (!PERIOD.test(input.period)) problems.push({ path: 'period', key: 'monitoring_bad_period' });
  if (problems.length > 0) throw invalid(problems);
  return inTransaction(ctx, async ({ tx, audit }) => {
    await tx
      .insert(monitoringTargets)
      .values({ ...input, setBy: ctx.actor?.userId ?? null })
      .onConflictDoUpdate({
        target: [monitoringTargets.indicatorId, monitoringTargets.period, monitoringTargets.region],
        set: { target: input.target, tolerance: input.tolerance, setBy: ctx.actor?.userId ?? null, updatedAt: sql`now()` },
      });
    audit({ action: 'monitoring.target.set', recordType: 'monitoring_target', recordId: `${input.indicatorId}/${input.period}/${input.region}`, details: { target: input.target, tolerance: input.tolerance } });
    return input;
  });
}

export async function removeTarget(ctx: Ctx, key: Pick<Target, 'indicatorId' | 'period' | 'region'>): Promise<boolean> {
  return inTransaction(ctx, async ({ tx, audit }) => {
    const removed = await tx
      .delete(monitoringTargets)
      .where(and(eq(monitoringTargets.indicatorId, key.indicatorId), eq(monitoringTargets.period, key.period), eq(monitoringTargets.region, key.region)))
      .returning({ id: monitoringTargets.indicatorId });
    if (removed.length > 0) audit({ action: 'monitoring.target.remove', recordType: 'monitoring_target', recordId: `${key.indicatorId}/${key.period}/${key.region}` });
    return removed.length > 0;
  });
}
