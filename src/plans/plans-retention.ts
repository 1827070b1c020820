// The end of plans' retention, called by the retention run (src/retention): safety plans with
// their versions, reviews and signatures; recovery plans with their notes and shares. What stays
// is a coded value each (how many versions; whether the plan was shared).
import { inArray } from 'drizzle-orm';
import type { Tx } from '../platform/db.js';
import { rowsIn, type Purged } from '../platform/purged.js';
import { recoveryPlanShares, recoveryPlans, recoveryProgressNotes, safetyPlanReviews, safetyPlanSignatures, safetyPlanVersions, safetyPlans } from './plans.tables.js';

export async function purgeSafetyPlans(tx: Tx, ids: string[]): Promise<Purged> {
  const signatures = await tx.delete(safetyPlanSignatures).where(inArray(safetyPlanSignatures.caseId, ids)).returning({ id: safetyPlanSignatures.id });
  const reviews = await tx.delete(safetyPlanReviews).where(inArray(safetyPlanReviews.caseId, ids)).returning({ id: safetyPlanReviews.id });
  const versions = await tx.delete(safetyPlanVersions).where(inArray(safetyPlanVersions.caseId, ids)).returning({ id: safetyPlanVersions.id });
  const gone = await tx.delete(safetyPlans).where(inArray(safetyPlans.caseId, ids)).returning({ caseId: safetyPlans.caseId, versions: safetyPlans.currentNumber });
  return { records: rowsIn(signatures, reviews, versions, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'safety_plan_versions', value: g.versions >= 3 ? '3+' : String(g.versions) })) };
}

export async function purgeRecoveryPlans(tx: Tx, ids: string[]): Promise<Purged> {
  const shares = await tx.delete(recoveryPlanShares).where(inArray(recoveryPlanShares.caseId, ids)).returning({ planId: recoveryPlanShares.planId });
  const notes = await tx.delete(recoveryProgressNotes).where(inArray(recoveryProgressNotes.caseId, ids)).returning({ id: recoveryProgressNotes.id });
  const gone = await tx.delete(recoveryPlans).where(inArray(recoveryPlans.caseId, ids)).returning({ caseId: recoveryPlans.caseId, id: recoveryPlans.id });
  const shared = new Set(shares.map((s) => s.planId));
  return { records: rowsIn(shares, notes, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'recovery_plan_shared', value: shared.has(g.id) ? 'yes' : 'no' })) };
}
