// Demo targets, linked registry counts and an ACE survey, so the demo shows traffic lights, a
// prevalence estimate and survey results. The registry overlap is computed, not drawn: a hidden
// population of children each registry sees with its own probability, with the VK and youth care
// seeing the same families more often than chance (they refer to each other).
import type { Queryable } from '../platform/db.js';
import { monitoringCaptureCounts, monitoringSurveys, monitoringTargets } from './monitoring.tables.js';

export const DEMO_REGISTRIES = ['VK', 'politie', 'jeugdhulp', 'ziekenhuis'] as const;

/** Expected capture histories for a population of `size` (deterministic). */
export function demoCaptureHistories(size: number): Array<{ history: string; count: number }> {
  const p = [0.24, 0.11, 0.18, 0.05];
  const rows: Array<{ history: string; count: number }> = [];
  for (let mask = 1; mask < 16; mask++) {
    let share = 1;
    p.forEach((pi, i) => {
      share *= (mask >> i) & 1 ? pi : 1 - pi;
    });
    // Dependence: seen by both VK and youth care 60 % more often than independence predicts.
    const both = (mask & 0b101) === 0b101;
    const onlyOne = ((mask & 1) === 1) !== ((mask & 4) === 4);
    const factor = both ? 1.6 : onlyOne ? 0.93 : 1;
    rows.push({ history: [0, 1, 2, 3].map((i) => ((mask >> i) & 1 ? '1' : '0')).join(''), count: Math.round(size * share * factor) });
  }
  return rows.filter((r) => r.count > 0);
}

export async function seedDemoStudies(q: Queryable, year: number): Promise<void> {
  const targets = [
    { indicatorId: 'acute_contacted_24h', target: 95, tolerance: 5 },
    { indicatorId: 'first_contact_deadline_met', target: 90, tolerance: 5 },
    { indicatorId: 'median_days_first_contact', target: 5, tolerance: 2 },
    { indicatorId: 'cases_per_worker', target: 15, tolerance: 2 },
    { indicatorId: 'waiting_over_3_months', target: 50, tolerance: 25 },
    { indicatorId: 'chat_contacts_per_1000_12_17', target: 5, tolerance: 1 },
  ];
  await q.insert(monitoringTargets).values(targets.flatMap((t) => [year - 1, year].map((y) => ({ ...t, period: String(y), region: 'VL' })))).onConflictDoNothing();
  for (const [y, size] of [[year - 1, 41_000], [year, 43_000]] as const) {
    await q
      .insert(monitoringCaptureCounts)
      .values(demoCaptureHistories(size).map((row) => ({ year: y, sources: DEMO_REGISTRIES.join('|'), ...row })))
      .onConflictDoNothing();
  }
  await q.insert(monitoringSurveys).values({
    name: 'Vlaamse bevolkingsstudie ingrijpende jeugdervaringen (demo)',
    year: year - 1,
    instrument: 'WHO ACE-IQ',
    sampleSize: 2_000,
    designEffect: 1.4,
    scoreShares: [0.37, 0.25, 0.15, 0.09, 0.14],
  });
}
