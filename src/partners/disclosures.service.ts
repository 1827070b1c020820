// Disclosures: every time case information leaves the case team. Professional secrecy is the
// rule, so each one records its legal basis, recipient, reason, what was shared and whether the
// family was informed (and if not, why not). Other capabilities that send information (a
// referral, a shared recovery plan, the MANO letter) call writeDisclosure inside their own
// transaction, so the sending and its record commit together or not at all.
import { and, asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadCaseFor, loadOpenCaseFor, type CaseRow } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion } from '../cases/versioned.js';
import { inTransaction, type Actor, type Ctx, type Work } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError, invalid, notFound, type FieldProblem } from '../platform/errors.js';
import type { DisclosureFacts, DisclosureInput, DisclosureView } from './partners.schema.js';
import { disclosures, partners, type DisclosureSource, type LegalBasis, type PartnerKind } from './partners.tables.js';

type DisclosureRow = typeof disclosures.$inferSelect;

/** Art. 458bis and MANO allow informing the prosecutor, nobody else. */
const prosecutorOnly: readonly LegalBasis[] = ['458bis_a', '458bis_b', 'mano'];

export interface Recipient {
  partnerId: string | null;
  name: string;
  kind: PartnerKind;
}

export function disclosureProblems(facts: DisclosureFacts, recipient: Recipient, prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = brusselsDate(new Date());
  if (prosecutorOnly.includes(facts.legalBasis) && recipient.kind !== 'prosecutor') problems.push({ path: `${prefix}legalBasis`, key: 'disclosure_basis_prosecutor_only' });
  // Consent is given by the family: a disclosure on consent cannot have been hidden from them.
  if (facts.legalBasis === 'consent' && !facts.familyInformed) problems.push({ path: `${prefix}familyInformed`, key: 'disclosure_consent_means_informed' });
  if (!facts.familyInformed && !facts.notInformedReason) problems.push({ path: `${prefix}notInformedReason`, key: 'disclosure_why_not_informed' });
  if (facts.familyInformed && facts.familyInformedOn && facts.familyInformedOn > today) problems.push({ path: `${prefix}familyInformedOn`, key: 'partner_date_in_future' });
  if (facts.disclosedOn && facts.disclosedOn > today) problems.push({ path: `${prefix}disclosedOn`, key: 'partner_date_in_future' });
  return problems;
}

export async function partnerById(q: Queryable, partnerId: string) {
  const [partner] = await q.select().from(partners).where(eq(partners.id, partnerId));
  return partner;
}

/** Writes one disclosure with its timeline line and audit event, in the caller's transaction. */
export async function writeDisclosure(work: Work, actor: Actor, row: CaseRow, facts: DisclosureFacts, recipient: Recipient, source: DisclosureSource, prefix = ''): Promise<DisclosureRow> {
  const problems = disclosureProblems(facts, recipient, prefix);
  if (problems.length) throw invalid(problems);
  const disclosedOn = facts.disclosedOn ?? brusselsDate(new Date());
  const [created] = await work.tx
    .insert(disclosures)
    .values({
      caseId: row.id,
      partnerId: recipient.partnerId,
      recipientName: recipient.name,
      recipientKind: recipient.kind,
      legalBasis: facts.legalBasis,
      reason: facts.reason,
      information: facts.information,
      disclosedOn,
      familyInformed: facts.familyInformed,
      familyInformedOn: facts.familyInformed ? (facts.familyInformedOn ?? disclosedOn) : null,
      notInformedReason: facts.familyInformed ? '' : facts.notInformedReason,
      source,
      recordedBy: actor.userId,
    })
    .returning();
  await recordCaseEvents(work.tx, [{ caseId: row.id, actorId: actor.userId, kind: 'disclosure.recorded', recordType: 'disclosure', recordId: created!.id, recordVersion: 1, details: { legalBasis: facts.legalBasis, recipientKind: recipient.kind, source, familyInformed: facts.familyInformed } }]);
  work.audit({ action: 'disclosure.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { disclosureId: created!.id, legalBasis: facts.legalBasis, source, partnerId: recipient.partnerId } });
  return created!;
}

export function presentDisclosure(d: DisclosureRow, names: Map<string, string>): DisclosureView {
  return {
    id: d.id,
    partnerId: d.partnerId,
    recipientName: d.recipientName,
    recipientKind: d.recipientKind,
    legalBasis: d.legalBasis,
    reason: d.reason,
    information: d.information,
    disclosedOn: d.disclosedOn,
    familyInformed: d.familyInformed,
    familyInformedOn: d.familyInformedOn,
    notInformedReason: d.notInformedReason,
    source: d.source,
    recordedBy: { id: d.recordedBy, name: names.get(d.recordedBy) ?? '' },
    version: d.version,
  };
}

export async function recordDisclosure(ctx: Ctx, caseId: string, input: DisclosureInput): Promise<DisclosureView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async (work) => {
    const row = await loadOpenCaseFor(work.tx, actor, caseId);
    let recipient: Recipient;
    if (input.partnerId) {
      const partner = await partnerById(work.tx, input.partnerId);
      if (!partner) throw invalid([{ path: 'partnerId', key: 'partner_unknown' }]);
      recipient = { partnerId: partner.id, name: partner.name, kind: partner.kind };
    } else {
      if (!input.recipientName || !input.recipientKind) throw invalid([{ path: input.recipientName ? 'recipientKind' : 'recipientName', key: 'disclosure_needs_recipient' }]);
      recipient = { partnerId: null, name: input.recipientName, kind: input.recipientKind };
    }
    const created = await writeDisclosure(work, actor, row, input, recipient, 'manual');
    return presentDisclosure(created, await staffNames(work.tx, [actor.userId]));
  });
}

/** The family was told afterwards: recorded with its date, the rest of the record stays as it was. */
export async function markFamilyInformed(ctx: Ctx, caseId: string, disclosureId: string, input: { version: number; informedOn?: string }): Promise<DisclosureView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const [current] = await tx.select().from(disclosures).where(and(eq(disclosures.id, disclosureId), eq(disclosures.caseId, row.id))).for('update');
    if (!current) throw notFound();
    await assertVersion(tx, current, input.version);
    if (current.familyInformed) throw new AppError(409, 'disclosure_already_informed');
    const informedOn = input.informedOn ?? brusselsDate(new Date());
    if (informedOn > brusselsDate(new Date()) || informedOn < current.disclosedOn) throw invalid([{ path: 'informedOn', key: 'disclosure_informed_date' }]);
    const [updated] = await tx
      .update(disclosures)
      .set({ familyInformed: true, familyInformedOn: informedOn, version: sql`${disclosures.version} + 1`, updatedAt: new Date() })
      .where(eq(disclosures.id, current.id))
      .returning();
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'disclosure.family_informed', recordType: 'disclosure', recordId: current.id, recordVersion: updated!.version, details: { fields: ['familyInformed', 'familyInformedOn'] } }]);
    audit({ action: 'disclosure.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { disclosureId: current.id, fields: ['familyInformed'] } });
    return presentDisclosure(updated!, await staffNames(tx, [updated!.recordedBy]));
  });
}

export async function listDisclosures(ctx: Ctx, caseId: string): Promise<DisclosureView[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const found = await tx.select().from(disclosures).where(eq(disclosures.caseId, row.id)).orderBy(asc(disclosures.disclosedOn), asc(disclosures.createdAt));
    audit({ action: 'disclosure.read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    const names = await staffNames(tx, found.map((d) => d.recordedBy));
    return found.map((d) => presentDisclosure(d, names));
  });
}
