// The referral letter to the prosecutor after "necessary, no cooperation": generated from the
// file as a PDF and stored in it, reviewed by a second colleague (four eyes), then sent — and
// sending writes its disclosure (legal basis MANO) in the same transaction. A new draft
// supersedes the earlier unsent ones; a sent letter stays as it was sent.
import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadCaseFor, loadOpenCaseFor } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { assertVersion } from '../cases/versioned.js';
import { partnerById, writeDisclosure } from '../partners/disclosures.service.js';
import { teamDecisionOf } from '../teamwork/decisions.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Tx } from '../platform/db.js';
import { AppError, invalid, notFound } from '../platform/errors.js';
import { redact } from './letter-text.js';
import type { LetterView, SendLetterInput } from './mano.schema.js';
import { loadTrack, presentLetter, selectLetters } from './mano.service.js';
import { manoLetters } from './mano.tables.js';
import { pdfText } from './pdf-text.js';
import { prosecutorLetterContent } from './prosecutor-letter.content.js';
import { renderProsecutorLetter } from './prosecutor-letter.pdf.js';

async function letterView(tx: Tx, letterId: string): Promise<LetterView> {
  const [letter] = await selectLetters(tx, eq(manoLetters.id, letterId));
  return presentLetter(letter!, await staffNames(tx, [letter!.generatedBy, letter!.reviewedBy]), letter!.prosecutorName);
}

async function loadLetter(tx: Tx, caseId: string, letterId: string) {
  const [letter] = await tx.select().from(manoLetters).where(and(eq(manoLetters.id, letterId), eq(manoLetters.caseId, caseId))).for('update');
  if (!letter) throw notFound();
  return letter;
}

export async function generateProsecutorLetter(ctx: Ctx, caseId: string, trackId: string, prosecutorId: string): Promise<LetterView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const track = await loadTrack(tx, row.id, trackId);
    if (track.outcome !== 'necessary_no_cooperation') throw new AppError(409, 'mano_letter_needs_outcome');
    const prosecutor = await partnerById(tx, prosecutorId);
    if (!prosecutor || prosecutor.kind !== 'prosecutor' || !prosecutor.active) throw invalid([{ path: 'prosecutorId', key: 'mano_letter_needs_prosecutor' }]);
    const previous = await tx.select({ id: manoLetters.id, status: manoLetters.status }).from(manoLetters).where(eq(manoLetters.trackId, track.id));
    if (previous.some((l) => l.status === 'sent')) throw new AppError(409, 'mano_letter_already_sent');
    const start = await teamDecisionOf(tx, row.id, track.startDecisionId, ['mano_start']);
    const outcome = track.outcomeDecisionId ? await teamDecisionOf(tx, row.id, track.outcomeDecisionId, ['mano_outcome']) : undefined;
    const { content, identifiers } = await prosecutorLetterContent(tx, row, track, { start: start!, outcome: outcome! }, prosecutor.name, actor.userId);
    const pdf = await renderProsecutorLetter(content);
    // Belt and braces: read the PDF back and refuse it if anything identifying the reporter survived.
    const printed = pdfText(pdf);
    if (redact(printed, identifiers) !== printed) throw new AppError(409, 'mano_letter_names_reporter');
    const superseded = previous.filter((l) => l.status === 'draft' || l.status === 'reviewed').map((l) => l.id);
    if (superseded.length) await tx.update(manoLetters).set({ status: 'superseded', version: sql`${manoLetters.version} + 1`, updatedAt: new Date() }).where(inArray(manoLetters.id, superseded));
    const [letter] = await tx
      .insert(manoLetters)
      .values({ trackId: track.id, caseId: row.id, prosecutorId: prosecutor.id, pdf, sha256: createHash('sha256').update(pdf).digest('hex'), generatedBy: actor.userId })
      .returning({ id: manoLetters.id });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'mano.letter_generated', recordType: 'mano_letter', recordId: letter!.id, recordVersion: 1, details: { trackId: track.id, superseded } }]);
    audit({ action: 'mano_letter.create', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoLetterId: letter!.id, superseded } });
    return letterView(tx, letter!.id);
  });
}

/** Four eyes: the colleague who reviews the letter is not the one who generated it. */
export async function reviewProsecutorLetter(ctx: Ctx, caseId: string, letterId: string, version: number): Promise<LetterView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const letter = await loadLetter(tx, row.id, letterId);
    await assertVersion(tx, letter, version);
    if (letter.status !== 'draft') throw new AppError(409, 'mano_letter_not_draft');
    if (letter.generatedBy === actor.userId) throw new AppError(403, 'mano_letter_four_eyes');
    const [updated] = await tx
      .update(manoLetters)
      .set({ status: 'reviewed', reviewedBy: actor.userId, reviewedAt: new Date(), version: sql`${manoLetters.version} + 1`, updatedAt: new Date() })
      .where(eq(manoLetters.id, letter.id))
      .returning({ version: manoLetters.version });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'mano.letter_reviewed', recordType: 'mano_letter', recordId: letter.id, recordVersion: updated!.version, details: { fields: ['status'] } }]);
    audit({ action: 'mano_letter.review', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoLetterId: letter.id } });
    return letterView(tx, letter.id);
  });
}

export async function sendProsecutorLetter(ctx: Ctx, caseId: string, letterId: string, input: SendLetterInput): Promise<LetterView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async (work) => {
    const { tx, audit } = work;
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const letter = await loadLetter(tx, row.id, letterId);
    await assertVersion(tx, letter, input.version);
    if (letter.status !== 'reviewed') throw new AppError(409, 'mano_letter_not_reviewed');
    const sentOn = input.sentOn ?? brusselsDate(new Date());
    if (sentOn > brusselsDate(new Date())) throw invalid([{ path: 'sentOn', key: 'mano_date_in_future' }]);
    const prosecutor = (await partnerById(tx, letter.prosecutorId))!;
    const disclosure = await writeDisclosure(
      work,
      actor,
      row,
      {
        legalBasis: 'mano',
        reason: 'Verwijzing na maatschappelijke noodzaak: noodzakelijke hulp zonder medewerking.',
        information: `Verwijzingsbrief MANO (PDF, sha256 ${letter.sha256.slice(0, 16)})`,
        disclosedOn: sentOn,
        familyInformed: input.familyInformed,
        familyInformedOn: input.familyInformedOn,
        notInformedReason: input.notInformedReason,
      },
      { partnerId: prosecutor.id, name: prosecutor.name, kind: prosecutor.kind },
      'mano_letter',
    );
    const [updated] = await tx
      .update(manoLetters)
      .set({ status: 'sent', sentBy: actor.userId, sentOn, disclosureId: disclosure.id, version: sql`${manoLetters.version} + 1`, updatedAt: new Date() })
      .where(eq(manoLetters.id, letter.id))
      .returning({ version: manoLetters.version });
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'mano.letter_sent', recordType: 'mano_letter', recordId: letter.id, recordVersion: updated!.version, details: { fields: ['status'], disclosureId: disclosure.id } }]);
    audit({ action: 'mano_letter.send', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoLetterId: letter.id, disclosureId: disclosure.id } });
    return letterView(tx, letter.id);
  });
}

/** The stored PDF, for reading and review; each download is audited. */
export async function downloadProsecutorLetter(ctx: Ctx, caseId: string, letterId: string): Promise<{ pdf: Buffer; filename: string }> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const [letter] = await tx.select({ pdf: manoLetters.pdf }).from(manoLetters).where(and(eq(manoLetters.id, letterId), eq(manoLetters.caseId, row.id)));
    if (!letter) throw notFound();
    audit({ action: 'mano_letter.read', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { manoLetterId: letterId } });
    return { pdf: letter.pdf, filename: `verwijzing-parket-${row.number}.pdf` };
  });
}
