// Reading the safety plan: the current version with its history, one older version, the
// difference between two versions, and the reviews that fall due on the worker's own cases.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { caseNumbersOf, myOpenCaseIds } from '../cases/case-facts.js';
import { loadCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Tx } from '../platform/db.js';
import { notFound } from '../platform/errors.js';
import { safetyPlans } from './plans.tables.js';
import { diffPlanVersions, type PlanDiff } from './safety-plan-diff.js';
import { planOfCase, planVersion, presentPlan, presentVersion, reviewStateOf, reviewsOf, signaturesOf, versionsOf, type PlanRow } from './safety-plan.repository.js';
import type { SafetyPlanView } from './safety-plan.schema.js';

const MAX_DUE = 300;
const DAY_MS = 86_400_000;

/** The plan as the file shows it, read inside the caller's transaction (no audit of its own). */
export async function readSafetyPlanIn(tx: Tx, plan: PlanRow): Promise<SafetyPlanView> {
  const versions = await versionsOf(tx, plan.id);
  const signatures = await signaturesOf(tx, plan.caseId);
  const reviews = await reviewsOf(tx, plan.id);
  const names = await staffNames(tx, [...versions.map((v) => v.createdBy), ...reviews.map((r) => r.reviewedBy)]);
  return presentPlan(plan, versions, signatures, reviews, names, brusselsDate(new Date()));
}

export async function readSafetyPlan(ctx: Ctx, caseId: string): Promise<{ plan: SafetyPlanView | null }> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const plan = await planOfCase(tx, row.id);
    audit({ action: 'safety_plan.read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan?.id ?? null } });
    return { plan: plan ? await readSafetyPlanIn(tx, plan) : null };
  });
}

export async function readSafetyPlanVersion(ctx: Ctx, caseId: string, number: number) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const plan = await planOfCase(tx, row.id);
    const version = plan && (await planVersion(tx, plan.id, number));
    if (!plan || !version) throw notFound();
    audit({ action: 'safety_plan.read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan.id, number } });
    return presentVersion(version, await signaturesOf(tx, row.id), await staffNames(tx, [version.createdBy]));
  });
}

export async function diffSafetyPlan(ctx: Ctx, caseId: string, from: number, to: number): Promise<PlanDiff> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const plan = await planOfCase(tx, row.id);
    const before = plan && (await planVersion(tx, plan.id, from));
    const after = plan && (await planVersion(tx, plan.id, to));
    if (!plan || !before || !after) throw notFound();
    audit({ action: 'safety_plan.read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan.id, diff: [from, to] } });
    return diffPlanVersions(before, after);
  });
}

/** Safety-plan reviews due within `withinDays` (or overdue) on the open cases the worker carries. */
export async function reviewsDue(ctx: Ctx, withinDays: number) {
  const actor = actorOf(ctx);
  const today = brusselsDate(new Date());
  const horizon = new Date(Date.parse(today) + withinDays * DAY_MS).toISOString().slice(0, 10);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const plans = await tx
      .select()
      .from(safetyPlans)
      .where(and(eq(safetyPlans.status, 'active'), lte(safetyPlans.nextReviewOn, horizon), sql`${safetyPlans.caseId} in ${myOpenCaseIds(actor)}`))
      .orderBy(asc(safetyPlans.nextReviewOn))
      .limit(MAX_DUE);
    const numbers = await caseNumbersOf(tx, plans.map((p) => p.caseId));
    audit({ action: 'safety_plan.list', recordType: 'case', centreId: actor.centreId, details: { view: 'reviews_due', caseIds: plans.map((p) => p.caseId) } });
    return {
      reviews: plans.map((p) => ({ caseId: p.caseId, caseNumber: numbers.get(p.caseId) ?? '', planId: p.id, currentNumber: p.currentNumber, nextReviewOn: p.nextReviewOn, reviewState: reviewStateOf(p, today) })),
    };
  });
}
