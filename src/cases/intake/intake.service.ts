// Intake and triage: a report comes in (from a professional, 1712, the chat, the family), is
// classified with the centre's taxonomy, gets a first-contact deadline from its urgency, and is
// decided: advice only, consult, a case file, or MANO. Deciding for a case puts it on the team's
// waiting list.
import { eq } from 'drizzle-orm';
import { inTransaction, type Actor, type Ctx, type Work } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, invalid, type FieldProblem } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { dueAfter } from '../deadlines/deadlines.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { birthProblems } from '../person-rules.js';
import { classificationProblems, loadTaxonomy, type Taxonomy } from '../taxonomy/taxonomy.service.js';
import { assertVersion, changedFields } from '../versioned.js';
import type { RegisterReportInput, ReportChildInput, ReporterInput, ReportView, TriageReportInput } from './intake.schema.js';
import { caseReportChildren, caseReporters, caseReports, type IntakeOutcome } from './intake.tables.js';
import { openCaseFromReport } from './open-case.js';
import { listReportsFor, loadReportFor, presentReports, type ReportRow } from './report.repository.js';
import { recordFactsOf } from '../../monitoring/live-facts.service.js';

const MAX_LIST = 200;

function childProblems(children: ReportChildInput[], today: string): FieldProblem[] {
  return children.flatMap((child, i) => birthProblems(child, `children.${i}.`, today));
}

function reporterProblems(reporter: ReporterInput): FieldProblem[] {
  // An anonymous reporter stays anonymous: identifying details are refused rather than stored.
  if (!reporter.anonymous) return [];
  return (['name', 'phone', 'email'] as const).filter((f) => reporter[f] !== '').map((f) => ({ path: `reporter.${f}`, key: 'case_reporter_anonymous' }));
}

function receivingTeam(actor: Actor, teamId: string | undefined, problems: FieldProblem[]): string | undefined {
  if (teamId === undefined) {
    if (actor.teamIds[0] === undefined) problems.push({ path: 'teamId', key: 'case_no_team' });
    return actor.teamIds[0];
  }
  if (!actor.teamIds.includes(teamId)) problems.push({ path: 'teamId', key: 'case_team_not_yours' });
  return teamId;
}

/**
 * Where a report comes from when another capability registers it: the consult it was converted
 * from, and work that must commit or fail together with the report (linking it back).
 */
export interface ReportOrigin {
  consultRequestId: string;
  alongside: (work: Work, report: { id: string }) => Promise<void>;
}

export async function registerReport(ctx: Ctx, input: RegisterReportInput, origin?: ReportOrigin): Promise<ReportView> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async (work) => {
    const { tx, audit } = work;
    const taxonomy = await loadTaxonomy(tx);
    const problems = [...classificationProblems(taxonomy, input), ...childProblems(input.children, brusselsDate(now)), ...reporterProblems(input.reporter)];
    const teamId = receivingTeam(actor, input.teamId, problems);
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    if (receivedAt > now) problems.push({ path: 'receivedAt', key: 'case_received_in_future' });
    if (problems.length > 0 || !teamId) throw invalid(problems);

    const [report] = await tx
      .insert(caseReports)
      .values({
        centreId: actor.centreId,
        teamId,
        receivedAt,
        source: input.source,
        concern: input.concern,
        problemCategory: input.problemCategory,
        forms: input.forms,
        contexts: input.contexts,
        urgency: input.urgency,
        firstContactDueAt: dueAfter(receivedAt, taxonomy.urgency(input.urgency)!.settings.firstContact),
        registeredBy: actor.userId,
        consultRequestId: origin?.consultRequestId ?? null,
      })
      .returning();
    await tx.insert(caseReportChildren).values(input.children.map((c) => ({ reportId: report!.id, ...c })));
    await tx.insert(caseReporters).values({ reportId: report!.id, ...input.reporter });
    audit({ action: 'case_report.create', recordType: 'case_report', recordId: report!.id, centreId: actor.centreId, details: { source: input.source, children: input.children.length, urgency: input.urgency, ...(origin ? { consultRequestId: origin.consultRequestId } : {}) } });
    await origin?.alongside(work, report!);

    const stored = input.outcome ? await decide(tx, actor, report!, { outcome: input.outcome, outcomeNote: input.outcomeNote }, now, audit) : report!;
    await recordFactsOf(tx, 'case_reports', stored.id);
    return (await presentReports(tx, [stored], now))[0]!;
  });
}

/** Records the intake decision and, for a case or MANO, opens the case file on the waiting list. */
async function decide(tx: Tx, actor: Actor, report: ReportRow, decision: { outcome: IntakeOutcome; outcomeNote: string }, now: Date, audit: Work['audit']): Promise<ReportRow> {
  const opened = decision.outcome === 'case' || decision.outcome === 'mano' ? await openCaseFromReport(tx, actor.userId, report, decision.outcome, now) : null;
  const [updated] = await tx
    .update(caseReports)
    .set({ outcome: decision.outcome, outcomeNote: decision.outcomeNote, triagedAt: now, triagedBy: actor.userId, caseId: opened?.id ?? null, version: report.version + 1, updatedAt: now })
    .where(eq(caseReports.id, report.id))
    .returning();
  audit({ action: 'case_report.triage', recordType: 'case_report', recordId: report.id, centreId: report.centreId, details: { outcome: decision.outcome } });
  if (opened) audit({ action: 'case.open', recordType: 'case', recordId: opened.id, centreId: report.centreId, details: { track: decision.outcome, reportId: report.id } });
  return updated!;
}

function reclassify(taxonomy: Taxonomy, report: ReportRow, input: TriageReportInput) {
  const change = {
    problemCategory: input.problemCategory ?? report.problemCategory,
    forms: input.forms ?? report.forms,
    contexts: input.contexts ?? report.contexts,
    urgency: input.urgency ?? report.urgency,
  };
  const problems = classificationProblems(taxonomy, { problemCategory: input.problemCategory, forms: input.forms, contexts: input.contexts, urgency: input.urgency });
  if (problems.length > 0) throw invalid(problems);
  const firstContactDueAt = change.urgency === report.urgency ? report.firstContactDueAt : dueAfter(report.receivedAt, taxonomy.urgency(change.urgency)!.settings.firstContact);
  return { ...change, firstContactDueAt };
}

export async function triageReport(ctx: Ctx, reportId: string, input: TriageReportInput): Promise<ReportView> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const report = await loadReportFor(tx, actor, reportId, { forUpdate: true });
    await assertVersion(tx, report, input.version);
    if (report.outcome) throw new AppError(409, 'case_report_already_triaged');
    const taxonomy = await loadTaxonomy(tx);
    const change = reclassify(taxonomy, report, input);
    const fields = changedFields(report, change);
    const [reclassified] = fields.length
      ? await tx.update(caseReports).set({ ...change, updatedAt: now }).where(eq(caseReports.id, report.id)).returning()
      : [report];
    const decided = await decide(tx, actor, reclassified!, { outcome: input.outcome, outcomeNote: input.outcomeNote }, now, audit);
    await recordFactsOf(tx, 'case_reports', decided.id);
    return (await presentReports(tx, [decided], now))[0]!;
  });
}

export async function listReports(ctx: Ctx, filter: { status: 'untriaged' | 'all' }): Promise<ReportView[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const reports = await listReportsFor(tx, actor, { untriagedOnly: filter.status === 'untriaged', limit: MAX_LIST });
    audit({ action: 'case_report.list', recordType: 'case_report', centreId: actor.centreId, details: { reportIds: reports.map((r) => r.id) } });
    return presentReports(tx, reports);
  });
}

export async function readReport(ctx: Ctx, reportId: string): Promise<ReportView> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const report = await loadReportFor(tx, actor, reportId);
    audit({ action: 'case_report.read', recordType: 'case_report', recordId: report.id, centreId: report.centreId });
    return (await presentReports(tx, [report]))[0]!;
  });
}

/** The reporter's identity: its own route and audit line, never part of the report or case file. */
export async function readReporter(ctx: Ctx, reportId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const report = await loadReportFor(tx, actor, reportId);
    const [reporter] = await tx.select().from(caseReporters).where(eq(caseReporters.reportId, report.id));
    audit({ action: 'case_report.reporter_read', recordType: 'case_report', recordId: report.id, centreId: report.centreId });
    return {
      reportId: report.id,
      anonymous: reporter?.anonymous ?? true,
      name: reporter?.name ?? '',
      organisation: reporter?.organisation ?? '',
      profession: reporter?.profession ?? '',
      relationToChild: reporter?.relationToChild ?? '',
      phone: reporter?.phone ?? '',
      email: reporter?.email ?? '',
      wantsFeedback: reporter?.wantsFeedback ?? false,
    };
  });
}
