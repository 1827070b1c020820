// One purge, inside the caller's transaction (rolled back for a dry run): case-work records per
// type, then whole case files to tombstones, then reports that ended at intake. It returns counts
// per record type and writes the anonymous statistics; never ids, names or text.
import { sql } from 'drizzle-orm';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import type { Tx } from '../platform/db.js';
import { purgeableCases, purgeableConsultRequests, purgeableIntakeReports } from './retention-candidates.js';
import { purgeConsultRequests } from '../consult/consult-retention.js';
import { caseFileMonths, cutoffFor, purgeOrder } from './retention-policy.js';
import { purgers, type Purged } from './retention-purge.js';
import { pruneNameWords } from '../cases/search/name-words.js';
import { purgeCaseFiles, purgeIntakeReports } from './retention-tombstone.js';
import { caseworkStatistics, type RetentionRecordType, type RetentionReportLine } from './retention.tables.js';

const CHUNK = 1_000;

interface Stat {
  centreId: string;
  year: number;
  metric: string;
  value: string;
  count: number;
}

class Tally {
  private readonly stats = new Map<string, Stat>();

  add(centreId: string, at: Date, metric: string, value: string): void {
    const year = Number(brusselsDate(at).slice(0, 4));
    const key = `${centreId}|${year}|${metric}|${value}`;
    const entry = this.stats.get(key) ?? { centreId, year, metric, value, count: 0 };
    entry.count += 1;
    this.stats.set(key, entry);
  }

  async write(tx: Tx, now: Date): Promise<void> {
    const updatedOn = brusselsDate(now);
    for (const s of this.stats.values()) {
      await tx
        .insert(caseworkStatistics)
        .values({ ...s, updatedOn })
        .onConflictDoUpdate({ target: [caseworkStatistics.centreId, caseworkStatistics.year, caseworkStatistics.metric, caseworkStatistics.value], set: { count: sql`${caseworkStatistics.count} + excluded.count`, updatedOn } });
    }
  }
}

/** Purges the closed cases before `cutoff` with `purge`, chunk by chunk; one report line. */
async function purgeClosedCases(tx: Tx, scope: Scope, recordType: RetentionRecordType, keepMonths: number, purge: (ids: string[]) => Promise<Purged>): Promise<RetentionReportLine> {
  const { tally, now, centreId } = scope;
  const cutoff = cutoffFor(now, keepMonths);
  const closed = await purgeableCases(tx, cutoff, centreId);
  const byCase = new Map(closed.map((c) => [c.id, c]));
  let records = 0;
  const touched = new Set<string>();
  for (let i = 0; i < closed.length; i += CHUNK) {
    const purged = await purge(closed.slice(i, i + CHUNK).map((c) => c.id));
    records += purged.records;
    for (const v of purged.values) {
      const c = byCase.get(v.caseId)!;
      touched.add(v.caseId);
      tally.add(c.centreId, c.closedAt, v.metric, v.value);
    }
  }
  return { recordType, keepMonths, closedBefore: brusselsDate(cutoff), cases: touched.size, records };
}

export interface PurgeOutcome {
  report: RetentionReportLine[];
  /** The case files and intake reports that became tombstones, for one audit entry each. */
  tombstones: { recordType: 'case' | 'case_report' | 'consult_request'; id: string; centreId: string }[];
}

/** What one run works with: its time, the centre it is for (null: every centre) and its counts. */
interface Scope {
  now: Date;
  centreId: string | null;
  tally: Tally;
}

/**
 * One purge of the records due at `now`: of the centre `centreId` (a run from the retention
 * screen, by that centre's DPO or administrator), or of every centre (null: the daily job, the CLI).
 */
export async function purgeIn(tx: Tx, now: Date, keepMonthsOf: (type: RetentionRecordType) => number, centreId: string | null): Promise<PurgeOutcome> {
  const report: RetentionReportLine[] = [];
  const tombstones: PurgeOutcome['tombstones'] = [];
  const tally = new Tally();
  const scope: Scope = { now, centreId, tally };
  for (const recordType of purgeOrder) {
    report.push(await purgeClosedCases(tx, scope, recordType, keepMonthsOf(recordType), (ids) => purgers[recordType](tx, ids)));
  }
  report.push(
    await purgeClosedCases(tx, scope, 'case_file', caseFileMonths(keepMonthsOf), async (ids) => {
      const purged = await purgeCaseFiles(tx, ids, now);
      for (const file of purged.files) tombstones.push({ recordType: 'case', id: file.id, centreId: file.centreId });
      return purged;
    }),
  );

  const intakeMonths = keepMonthsOf('intake_report');
  const cutoff = cutoffFor(now, intakeMonths);
  const decided = await purgeableIntakeReports(tx, cutoff, centreId);
  let records = 0;
  for (let i = 0; i < decided.length; i += CHUNK) {
    const chunk = decided.slice(i, i + CHUNK);
    const purged = await purgeIntakeReports(tx, chunk.map((r) => r.id), now);
    records += purged.records;
    const byId = new Map(chunk.map((r) => [r.id, r]));
    for (const r of chunk) tombstones.push({ recordType: 'case_report', id: r.id, centreId: r.centreId });
    for (const v of purged.values) tally.add(byId.get(v.reportId)!.centreId, byId.get(v.reportId)!.triagedAt, v.metric, v.value);
  }
  // For reports "cases" counts the reports emptied: there is no case behind them.
  report.push({ recordType: 'intake_report', keepMonths: intakeMonths, closedBefore: brusselsDate(cutoff), cases: decided.length, records });

  // After the reports: a request converted into a report purged just now goes in the same run.
  report.push(await purgeConsults(tx, scope, keepMonthsOf('consult_request'), tombstones));

  // A purged person's name words must not outlive them in the search dictionary.
  if (tombstones.some((t) => t.recordType === 'case')) await pruneNameWords(tx);
  await tally.write(tx, now);
  return { report, tombstones };
}

/** Consult requests past their period (or whose report is gone): deleted, counted, one line. */
async function purgeConsults(tx: Tx, { tally, now, centreId }: Scope, keepMonths: number, gone: PurgeOutcome['tombstones']): Promise<RetentionReportLine> {
  const cutoff = cutoffFor(now, keepMonths);
  const closed = await purgeableConsultRequests(tx, cutoff, centreId);
  let records = 0;
  for (let i = 0; i < closed.length; i += CHUNK) {
    const chunk = closed.slice(i, i + CHUNK);
    const purged = await purgeConsultRequests(tx, chunk.map((c) => c.id));
    records += purged.records;
    const byId = new Map(chunk.map((c) => [c.id, c]));
    for (const c of chunk) gone.push({ recordType: 'consult_request', id: c.id, centreId: c.centreId });
    for (const v of purged.values) tally.add(byId.get(v.requestId)!.centreId, byId.get(v.requestId)!.closedAt, v.metric, v.value);
  }
  // As for intake reports, "cases" counts the requests: there is no case behind them.
  return { recordType: 'consult_request', keepMonths, closedBefore: brusselsDate(cutoff), cases: closed.length, records };
}
