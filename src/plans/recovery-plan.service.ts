// The recovery plan: after immediate safety, what the child and the family work towards — goals,
// protective factors to build, actions with an owner (a colleague, a partner service or the
// family itself) and progress notes. One plan per case, shared with partners field by field
// (recovery-plan-share.service.ts): one family, one plan.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { personsOfCase } from '../cases/case-facts.js';
import { loadCaseFor, loadOpenCaseFor, type CaseRow } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion } from '../cases/versioned.js';
import { partnerById } from '../partners/disclosures.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Tx } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import { partners } from '../partners/partners.tables.js';
import { recoveryPlanShares, recoveryPlans, recoveryProgressNotes, type RecoveryAction, type ShareableField } from './plans.tables.js';
import type { ProgressNoteInput, RecoveryPlanInput, RecoveryPlanUpdate, RecoveryPlanView } from './recovery-plan.schema.js';

export type RecoveryPlanRow = typeof recoveryPlans.$inferSelect;
type Lists = Pick<RecoveryPlanRow, 'childGoals' | 'familyGoals' | 'protectiveFactors' | 'actions'>;
const listNames = ['childGoals', 'familyGoals', 'protectiveFactors', 'actions'] as const;

function withIds<T extends { id?: string | undefined }>(items: T[], existing: readonly { id: string }[], path: string, problems: FieldProblem[]): (T & { id: string })[] {
  const known = new Set(existing.map((e) => e.id));
  return items.map((item, i) => {
    if (item.id && !known.has(item.id)) problems.push({ path: `${path}.${i}.id`, key: 'assessment_unknown_item' });
    return { ...item, id: item.id ?? randomUUID() };
  });
}

/** Checks the owners and people the lists refer to, and gives new items their ids. */
async function normalise(tx: Tx, row: CaseRow & { memberIds: string[] }, input: Partial<RecoveryPlanInput>, current: Lists): Promise<Partial<Lists>> {
  const problems: FieldProblem[] = [];
  const out: Partial<Lists> = {};
  const children = new Set((await personsOfCase(tx, row.id)).filter((p) => p.kind === 'child').map((p) => p.id));
  const people = new Set((await personsOfCase(tx, row.id)).map((p) => p.id));
  if (input.childGoals) {
    out.childGoals = withIds(input.childGoals, current.childGoals, 'childGoals', problems);
    out.childGoals.forEach((g, i) => g.personId && !children.has(g.personId) && problems.push({ path: `childGoals.${i}.personId`, key: 'recovery_goal_not_a_child' }));
  }
  if (input.familyGoals) {
    out.familyGoals = withIds(input.familyGoals, current.familyGoals, 'familyGoals', problems);
    out.familyGoals.forEach((g, i) => g.personId && !people.has(g.personId) && problems.push({ path: `familyGoals.${i}.personId`, key: 'case_person_not_in_case' }));
  }
  if (input.protectiveFactors) out.protectiveFactors = withIds(input.protectiveFactors, current.protectiveFactors, 'protectiveFactors', problems);
  if (input.actions) {
    const team = new Set([row.ownerId, ...row.memberIds].filter((id): id is string => id !== null));
    const names = await staffNames(tx, team);
    const actions: RecoveryAction[] = [];
    for (const [i, a] of withIds(input.actions, current.actions, 'actions', problems).entries()) {
      let ownerLabel = a.ownerLabel;
      if (a.ownerKind === 'staff') {
        if (!a.ownerUserId || !team.has(a.ownerUserId)) problems.push({ path: `actions.${i}.ownerUserId`, key: 'recovery_owner_not_in_team' });
        else ownerLabel ||= names.get(a.ownerUserId) ?? '';
      } else if (a.ownerKind === 'partner') {
        const partner = a.ownerPartnerId ? await partnerById(tx, a.ownerPartnerId) : undefined;
        if (!partner) problems.push({ path: `actions.${i}.ownerPartnerId`, key: 'partner_unknown' });
        else ownerLabel ||= partner.name;
      } else if (!ownerLabel) problems.push({ path: `actions.${i}.ownerLabel`, key: 'recovery_owner_needs_label' });
      actions.push({ ...a, ownerUserId: a.ownerKind === 'staff' ? a.ownerUserId : null, ownerPartnerId: a.ownerKind === 'partner' ? a.ownerPartnerId : null, ownerLabel });
    }
    out.actions = actions;
  }
  if (problems.length) throw invalid(problems);
  return out;
}

export async function presentRecoveryPlan(tx: Tx, plan: RecoveryPlanRow): Promise<RecoveryPlanView> {
  const notes = await tx.select().from(recoveryProgressNotes).where(eq(recoveryProgressNotes.planId, plan.id)).orderBy(asc(recoveryProgressNotes.concernsDate), asc(recoveryProgressNotes.createdAt));
  const shares = await tx
    .select({ share: recoveryPlanShares, partner: { id: partners.id, name: partners.name, kind: partners.kind } })
    .from(recoveryPlanShares)
    .innerJoin(partners, eq(partners.id, recoveryPlanShares.partnerId))
    .where(and(eq(recoveryPlanShares.planId, plan.id), isNull(recoveryPlanShares.revokedAt)))
    .orderBy(asc(partners.name));
  const names = await staffNames(tx, [plan.createdBy, ...notes.map((n) => n.authorId), ...shares.map((s) => s.share.sharedBy)]);
  const staff = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    id: plan.id,
    childGoals: plan.childGoals,
    familyGoals: plan.familyGoals,
    protectiveFactors: plan.protectiveFactors,
    actions: plan.actions,
    progressNotes: notes.map((n) => ({ id: n.id, concernsDate: n.concernsDate, body: n.body, shareable: n.shareable, author: staff(n.authorId), createdAt: n.createdAt.toISOString() })),
    shares: shares.map(({ share, partner }) => ({ id: share.id, partner, fields: share.fields as ShareableField[], disclosureId: share.disclosureId, sharedBy: staff(share.sharedBy), updatedAt: share.updatedAt.toISOString(), version: share.version })),
    createdBy: staff(plan.createdBy),
    updatedAt: plan.updatedAt.toISOString(),
    version: plan.version,
  };
}

export async function loadRecoveryPlan(tx: Tx, caseId: string, planId?: string, options: { forUpdate?: boolean } = {}): Promise<RecoveryPlanRow | undefined> {
  const query = tx.select().from(recoveryPlans).where(and(eq(recoveryPlans.caseId, caseId), planId ? eq(recoveryPlans.id, planId) : undefined));
  const [plan] = options.forUpdate ? await query.for('update') : await query;
  return plan;
}

export async function readRecoveryPlan(ctx: Ctx, caseId: string): Promise<{ plan: RecoveryPlanView | null }> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const plan = await loadRecoveryPlan(tx, row.id);
    audit({ action: 'recovery_plan.read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { recoveryPlanId: plan?.id ?? null } });
    return { plan: plan ? await presentRecoveryPlan(tx, plan) : null };
  });
}

export async function createRecoveryPlan(ctx: Ctx, caseId: string, input: RecoveryPlanInput): Promise<RecoveryPlanView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    if (await loadRecoveryPlan(tx, row.id)) throw new AppError(409, 'recovery_plan_exists');
    const lists = (await normalise(tx, row, input, { childGoals: [], familyGoals: [], protectiveFactors: [], actions: [] })) as Lists;
    const [plan] = await tx.insert(recoveryPlans).values({ caseId: row.id, ...lists, createdBy: actor.userId }).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'recovery_plan.created', recordType: 'recovery_plan', recordId: plan!.id, recordVersion: 1 }]);
    audit({ action: 'recovery_plan.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { recoveryPlanId: plan!.id } });
    return presentRecoveryPlan(tx, plan!);
  });
}

export async function updateRecoveryPlan(ctx: Ctx, caseId: string, planId: string, input: RecoveryPlanUpdate): Promise<RecoveryPlanView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const plan = await loadRecoveryPlan(tx, row.id, planId, { forUpdate: true });
    if (!plan) throw notFound();
    await assertVersion(tx, plan, input.version);
    const change = await normalise(tx, row, input, plan);
    const fields = listNames.filter((name) => change[name] !== undefined && JSON.stringify(change[name]) !== JSON.stringify(plan[name]));
    if (fields.length === 0) return presentRecoveryPlan(tx, plan);
    const [updated] = await tx.update(recoveryPlans).set({ ...change, version: sql`${recoveryPlans.version} + 1`, updatedAt: new Date() }).where(eq(recoveryPlans.id, plan.id)).returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'recovery_plan.updated', recordType: 'recovery_plan', recordId: plan.id, recordVersion: updated!.version, details: { fields } }]);
    audit({ action: 'recovery_plan.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { recoveryPlanId: plan.id, fields } });
    return presentRecoveryPlan(tx, updated!);
  });
}

export async function addProgressNote(ctx: Ctx, caseId: string, planId: string, input: ProgressNoteInput): Promise<RecoveryPlanView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const plan = await loadRecoveryPlan(tx, row.id, planId);
    if (!plan) throw notFound();
    const concernsDate = input.concernsDate ?? brusselsDate(new Date());
    if (concernsDate > brusselsDate(new Date())) throw invalid([{ path: 'concernsDate', key: 'case_note_in_future' }]);
    const [note] = await tx.insert(recoveryProgressNotes).values({ planId: plan.id, caseId: row.id, concernsDate, body: input.body, shareable: input.shareable, authorId: actor.userId }).returning({ id: recoveryProgressNotes.id });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'recovery_plan.progress_noted', recordType: 'recovery_plan', recordId: plan.id, details: { noteId: note!.id, shareable: input.shareable } }]);
    audit({ action: 'recovery_plan.progress', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { recoveryPlanId: plan.id, noteId: note!.id } });
    return presentRecoveryPlan(tx, plan);
  });
}
