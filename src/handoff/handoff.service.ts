// Handing a registered contact on: to a VK, which receives it as an intake report prefilled from
// the registration, or to a CAW for an adult. Consent is recorded for the hand-off and, for a
// chat, separately for the transcript; without consent the legal basis and the reason are. The
// transcript is copied only with consent; otherwise nothing of the conversation leaves the chat.
import { and, asc, eq } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { receiveHandedOffReport } from '../cases/intake/handed-off-report.js';
import { transcriptForHandoff } from '../chat/transcript-copy.js';
import { centreCodeForProvince } from '../consult/provinces.js';
import { contactForHandoff, type ContactRegistration } from '../contacts/contacts.service.js';
import { partnerById } from '../partners/disclosures.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError, invalid, type FieldProblem } from '../platform/errors.js';
import { classifyForVk, concernText } from './handoff-prefill.js';
import type { HandoffInput, HandoffView } from './handoff.schema.js';
import { contactHandoffs } from './handoff.tables.js';
import './handoff.messages.js';

type HandoffRow = typeof contactHandoffs.$inferSelect;

const present = (r: HandoffRow): HandoffView => ({
  id: r.id,
  target: r.target,
  recipientName: r.recipientName,
  toCentreId: r.toCentreId,
  partnerId: r.partnerId,
  reportId: r.reportId,
  consent: r.consent,
  consentBy: r.consentBy,
  transcriptShared: r.transcriptShared,
  legalBasis: r.legalBasis,
  handedOffAt: r.handedOffAt.toISOString(),
});

/** Every missing or contradictory answer at once, each at its own field. */
export function handoffProblems(input: HandoffInput, channel: ContactRegistration['channel']): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.target) problems.push({ path: 'target', key: 'handoff_choose_target' });
  if (input.consent === undefined) problems.push({ path: 'consent', key: 'handoff_consent_required' });
  if (input.target === 'vk' && !input.province) problems.push({ path: 'province', key: 'handoff_choose_vk' });
  if (input.target === 'caw' && !input.partnerId) problems.push({ path: 'partnerId', key: 'handoff_choose_caw' });
  if (input.target === 'caw' && !input.consent) problems.push({ path: 'consent', key: 'handoff_caw_needs_consent' });
  if (input.consent === true) {
    if (!input.consentBy) problems.push({ path: 'consentBy', key: 'handoff_who_consented' });
    if (channel === 'chat' && input.target === 'vk' && input.transcript === undefined) problems.push({ path: 'transcript', key: 'handoff_transcript_choice' });
  } else if (input.consent === false) {
    if (!input.legalBasis) problems.push({ path: 'legalBasis', key: 'handoff_basis_required' });
    if (!input.basisReason) problems.push({ path: 'basisReason', key: 'handoff_basis_reason' });
    if (input.transcript) problems.push({ path: 'transcript', key: 'handoff_transcript_needs_consent' });
  }
  if (input.transcript && (channel !== 'chat' || input.target !== 'vk')) problems.push({ path: 'transcript', key: 'handoff_no_transcript_phone' });
  return problems;
}

export async function handOff(ctx: Ctx, contactId: string, input: HandoffInput): Promise<HandoffView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async (work) => {
    const { tx, audit } = work;
    const { contact, taxonomy } = await contactForHandoff(tx, actor, contactId);
    const [earlier] = input.target ? await tx.select().from(contactHandoffs).where(and(eq(contactHandoffs.contactId, contact.id), eq(contactHandoffs.target, input.target))) : [];
    if (earlier) throw new AppError(409, 'handoff_already_done', { recipient: earlier.recipientName });
    const problems = handoffProblems(input, contact.channel);
    const withTranscript = input.consent === true && input.transcript === true && contact.channel === 'chat' && input.target === 'vk';
    const lines = withTranscript && contact.conversationId ? await transcriptForHandoff(tx, contact.conversationId) : null;
    if (withTranscript && !lines) problems.push({ path: 'transcript', key: 'handoff_transcript_gone' });
    const partner = input.target === 'caw' && input.partnerId ? await partnerById(tx, input.partnerId) : undefined;
    if (input.partnerId && input.target === 'caw' && (!partner || !partner.active || partner.kind !== 'caw')) problems.push({ path: 'partnerId', key: 'partner_unknown' });
    if (problems.length || !input.target) throw invalid(problems);

    const consented = input.consent === true;
    const consent = { consent: consented, consentBy: consented ? input.consentBy! : null, transcript: withTranscript, legalBasis: consented ? 'consent' : input.legalBasis!, basisReason: consented ? '' : input.basisReason };
    let recipient: { toCentreId: string | null; partnerId: string | null; name: string; reportId: string | null };
    if (input.target === 'vk') {
      const received = await receiveHandedOffReport(work, actor, {
        centreCode: centreCodeForProvince(input.province!),
        source: contact.channel === 'chat' ? 'chat' : 'hotline',
        receivedAt: new Date(),
        concern: concernText(contact, taxonomy, input.summary, consent),
        ...classifyForVk(contact),
        transcript: lines ? { lines, consentBy: consent.consentBy! } : null,
      });
      recipient = { toCentreId: received.centreId, partnerId: null, name: received.centreName, reportId: received.reportId };
    } else {
      recipient = { toCentreId: null, partnerId: partner!.id, name: partner!.name, reportId: null };
    }
    const [created] = await tx
      .insert(contactHandoffs)
      .values({
        contactId: contact.id,
        fromCentreId: actor.centreId,
        target: input.target,
        toCentreId: recipient.toCentreId,
        partnerId: recipient.partnerId,
        recipientName: recipient.name,
        reportId: recipient.reportId,
        consent: consent.consent,
        consentBy: consent.consentBy,
        transcriptShared: consent.transcript,
        legalBasis: consent.legalBasis,
        basisReason: consent.basisReason,
        handedOffBy: actor.userId,
      })
      // Two clicks at the same moment: the unique index lets one through, the other is refused.
      .onConflictDoNothing({ target: [contactHandoffs.contactId, contactHandoffs.target] })
      .returning();
    if (!created) throw new AppError(409, 'handoff_already_done', { recipient: recipient.name });
    audit({
      action: 'contact.handoff',
      recordType: 'contact_registration',
      recordId: contact.id,
      centreId: actor.centreId,
      details: { handoffId: created.id, target: input.target, toCentreId: recipient.toCentreId, partnerId: recipient.partnerId, reportId: recipient.reportId, legalBasis: consent.legalBasis, transcript: consent.transcript },
    });
    return present(created);
  });
}

/** The hand-offs of one's own registered contact (what the form shows after sending). */
export async function handoffsOf(ctx: Ctx, contactId: string): Promise<HandoffView[]> {
  const actor = actorOf(ctx);
  const { contact } = await contactForHandoff(ctx.db, actor, contactId);
  return (await listHandoffs(ctx.db, contact.id)).map(present);
}

const listHandoffs = (q: Queryable, contactId: string) => q.select().from(contactHandoffs).where(eq(contactHandoffs.contactId, contactId)).orderBy(asc(contactHandoffs.handedOffAt));
