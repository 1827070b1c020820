// Anonymous completion counts: one counter per month, sector, outcome and content version.
// Counting is deliberately not audited: an audit event carries a precise time and would undo the
// month-level aggregation that keeps a count from pointing at one visit.
import { and, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { outcomeIds, type OutcomeId } from './guide-content.schema.js';
import { kindreflexCompletionCounts as counts } from './kindreflex.tables.js';

export interface Completion {
  sector: string;
  outcome: OutcomeId;
  contentVersion: string;
}

/** `YYYY-MM` of `instant` in Brussels. */
export function brusselsMonth(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' }).format(instant).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export async function countCompletion(q: Queryable, completion: Completion, now = new Date()): Promise<void> {
  await q
    .insert(counts)
    .values({ month: brusselsMonth(now), ...completion, completions: 1 })
    .onConflictDoUpdate({
      target: [counts.month, counts.sector, counts.outcome, counts.contentVersion],
      set: { completions: sql`${counts.completions} + 1` },
    });
}

export interface SectorCounts {
  sector: string;
  completions: number;
  outcomes: Record<OutcomeId, number>;
}

export interface CompletionStats {
  from: string;
  to: string;
  total: number;
  sectors: SectorCounts[];
  months: { month: string; completions: number }[];
}

const noOutcomes = (): Record<OutcomeId, number> => Object.fromEntries(outcomeIds.map((id) => [id, 0])) as Record<OutcomeId, number>;

/** Completions per sector and outcome, and per month, for months `from` to `to` inclusive. */
export async function completionStats(q: Queryable, period: { from: string; to: string }): Promise<CompletionStats> {
  const found = await q
    .select({ month: counts.month, sector: counts.sector, outcome: counts.outcome, completions: sql<number>`sum(${counts.completions})`.mapWith(Number) })
    .from(counts)
    .where(and(gte(counts.month, period.from), lte(counts.month, period.to)))
    .groupBy(counts.month, counts.sector, counts.outcome);
  const sectors = new Map<string, SectorCounts>();
  const months = new Map<string, number>();
  for (let m = period.from; m <= period.to; m = shiftMonth(m, 1)) months.set(m, 0);
  let total = 0;
  for (const row of found) {
    const sector = sectors.get(row.sector) ?? { sector: row.sector, completions: 0, outcomes: noOutcomes() };
    sector.completions += row.completions;
    if ((outcomeIds as readonly string[]).includes(row.outcome)) sector.outcomes[row.outcome as OutcomeId] += row.completions;
    sectors.set(row.sector, sector);
    months.set(row.month, (months.get(row.month) ?? 0) + row.completions);
    total += row.completions;
  }
  return {
    ...period,
    total,
    sectors: [...sectors.values()].sort((a, b) => a.sector.localeCompare(b.sector)),
    months: [...months].map(([month, completions]) => ({ month, completions })),
  };
}
