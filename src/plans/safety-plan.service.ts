// The safety plan: rules and agreements, who in the safety network checks what, and when it is
// reviewed. Every change is a new numbered version (the family signed a version, not "the plan"),
// based on the version the worker had open, so nothing is overwritten unseen.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { personsOfCase } from '../cases/case-facts.js';
import { loadOpenCaseFor, type CaseRow } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Tx } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { safetyPlanReviews, safetyPlanSignatures, safetyPlanVersions, safetyPlans, type NetworkMember, type SafetyRule } from './plans.tables.js';
import { diffPlanVersions } from './safety-plan-diff.js';
import { planOfCase, planVersion, type PlanRow } from './safety-plan.repository.js';
import { readSafetyPlanIn } from './safety-plan-read.service.js';
import type { ReviewInput, SafetyPlanInput, SafetyPlanVersionInput, SignatureInput } from './safety-plan.schema.js';

async function content(tx: Tx, caseId: string, input: SafetyPlanInput): Promise<{ rules: SafetyRule[]; network: NetworkMember[] }> {
  const problems: FieldProblem[] = [];
  const rules = input.rules.map((r) => ({ id: r.id ?? randomUUID(), rule: r.rule }));
  const ruleIds = new Set(rules.map((r) => r.id));
  if (ruleIds.size !== rules.length) problems.push({ path: 'rules', key: 'plan_duplicate_id' });
  const network = input.network.map((m) => ({ ...m, id: m.id ?? randomUUID() }));
  if (new Set(network.map((m) => m.id)).size !== network.length) problems.push({ path: 'network', key: 'plan_duplicate_id' });
  const known = new Set((await personsOfCase(tx, caseId, network.flatMap((m) => (m.personId ? [m.personId] : [])))).map((p) => p.id));
  network.forEach((m, i) => {
    if (m.ruleIds.some((id) => !ruleIds.has(id))) problems.push({ path: `network.${i}.ruleIds`, key: 'plan_unknown_rule' });
    if (m.personId && !known.has(m.personId)) problems.push({ path: `network.${i}.personId`, key: 'case_person_not_in_case' });
  });
  if (input.reviewOn < brusselsDate(new Date())) problems.push({ path: 'reviewOn', key: 'plan_review_in_past' });
  if (problems.length) throw invalid(problems);
  return { rules, network };
}

async function activePlan(tx: Tx, row: CaseRow): Promise<PlanRow> {
  const plan = await planOfCase(tx, row.id, { forUpdate: true });
  if (!plan) throw notFound();
  if (plan.status === 'ended') throw new AppError(409, 'plan_ended');
  return plan;
}

export async function createSafetyPlan(ctx: Ctx, caseId: string, input: SafetyPlanInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    if (await planOfCase(tx, row.id)) throw new AppError(409, 'plan_exists');
    const { rules, network } = await content(tx, row.id, input);
    const [plan] = await tx.insert(safetyPlans).values({ caseId: row.id, currentNumber: 1, nextReviewOn: input.reviewOn }).returning();
    await tx.insert(safetyPlanVersions).values({ planId: plan!.id, caseId: row.id, number: 1, rules, network, reviewOn: input.reviewOn, changeNote: input.changeNote, createdBy: actor.userId });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'safety_plan.created', recordType: 'safety_plan', recordId: plan!.id, recordVersion: 1, details: { number: 1, rules: rules.length } }]);
    audit({ action: 'safety_plan.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan!.id } });
    return readSafetyPlanIn(tx, plan!);
  });
}

export async function saveSafetyPlanVersion(ctx: Ctx, caseId: string, input: SafetyPlanVersionInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const plan = await activePlan(tx, row);
    await assertVersion(tx, plan, input.version);
    const previous = (await planVersion(tx, plan.id, plan.currentNumber))!;
    const next = { number: plan.currentNumber + 1, ...(await content(tx, row.id, input)), reviewOn: input.reviewOn };
    const diff = diffPlanVersions(previous, next);
    if (diff.unchanged && !input.reviewed) throw invalid([{ path: 'rules', key: 'plan_nothing_changed' }]);
    await tx.insert(safetyPlanVersions).values({ planId: plan.id, caseId: row.id, ...next, changeNote: input.changeNote, createdBy: actor.userId });
    const today = brusselsDate(new Date());
    if (input.reviewed) {
      await tx.insert(safetyPlanReviews).values({ planId: plan.id, caseId: row.id, versionNumber: plan.currentNumber, reviewedOn: today, outcome: 'revised', note: input.changeNote, nextReviewOn: input.reviewOn, reviewedBy: actor.userId });
    }
    const [updated] = await tx
      .update(safetyPlans)
      .set({ currentNumber: next.number, nextReviewOn: input.reviewOn, version: sql`${safetyPlans.version} + 1`, updatedAt: new Date() })
      .where(eq(safetyPlans.id, plan.id))
      .returning();
    const fields = [...(diff.rules.added.length + diff.rules.removed.length + diff.rules.changed.length ? ['rules'] : []), ...(diff.network.added.length + diff.network.removed.length + diff.network.changed.length ? ['network'] : []), ...(diff.reviewOn ? ['reviewOn'] : [])];
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: input.reviewed ? 'safety_plan.revised_at_review' : 'safety_plan.revised', recordType: 'safety_plan', recordId: plan.id, recordVersion: updated!.version, details: { number: next.number, fields } }]);
    audit({ action: 'safety_plan.version', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan.id, number: next.number, fields } });
    return readSafetyPlanIn(tx, updated!);
  });
}

/** The family's consent to the current version, or its refusal: both are recorded. */
export async function signSafetyPlan(ctx: Ctx, caseId: string, number: number, input: SignatureInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const plan = await activePlan(tx, row);
    const version = await planVersion(tx, plan.id, number);
    if (!version) throw notFound();
    if (number !== plan.currentNumber) throw new AppError(409, 'plan_sign_current_only', { current: plan.currentNumber });
    const signedOn = input.signedOn ?? brusselsDate(new Date());
    if (signedOn > brusselsDate(new Date())) throw invalid([{ path: 'signedOn', key: 'assessment_date_in_future' }]);
    if (input.personId && (await personsOfCase(tx, row.id, [input.personId])).length === 0) throw invalid([{ path: 'personId', key: 'case_person_not_in_case' }]);
    const [signature] = await tx.insert(safetyPlanSignatures).values({ versionId: version.id, caseId: row.id, ...input, signedOn, recordedBy: actor.userId }).returning({ id: safetyPlanSignatures.id });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: input.agrees ? 'safety_plan.signed' : 'safety_plan.consent_refused', recordType: 'safety_plan', recordId: plan.id, details: { number, signerRole: input.signerRole } }]);
    audit({ action: 'safety_plan.sign', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan.id, number, signatureId: signature!.id } });
    return readSafetyPlanIn(tx, plan);
  });
}

export async function reviewSafetyPlan(ctx: Ctx, caseId: string, input: ReviewInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const plan = await activePlan(tx, row);
    await assertVersion(tx, plan, input.version);
    const today = brusselsDate(new Date());
    const reviewedOn = input.reviewedOn ?? today;
    const problems: FieldProblem[] = [];
    if (reviewedOn > today) problems.push({ path: 'reviewedOn', key: 'assessment_date_in_future' });
    if (input.outcome === 'continue' && (!input.nextReviewOn || input.nextReviewOn <= reviewedOn)) problems.push({ path: 'nextReviewOn', key: 'plan_next_review_needed' });
    if (problems.length) throw invalid(problems);
    const nextReviewOn = input.outcome === 'continue' ? input.nextReviewOn! : plan.nextReviewOn;
    await tx.insert(safetyPlanReviews).values({ planId: plan.id, caseId: row.id, versionNumber: plan.currentNumber, reviewedOn, outcome: input.outcome, note: input.note, nextReviewOn: input.outcome === 'continue' ? nextReviewOn : null, reviewedBy: actor.userId });
    const [updated] = await tx
      .update(safetyPlans)
      .set({ nextReviewOn, status: input.outcome === 'ended' ? 'ended' : 'active', version: sql`${safetyPlans.version} + 1`, updatedAt: new Date() })
      .where(eq(safetyPlans.id, plan.id))
      .returning();
    const fields = input.outcome === 'ended' ? ['status'] : ['nextReviewOn'];
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: `safety_plan.review_${input.outcome}`, recordType: 'safety_plan', recordId: plan.id, recordVersion: updated!.version, details: { number: plan.currentNumber, fields } }]);
    audit({ action: 'safety_plan.review', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { safetyPlanId: plan.id, outcome: input.outcome } });
    return readSafetyPlanIn(tx, updated!);
  });
}
