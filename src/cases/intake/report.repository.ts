// Queries on reports: loading one for an actor (policy-checked), listing the visible ones and
// presenting them. The policy lives in case.policy.ts; this file only applies it.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { mayAccessReport, reportAccessWhere, type CaseAccessFacts } from '../case.policy.js';
import { caseMembers, cases } from '../cases.tables.js';
import { deadlineState } from '../deadlines/deadlines.js';
import { staffNames } from '../../access/organisation.service.js';
import type { ReportView } from './intake.schema.js';
import { caseReportChildren, caseReports, caseReportTranscripts } from './intake.tables.js';

export type ReportRow = typeof caseReports.$inferSelect;
type ChildRow = typeof caseReportChildren.$inferSelect;

export async function caseFacts(q: Queryable, caseId: string): Promise<CaseAccessFacts | null> {
  const [row] = await q.select({ centreId: cases.centreId, teamId: cases.teamId, ownerId: cases.ownerId }).from(cases).where(eq(cases.id, caseId));
  if (!row) return null;
  const members = await q.select({ userId: caseMembers.userId }).from(caseMembers).where(eq(caseMembers.caseId, caseId));
  return { ...row, memberIds: members.map((m) => m.userId) };
}

/** The report if the actor may see it; otherwise 404, exactly as for a report that does not exist. */
export async function loadReportFor(q: Queryable, actor: Actor, reportId: string, options: { forUpdate?: boolean } = {}): Promise<ReportRow> {
  const query = q.select().from(caseReports).where(and(eq(caseReports.id, reportId), eq(caseReports.centreId, actor.centreId)));
  const [report] = options.forUpdate ? await query.for('update') : await query;
  if (!report) throw notFound();
  const linkedCase = report.caseId ? await caseFacts(q, report.caseId) : null;
  if (!mayAccessReport(actor, { centreId: report.centreId, teamId: report.teamId, registeredBy: report.registeredBy, case: linkedCase })) throw notFound();
  return report;
}

export async function listReportsFor(q: Queryable, actor: Actor, filter: { untriagedOnly: boolean; limit: number }): Promise<ReportRow[]> {
  // A report emptied by retention is a tombstone for the statistics, not something to work on.
  const conditions: SQL[] = [reportAccessWhere(actor), isNull(caseReports.purgedAt)];
  if (filter.untriagedOnly) conditions.push(isNull(caseReports.outcome));
  return q
    .select()
    .from(caseReports)
    .where(and(...conditions))
    // Untriaged reports are worked oldest deadline first; the full list reads newest first.
    .orderBy(filter.untriagedOnly ? asc(caseReports.firstContactDueAt) : desc(caseReports.receivedAt))
    .limit(filter.limit);
}

export async function presentReports(q: Queryable, reports: ReportRow[], now = new Date()): Promise<ReportView[]> {
  if (reports.length === 0) return [];
  const children = await q
    .select()
    .from(caseReportChildren)
    .where(inArray(caseReportChildren.reportId, reports.map((r) => r.id)))
    // Oldest child first, the unborn last: the order a worker reads a family in.
    .orderBy(asc(caseReportChildren.unborn), sql`${caseReportChildren.dateOfBirth} asc nulls last`, asc(caseReportChildren.firstName));
  const byReport = new Map<string, ChildRow[]>();
  for (const child of children) byReport.set(child.reportId, [...(byReport.get(child.reportId) ?? []), child]);
  const names = await staffNames(q, reports.map((r) => r.registeredBy));
  const transcripts = await q.select({ reportId: caseReportTranscripts.reportId }).from(caseReportTranscripts).where(inArray(caseReportTranscripts.reportId, reports.map((r) => r.id)));
  const withTranscript = new Set(transcripts.map((t) => t.reportId));
  return reports.map((r) => ({
    id: r.id,
    teamId: r.teamId,
    receivedAt: r.receivedAt.toISOString(),
    source: r.source,
    concern: r.concern,
    problemCategory: r.problemCategory,
    forms: r.forms,
    contexts: r.contexts,
    urgency: r.urgency,
    firstContactDueAt: r.firstContactDueAt.toISOString(),
    // A report that ended at intake has no first contact to make; one that opened a case hands
    // the deadline over to the case.
    deadline: r.outcome ? null : deadlineState(r.firstContactDueAt, null, now),
    outcome: r.outcome,
    outcomeNote: r.outcomeNote,
    triagedAt: r.triagedAt?.toISOString() ?? null,
    caseId: r.caseId,
    consultRequestId: r.consultRequestId,
    registeredBy: { id: r.registeredBy, name: names.get(r.registeredBy) ?? '' },
    children: (byReport.get(r.id) ?? []).map((c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: c.dateOfBirth,
      unborn: c.unborn,
      expectedBirth: c.expectedBirth,
    })),
    hasTranscript: withTranscript.has(r.id),
    version: r.version,
  }));
}
