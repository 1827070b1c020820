// The end of a case file's retention, owned by the case file and called by the retention run
// (src/retention), which has first purged the case-work records of the other capabilities.
// Every personal field goes, a tombstone stays.
//
// Why a tombstone and not a delete: the hash-chained audit log names cases and reports by id,
// and its chain must stay verifiable; monitoring facts were counted when the work happened and
// carry no id at all. So the `cases` row keeps its number, centre, team, track, codes (category,
// forms, contexts, urgency, closure outcome) and dates, and the staff who handled it; each
// `case_reports` row keeps its source, codes and dates. Gone: the people around the child and
// their relations, notes, the worker's story and closure note, the timeline, every case-work
// record and document, the reports' text, the reporters, the reported children and the chat
// transcript copies. The whole purge runs in one transaction, so a case is never half purged.
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../platform/db.js';
import { caseEvents, caseNotes, casePersons, caseRelations, cases } from './cases.tables.js';
import { caseReportChildren, caseReporters, caseReports, caseReportTranscripts } from './intake/intake.tables.js';

/** The personal parts of reports: the reporter, the children named, the transcript, the text. */
async function emptyReports(tx: Tx, reportIds: string[], now: Date): Promise<number> {
  if (reportIds.length === 0) return 0;
  const reporters = await tx.delete(caseReporters).where(inArray(caseReporters.reportId, reportIds)).returning({ id: caseReporters.reportId });
  const children = await tx.delete(caseReportChildren).where(inArray(caseReportChildren.reportId, reportIds)).returning({ id: caseReportChildren.id });
  const transcripts = await tx.delete(caseReportTranscripts).where(inArray(caseReportTranscripts.reportId, reportIds)).returning({ id: caseReportTranscripts.reportId });
  await tx.update(caseReports).set({ concern: '', outcomeNote: '', purgedAt: now, updatedAt: now }).where(inArray(caseReports.id, reportIds));
  return reporters.length + children.length + transcripts.length + reportIds.length;
}

/** The case files' own rows to tombstones: how many rows went, and each file's track and centre. */
export async function tombstoneCaseFiles(tx: Tx, caseIds: string[], now: Date): Promise<{ records: number; files: { caseId: string; centreId: string; track: string }[] }> {
  const relations = await tx.delete(caseRelations).where(inArray(caseRelations.caseId, caseIds)).returning({ id: caseRelations.id });
  const persons = await tx.delete(casePersons).where(inArray(casePersons.caseId, caseIds)).returning({ id: casePersons.id });
  const notes = await tx.delete(caseNotes).where(inArray(caseNotes.caseId, caseIds)).returning({ id: caseNotes.id });
  const events = await tx.delete(caseEvents).where(inArray(caseEvents.caseId, caseIds)).returning({ id: caseEvents.id });
  const reportIds = (await tx.select({ id: caseReports.id }).from(caseReports).where(inArray(caseReports.caseId, caseIds))).map((r) => r.id);
  const reports = await emptyReports(tx, reportIds, now);
  const files = await tx
    .update(cases)
    .set({ closureNote: null, worries: '', strengths: '', nextSteps: '', purgedAt: now, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(inArray(cases.id, caseIds))
    .returning({ caseId: cases.id, centreId: cases.centreId, track: cases.track });
  return { records: relations.length + persons.length + notes.length + events.length + reports + files.length, files };
}

/** Reports that ended at intake: emptied like a case file's reports; the value is source and outcome. */
export async function purgeIntakeReports(tx: Tx, reportIds: string[], now: Date): Promise<{ records: number; values: { reportId: string; metric: string; value: string }[] }> {
  if (reportIds.length === 0) return { records: 0, values: [] };
  const coded = await tx.select({ reportId: caseReports.id, source: caseReports.source, outcome: caseReports.outcome }).from(caseReports).where(inArray(caseReports.id, reportIds));
  const records = await emptyReports(tx, reportIds, now);
  return { records, values: coded.map((r) => ({ reportId: r.reportId, metric: 'intake_report', value: `${r.source}:${r.outcome}` })) };
}
