// Queries and presentation for the safety plan, shared by its write and read services.
import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { safetyPlanReviews, safetyPlanSignatures, safetyPlanVersions, safetyPlans } from './plans.tables.js';
import type { SafetyPlanView } from './safety-plan.schema.js';

export type PlanRow = typeof safetyPlans.$inferSelect;
export type PlanVersionRow = typeof safetyPlanVersions.$inferSelect;
type SignatureRow = typeof safetyPlanSignatures.$inferSelect;
type ReviewRow = typeof safetyPlanReviews.$inferSelect;

/** A review is "due" in the last week before its date, "overdue" after it. */
export const REVIEW_SOON_DAYS = 7;
const DAY_MS = 86_400_000;

export function reviewStateOf(plan: Pick<PlanRow, 'status' | 'nextReviewOn'>, today: string): SafetyPlanView['reviewState'] {
  if (plan.status === 'ended') return 'ended';
  if (plan.nextReviewOn < today) return 'overdue';
  const daysLeft = (Date.parse(plan.nextReviewOn) - Date.parse(today)) / DAY_MS;
  return daysLeft <= REVIEW_SOON_DAYS ? 'due' : 'scheduled';
}

export async function planOfCase(q: Queryable, caseId: string, options: { forUpdate?: boolean } = {}): Promise<PlanRow | undefined> {
  const query = q.select().from(safetyPlans).where(eq(safetyPlans.caseId, caseId));
  const [plan] = options.forUpdate ? await query.for('update') : await query;
  return plan;
}

export async function planVersion(q: Queryable, planId: string, number: number): Promise<PlanVersionRow | undefined> {
  const [row] = await q.select().from(safetyPlanVersions).where(and(eq(safetyPlanVersions.planId, planId), eq(safetyPlanVersions.number, number)));
  return row;
}

export async function versionsOf(q: Queryable, planId: string): Promise<PlanVersionRow[]> {
  return q.select().from(safetyPlanVersions).where(eq(safetyPlanVersions.planId, planId)).orderBy(asc(safetyPlanVersions.number));
}

export async function signaturesOf(q: Queryable, caseId: string): Promise<SignatureRow[]> {
  return q.select().from(safetyPlanSignatures).where(eq(safetyPlanSignatures.caseId, caseId)).orderBy(asc(safetyPlanSignatures.signedOn), asc(safetyPlanSignatures.createdAt));
}

export async function reviewsOf(q: Queryable, planId: string): Promise<ReviewRow[]> {
  return q.select().from(safetyPlanReviews).where(eq(safetyPlanReviews.planId, planId)).orderBy(asc(safetyPlanReviews.reviewedOn), asc(safetyPlanReviews.createdAt));
}

export const presentSignature = (s: SignatureRow) => ({
  id: s.id,
  signerLabel: s.signerLabel,
  signerRole: s.signerRole,
  personId: s.personId,
  agrees: s.agrees,
  method: s.method,
  signedOn: s.signedOn,
  remark: s.remark,
});

export function presentVersion(v: PlanVersionRow, signatures: SignatureRow[], names: Map<string, string>) {
  return {
    number: v.number,
    rules: v.rules,
    network: v.network,
    reviewOn: v.reviewOn,
    changeNote: v.changeNote,
    createdBy: { id: v.createdBy, name: names.get(v.createdBy) ?? '' },
    createdAt: v.createdAt.toISOString(),
    signatures: signatures.filter((s) => s.versionId === v.id).map(presentSignature),
  };
}

export function presentPlan(plan: PlanRow, versions: PlanVersionRow[], signatures: SignatureRow[], reviews: ReviewRow[], names: Map<string, string>, today: string): SafetyPlanView {
  const current = versions.find((v) => v.number === plan.currentNumber)!;
  const staff = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: plan.id,
    status: plan.status,
    currentNumber: plan.currentNumber,
    nextReviewOn: plan.nextReviewOn,
    reviewState: reviewStateOf(plan, today),
    current: presentVersion(current, signatures, names),
    versions: versions.map((v) => ({
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      createdBy: staff(v.createdBy),
      changeNote: v.changeNote,
      reviewOn: v.reviewOn,
      signatures: signatures.filter((s) => s.versionId === v.id).length,
    })),
    reviews: reviews.map((r) => ({ id: r.id, versionNumber: r.versionNumber, reviewedOn: r.reviewedOn, outcome: r.outcome, note: r.note, nextReviewOn: r.nextReviewOn, reviewedBy: staff(r.reviewedBy) })),
    version: plan.version,
  };
}
