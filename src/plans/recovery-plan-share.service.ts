// Sharing the recovery plan with partners, field by field. Showing a partner more of the plan is
// a disclosure (recorded with its legal basis in the same transaction); showing less is not. The
// partner view returns only what was shared with that partner, and only progress notes the
// worker marked as shareable: the server never sends the rest for the page to hide.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadCaseFor, loadOpenCaseFor } from '../cases/case.repository.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion } from '../cases/versioned.js';
import { partnerById, writeDisclosure } from '../partners/disclosures.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Tx } from '../platform/db.js';
import { invalid, notFound } from '../platform/errors.js';
import { translate } from '../platform/i18n.js';
import { recoveryPlanShares, recoveryProgressNotes, shareableFields, type ShareableField } from './plans.tables.js';
import type { PartnerView, RecoveryPlanView, ShareInput } from './recovery-plan.schema.js';
import { loadRecoveryPlan, presentRecoveryPlan, type RecoveryPlanRow } from './recovery-plan.service.js';

async function activeShare(tx: Tx, planId: string, partnerId: string, options: { forUpdate?: boolean } = {}) {
  const query = tx.select().from(recoveryPlanShares).where(and(eq(recoveryPlanShares.planId, planId), eq(recoveryPlanShares.partnerId, partnerId), isNull(recoveryPlanShares.revokedAt)));
  const [share] = options.forUpdate ? await query.for('update') : await query;
  return share;
}

const inOrder = (fields: readonly ShareableField[]) => shareableFields.filter((f) => fields.includes(f));

export async function shareRecoveryPlan(ctx: Ctx, caseId: string, planId: string, input: ShareInput): Promise<RecoveryPlanView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async (work) => {
    const { tx, audit } = work;
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const plan = await loadRecoveryPlan(tx, row.id, planId, { forUpdate: true });
    if (!plan) throw notFound();
    const partner = await partnerById(tx, input.partnerId);
    if (!partner || !partner.active) throw invalid([{ path: 'partnerId', key: 'partner_unknown' }]);
    const existing = await activeShare(tx, plan.id, partner.id, { forUpdate: true });
    if (existing) await assertVersion(tx, existing, input.version ?? 0);
    const fields = inOrder(input.fields);
    const before = (existing?.fields ?? []) as ShareableField[];
    const widened = fields.filter((f) => !before.includes(f));
    if (!existing && fields.length === 0) throw invalid([{ path: 'fields', key: 'share_nothing' }]);

    let disclosureId = existing?.disclosureId ?? null;
    if (widened.length > 0) {
      if (!input.disclosure) throw invalid([{ path: 'disclosure', key: 'share_needs_disclosure' }]);
      const information = input.disclosure.information || translate(ctx.locale, 'share_information', { fields: widened.map((f) => translate(ctx.locale, `share_field_${f}`)).join(', ') });
      const disclosure = await writeDisclosure(work, actor, row, { ...input.disclosure, information }, { partnerId: partner.id, name: partner.name, kind: partner.kind }, 'recovery_plan', 'disclosure.');
      disclosureId = disclosure.id;
    }

    const now = new Date();
    let shareId: string;
    let version: number;
    if (!existing) {
      const [created] = await tx.insert(recoveryPlanShares).values({ planId: plan.id, caseId: row.id, partnerId: partner.id, fields, disclosureId: disclosureId!, sharedBy: actor.userId }).returning();
      shareId = created!.id;
      version = 1;
    } else {
      const [updated] = await tx
        .update(recoveryPlanShares)
        .set({ fields, disclosureId: disclosureId!, sharedBy: actor.userId, ...(fields.length === 0 ? { revokedAt: now } : {}), version: sql`${recoveryPlanShares.version} + 1`, updatedAt: now })
        .where(eq(recoveryPlanShares.id, existing.id))
        .returning();
      shareId = existing.id;
      version = updated!.version;
    }
    const kind = fields.length === 0 ? 'recovery_plan.share_revoked' : widened.length > 0 ? 'recovery_plan.shared' : 'recovery_plan.share_narrowed';
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind, recordType: 'recovery_plan_share', recordId: shareId, recordVersion: version, details: { fields: ['fields'], partnerId: partner.id, shared: fields } }]);
    audit({ action: 'recovery_plan.share', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { recoveryPlanId: plan.id, partnerId: partner.id, shared: fields, disclosureId } });
    return presentRecoveryPlan(tx, plan);
  });
}

async function buildPartnerView(tx: Tx, plan: RecoveryPlanRow, partner: { id: string; name: string }, fields: ShareableField[], sharedAt: Date): Promise<PartnerView> {
  const view: PartnerView = { partner, sharedFields: fields, updatedAt: (plan.updatedAt > sharedAt ? plan.updatedAt : sharedAt).toISOString() };
  // Internal ids (colleagues, case persons) never leave in a partner view: only the words.
  if (fields.includes('childGoals')) view.childGoals = plan.childGoals.map((g) => ({ goal: g.goal, progress: g.progress }));
  if (fields.includes('familyGoals')) view.familyGoals = plan.familyGoals.map((g) => ({ goal: g.goal, progress: g.progress }));
  if (fields.includes('protectiveFactors')) view.protectiveFactors = plan.protectiveFactors.map((f) => ({ factor: f.factor, progress: f.progress }));
  if (fields.includes('actions')) view.actions = plan.actions.map((a) => ({ what: a.what, owner: a.ownerLabel, dueOn: a.dueOn, progress: a.progress }));
  if (fields.includes('progressNotes')) {
    const notes = await tx
      .select({ concernsDate: recoveryProgressNotes.concernsDate, body: recoveryProgressNotes.body })
      .from(recoveryProgressNotes)
      .where(and(eq(recoveryProgressNotes.planId, plan.id), eq(recoveryProgressNotes.shareable, true)))
      .orderBy(asc(recoveryProgressNotes.concernsDate), asc(recoveryProgressNotes.createdAt));
    view.progressNotes = notes;
  }
  return view;
}

/** What this partner sees of the plan (for the worker to check, or to hand over). */
export async function partnerView(ctx: Ctx, caseId: string, planId: string, partnerId: string): Promise<PartnerView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const plan = await loadRecoveryPlan(tx, row.id, planId);
    const share = plan && (await activeShare(tx, plan.id, partnerId));
    const partner = share && (await partnerById(tx, partnerId));
    if (!plan || !share || !partner) throw notFound();
    audit({ action: 'recovery_plan.partner_view', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { recoveryPlanId: plan.id, partnerId, shared: share.fields } });
    return buildPartnerView(tx, plan, { id: partner.id, name: partner.name }, inOrder(share.fields as ShareableField[]), share.updatedAt);
  });
}
