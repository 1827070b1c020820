// Which case files and intake reports a purge may touch, chosen by the case file's owner (the
// retention run asks; it does not read these tables itself). Counted from the moment the work
// ended: a case from its (last) closure, a report that never became a case from its intake
// decision. Never touched: an open or reopened case, a report not yet decided, and a case that
// something else still keeps alive. What keeps a case alive (a running MANO track, a referral
// pending at a partner, a retention hold) is known by the capability that owns it: each hands in
// a condition on the case's id, so the choice stays one statement.
import { and, eq, isNotNull, isNull, lt, not, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Queryable } from '../platform/db.js';
import { cases } from './cases.tables.js';
import { caseReports } from './intake/intake.tables.js';

export interface ClosedCase {
  id: string;
  centreId: string;
  closedAt: Date;
}

/** True in SQL while something outside the case file still needs the case with this id. */
export type KeepsCaseAlive = (caseId: AnyPgColumn) => SQL;

/** Closed before `cutoff`, not yet a tombstone, and nothing in `keptAliveBy` holds it. */
export async function closedCasesDue(q: Queryable, cutoff: Date, keptAliveBy: KeepsCaseAlive[]): Promise<ClosedCase[]> {
  const found = await q
    .select({ id: cases.id, centreId: cases.centreId, closedAt: cases.closedAt })
    .from(cases)
    .where(and(eq(cases.status, 'closed'), isNotNull(cases.closedAt), lt(cases.closedAt, cutoff), isNull(cases.purgedAt), ...keptAliveBy.map((keeps) => not(keeps(cases.id)))))
    .orderBy(cases.closedAt);
  return found.map((c) => ({ ...c, closedAt: c.closedAt! }));
}

export interface DecidedReport {
  id: string;
  centreId: string;
  triagedAt: Date;
}

/** Reports that ended at intake (advice, consult) before `cutoff` and still hold their text. */
export async function intakeReportsDue(q: Queryable, cutoff: Date): Promise<DecidedReport[]> {
  const found = await q
    .select({ id: caseReports.id, centreId: caseReports.centreId, triagedAt: caseReports.triagedAt })
    .from(caseReports)
    .where(and(isNull(caseReports.caseId), isNotNull(caseReports.outcome), isNotNull(caseReports.triagedAt), lt(caseReports.triagedAt, cutoff), isNull(caseReports.purgedAt)))
    .orderBy(caseReports.triagedAt);
  return found.map((r) => ({ ...r, triagedAt: r.triagedAt! }));
}

/** True in SQL once the intake report with this id has been purged (what points at it may follow). */
export const intakeReportPurged = (reportId: AnyPgColumn): SQL => sql`exists (select 1 from ${caseReports} where ${caseReports.id} = ${reportId} and ${caseReports.purgedAt} is not null)`;
