// The end of a consult request's retention, owned here and called by the retention purge. A
// request holds a professional's name and contact, sometimes a family's names, the question and
// the advice: all of it goes, the request row and its advice entries are deleted (nothing in the
// audit log needs the row: it names requests by id only). What stays is one coded value per
// request for the anonymous statistics (channel, sector, how it ended) and the monitoring fact
// counted when it arrived (day, centre, channel, sector; no id), which is deliberately not
// withdrawn: the figures of past years must not shrink when their records reach their end.
import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { intakeReportPurged } from '../cases/case-file-due.js';
import type { Queryable, Tx } from '../platform/db.js';
import { professionalSectorOf } from './consult-vocabulary.js';
import { consultAdvice, consultRequests } from './consult.tables.js';

export interface ClosedConsult {
  id: string;
  centreId: string;
  closedAt: Date;
}

/**
 * Consult requests that may go: closed (an open or reopened one never goes) and either closed
 * before `cutoff`, or converted into a report that has been purged itself. A converted request
 * follows its report, however long that is kept: it holds the same family and professional, and a
 * kept report (or the case it opened) still points at it.
 */
export async function closedConsultRequestsDue(q: Queryable, cutoff: Date): Promise<ClosedConsult[]> {
  const found = await q
    .select({ id: consultRequests.id, centreId: consultRequests.centreId, closedAt: consultRequests.closedAt })
    .from(consultRequests)
    .where(
      and(
        eq(consultRequests.status, 'closed'),
        isNotNull(consultRequests.closedAt),
        or(and(isNull(consultRequests.reportId), lt(consultRequests.closedAt, cutoff)), and(isNotNull(consultRequests.reportId), intakeReportPurged(consultRequests.reportId))),
      ),
    )
    .orderBy(consultRequests.closedAt);
  return found.map((c) => ({ ...c, closedAt: c.closedAt! }));
}

export interface PurgedConsults {
  records: number;
  /** Per request: `<channel>:<sector>:<outcome>`, outcome `report` (became a report), `advised` or `closed`. */
  values: { requestId: string; metric: 'consult_request'; value: string }[];
}

export async function purgeConsultRequests(tx: Tx, requestIds: string[]): Promise<PurgedConsults> {
  if (requestIds.length === 0) return { records: 0, values: [] };
  const advice = await tx.delete(consultAdvice).where(inArray(consultAdvice.requestId, requestIds)).returning({ requestId: consultAdvice.requestId });
  const advised = new Set(advice.map((a) => a.requestId));
  const gone = await tx
    .delete(consultRequests)
    .where(inArray(consultRequests.id, requestIds))
    .returning({ id: consultRequests.id, channel: consultRequests.channel, sector: consultRequests.sector, reportId: consultRequests.reportId });
  const outcome = (g: (typeof gone)[number]) => (g.reportId ? 'report' : advised.has(g.id) ? 'advised' : 'closed');
  return {
    records: advice.length + gone.length,
    values: gone.map((g) => ({ requestId: g.id, metric: 'consult_request', value: `${g.channel}:${professionalSectorOf(g.sector)}:${outcome(g)}` })),
  };
}
