// Referrals to partner services, with their status (sent, accepted, waiting, started, refused,
// withdrawn) and the waiting time the family lives with. A referral that sends case information
// writes its disclosure in the same transaction: there is no way to send without the record.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadCaseFor, loadOpenCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion } from '../cases/versioned.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError, invalid, notFound } from '../platform/errors.js';
import { partnerById, writeDisclosure } from './disclosures.service.js';
import type { ReferralInput, ReferralStatusInput, ReferralView } from './partners.schema.js';
import { partners, referralStatusChanges, referrals, type ReferralStatus } from './partners.tables.js';
import { recordFactsOf } from '../monitoring/live-facts.service.js';

type ReferralRow = typeof referrals.$inferSelect;
type ChangeRow = typeof referralStatusChanges.$inferSelect;

const DAY_MS = 86_400_000;

/** Where a referral can go from each status; refused, withdrawn and started end the waiting. */
export const nextStatuses: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'waiting', 'started', 'refused', 'withdrawn'],
  accepted: ['waiting', 'started', 'refused', 'withdrawn'],
  waiting: ['started', 'refused', 'withdrawn'],
  started: [],
  refused: [],
  withdrawn: [],
};
const stillWaiting = (status: ReferralStatus) => status === 'sent' || status === 'accepted' || status === 'waiting';

/** Calendar days from sending until help started or the referral ended, or until today. */
export function waitingDays(referral: Pick<ReferralRow, 'sentOn' | 'startedOn' | 'closedOn'>, today: string): number {
  const end = referral.startedOn ?? referral.closedOn ?? today;
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(referral.sentOn)) / DAY_MS));
}

async function present(q: Queryable, found: ReferralRow[]): Promise<ReferralView[]> {
  if (found.length === 0) return [];
  const changes = await q.select().from(referralStatusChanges).where(inArray(referralStatusChanges.referralId, found.map((r) => r.id))).orderBy(asc(referralStatusChanges.createdAt));
  const partnerRows = await q.select({ id: partners.id, name: partners.name, kind: partners.kind }).from(partners).where(inArray(partners.id, [...new Set(found.map((r) => r.partnerId))]));
  const names = await staffNames(q, [...found.map((r) => r.createdBy), ...changes.map((c) => c.recordedBy)]);
  const today = brusselsDate(new Date());
  const byReferral = (id: string): ChangeRow[] => changes.filter((c) => c.referralId === id);
  return found.map((r) => ({
    id: r.id,
    partner: partnerRows.find((p) => p.id === r.partnerId)!,
    reason: r.reason,
    status: r.status,
    sentOn: r.sentOn,
    acceptedOn: r.acceptedOn,
    startedOn: r.startedOn,
    closedOn: r.closedOn,
    statusNote: r.statusNote,
    waitingDays: waitingDays(r, today),
    stillWaiting: stillWaiting(r.status),
    disclosureId: r.disclosureId,
    history: byReferral(r.id).map((c) => ({ status: c.status, changedOn: c.changedOn, note: c.note, recordedBy: { id: c.recordedBy, name: names.get(c.recordedBy) ?? '' } })),
    createdBy: { id: r.createdBy, name: names.get(r.createdBy) ?? '' },
    version: r.version,
  }));
}

export async function createReferral(ctx: Ctx, caseId: string, input: ReferralInput): Promise<ReferralView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async (work) => {
    const { tx, audit } = work;
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const partner = await partnerById(tx, input.partnerId);
    if (!partner || !partner.active) throw invalid([{ path: 'partnerId', key: 'partner_unknown' }]);
    const sentOn = input.sentOn ?? brusselsDate(new Date());
    if (sentOn > brusselsDate(new Date())) throw invalid([{ path: 'sentOn', key: 'partner_date_in_future' }]);
    const disclosure = input.disclosure
      ? await writeDisclosure(work, actor, row, { ...input.disclosure, reason: input.disclosure.reason || input.reason, disclosedOn: sentOn }, { partnerId: partner.id, name: partner.name, kind: partner.kind }, 'referral', 'disclosure.')
      : null;
    const [created] = await tx.insert(referrals).values({ caseId: row.id, partnerId: partner.id, reason: input.reason, sentOn, disclosureId: disclosure?.id ?? null, createdBy: actor.userId }).returning();
    await tx.insert(referralStatusChanges).values({ referralId: created!.id, status: 'sent', changedOn: sentOn, recordedBy: actor.userId });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'referral.sent', recordType: 'referral', recordId: created!.id, recordVersion: 1, details: { partnerKind: partner.kind, disclosureId: disclosure?.id ?? null } }]);
    await recordFactsOf(tx, 'referrals', created!.id);
    audit({ action: 'referral.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { referralId: created!.id, partnerId: partner.id, disclosureId: disclosure?.id ?? null } });
    return (await present(tx, [created!]))[0]!;
  });
}

export async function changeReferralStatus(ctx: Ctx, caseId: string, referralId: string, input: ReferralStatusInput): Promise<ReferralView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [current] = await tx.select().from(referrals).where(and(eq(referrals.id, referralId), eq(referrals.caseId, row.id))).for('update');
    if (!current) throw notFound();
    await assertVersion(tx, current, input.version);
    if (!nextStatuses[current.status].includes(input.status)) throw new AppError(409, 'referral_status_not_allowed', { from: current.status, to: input.status });
    const changedOn = input.changedOn ?? brusselsDate(new Date());
    if (changedOn > brusselsDate(new Date()) || changedOn < current.sentOn) throw invalid([{ path: 'changedOn', key: 'referral_date_out_of_range' }]);
    const dates = {
      ...(input.status === 'accepted' ? { acceptedOn: changedOn } : {}),
      ...(input.status === 'started' ? { startedOn: changedOn, acceptedOn: current.acceptedOn ?? changedOn } : {}),
      ...(input.status === 'refused' || input.status === 'withdrawn' ? { closedOn: changedOn } : {}),
    };
    const [updated] = await tx
      .update(referrals)
      .set({ status: input.status, ...dates, statusNote: input.note, version: sql`${referrals.version} + 1`, updatedAt: new Date() })
      .where(eq(referrals.id, current.id))
      .returning();
    await tx.insert(referralStatusChanges).values({ referralId: current.id, status: input.status, changedOn, note: input.note, recordedBy: actor.userId });
    const fields = ['status', ...Object.keys(dates), ...(input.note !== current.statusNote ? ['statusNote'] : [])];
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: `referral.${input.status}`, recordType: 'referral', recordId: current.id, recordVersion: updated!.version, details: { fields, from: current.status, to: input.status } }]);
    await recordFactsOf(tx, 'referrals', current.id);
    audit({ action: 'referral.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { referralId: current.id, from: current.status, to: input.status } });
    return (await present(tx, [updated!]))[0]!;
  });
}

export async function listReferrals(ctx: Ctx, caseId: string): Promise<ReferralView[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const found = await tx.select().from(referrals).where(eq(referrals.caseId, row.id)).orderBy(asc(referrals.sentOn), asc(referrals.createdAt));
    audit({ action: 'referral.read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    return present(tx, found);
  });
}
