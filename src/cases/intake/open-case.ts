// Turning a triaged report into a case file on the waiting list: a number, the children from
// the report as the first people in the file, and the first lines of the chronology.
import type { Tx } from '../../platform/db.js';
import { formatCaseNumber, reserveCaseNumbers } from '../case-number.js';
import { casePersons, cases, type CaseTrack } from '../cases.tables.js';
import { brusselsDate } from '../deadlines/working-days.js';
import { centreCode } from '../../access/organisation.service.js';
import { recordCaseEvents } from '../timeline.js';
import type { ReportRow } from './report.repository.js';
import { caseReportChildren } from './intake.tables.js';
import { eq } from 'drizzle-orm';
import { recordFactsOf } from '../../monitoring/live-facts.service.js';

export async function openCaseFromReport(tx: Tx, actorId: string, report: ReportRow, track: CaseTrack, now: Date): Promise<{ id: string; number: string }> {
  const year = Number(brusselsDate(now).slice(0, 4));
  const running = await reserveCaseNumbers(tx, report.centreId, year);
  const number = formatCaseNumber(await centreCode(tx, report.centreId), year, running);
  const [opened] = await tx
    .insert(cases)
    .values({
      centreId: report.centreId,
      teamId: report.teamId,
      number,
      track,
      status: 'waiting',
      urgency: report.urgency,
      problemCategory: report.problemCategory,
      forms: report.forms,
      contexts: report.contexts,
      openedAt: now,
      receivedAt: report.receivedAt,
      firstContactDueAt: report.firstContactDueAt,
    })
    .returning({ id: cases.id });
  const caseId = opened!.id;
  const children = await tx.select().from(caseReportChildren).where(eq(caseReportChildren.reportId, report.id));
  if (children.length > 0) {
    await tx.insert(casePersons).values(
      children.map((c) => ({
        caseId,
        kind: 'child' as const,
        firstName: c.firstName,
        lastName: c.lastName,
        dateOfBirth: c.dateOfBirth,
        unborn: c.unborn,
        expectedBirth: c.expectedBirth,
      })),
    );
  }
  await recordCaseEvents(tx, [
    { caseId, actorId: report.registeredBy, kind: 'report.received', recordType: 'report', recordId: report.id, occurredAt: report.receivedAt, details: { source: report.source } },
    { caseId, actorId, kind: 'case.opened', recordType: 'case', recordId: caseId, recordVersion: 1, occurredAt: now, details: { track, urgency: report.urgency, children: children.length } },
  ]);
  await recordFactsOf(tx, 'cases', caseId);
  return { id: caseId, number };
}
