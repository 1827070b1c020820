// Reports that arrive from the chat or the 1712 hotline by a hand-off. The counsellor works for
// another centre, so the report is received by the chosen VK's intake team (its lead sees it in
// triage) and the counsellor cannot open it afterwards: once handed off, it is the VK's.
import { and, asc, eq, sql } from 'drizzle-orm';
import { centres, teams } from '../../access/access.tables.js';
import type { Actor, Ctx, Work } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import { invalid, notFound } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { dueAfter } from '../deadlines/deadlines.js';
import { classificationProblems, loadTaxonomy, type ClassificationInput } from '../taxonomy/taxonomy.service.js';
import { caseReportChildren, caseReporters, caseReports, caseReportTranscripts, type TranscriptLine } from './intake.tables.js';
import { loadReportFor } from './report.repository.js';

export interface HandedOffReport extends ClassificationInput {
  /** The receiving VK by its centre code (see src/consult/provinces.ts). */
  centreCode: string;
  source: 'chat' | 'hotline';
  receivedAt: Date;
  concern: string;
  /** Only with the child's consent; then the copy belongs to the report from now on. */
  transcript: { lines: TranscriptLine[]; consentBy: string } | null;
}

/** The team that receives reports: the one called "Intake…", else the centre's oldest team. */
async function intakeTeamOf(work: Work, centreId: string): Promise<string | undefined> {
  const [team] = await work.tx
    .select({ id: teams.id })
    .from(teams)
    .where(eq(teams.centreId, centreId))
    .orderBy(sql`(lower(${teams.name}) like 'intake%') desc`, asc(teams.createdAt), asc(teams.name))
    .limit(1);
  return team?.id;
}

/**
 * Writes the report in the caller's transaction, so the hand-off record and the report commit
 * together or not at all. Field problems name `centre` and the classification fields.
 */
export async function receiveHandedOffReport(work: Work, actor: Actor, input: HandedOffReport): Promise<{ reportId: string; centreId: string; centreName: string }> {
  const [centre] = await work.tx
    .select({ id: centres.id, name: centres.name })
    .from(centres)
    .where(and(eq(centres.code, input.centreCode), eq(centres.kind, 'vk')));
  const teamId = centre ? await intakeTeamOf(work, centre.id) : undefined;
  const taxonomy = await loadTaxonomy(work.tx);
  // Forms and contexts are suggestions from the registration: one the VK retired is left out
  // rather than refused (the VK classifies at triage anyway).
  const active = { activeOnly: true };
  const forms = input.forms.filter((f) => taxonomy.has('maltreatment_form', f, active));
  const contexts = input.contexts.filter((c) => taxonomy.has('specific_context', c, active));
  const problems = classificationProblems(taxonomy, { problemCategory: input.problemCategory, urgency: input.urgency });
  if (!centre || !teamId) problems.push({ path: 'province', key: 'handoff_no_centre' });
  if (problems.length > 0 || !centre || !teamId) throw invalid(problems);

  const [report] = await work.tx
    .insert(caseReports)
    .values({
      centreId: centre.id,
      teamId,
      receivedAt: input.receivedAt,
      source: input.source,
      concern: input.concern,
      problemCategory: input.problemCategory,
      forms,
      contexts,
      urgency: input.urgency,
      firstContactDueAt: dueAfter(input.receivedAt, taxonomy.urgency(input.urgency)!.settings.firstContact),
      registeredBy: actor.userId,
    })
    .returning({ id: caseReports.id });
  // The child is not named: the chat and the hotline never ask. The VK learns who in its own contact.
  await work.tx.insert(caseReportChildren).values({ reportId: report!.id });
  // The reporter is the service that passed it on; a child or caller stays anonymous.
  await work.tx.insert(caseReporters).values({ reportId: report!.id, anonymous: true });
  if (input.transcript) await work.tx.insert(caseReportTranscripts).values({ reportId: report!.id, lines: input.transcript.lines, consentBy: input.transcript.consentBy });
  work.audit({
    action: 'case_report.create',
    recordType: 'case_report',
    recordId: report!.id,
    centreId: centre.id,
    details: { source: input.source, handoff: true, transcript: input.transcript !== null, urgency: input.urgency },
  });
  return { reportId: report!.id, centreId: centre.id, centreName: centre.name };
}

/** The transcript that came with a report, for whoever may see the report (an audited read). */
export async function readReportTranscript(ctx: Ctx, reportId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const report = await loadReportFor(tx, actor, reportId);
    const [copy] = await tx.select().from(caseReportTranscripts).where(eq(caseReportTranscripts.reportId, report.id));
    if (!copy) throw notFound();
    audit({ action: 'case_report.transcript_read', recordType: 'case_report', recordId: report.id, centreId: report.centreId });
    return { reportId: report.id, consentBy: copy.consentBy, copiedAt: copy.copiedAt.toISOString(), lines: copy.lines };
  });
}
