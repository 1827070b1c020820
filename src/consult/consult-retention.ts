// The end of a consult request's retention, owned here and called by the retention purge. A
// request holds a professional's name and contact, sometimes a family's names, the question and
// the advice: all of it goes, the request row and its advice entries are deleted (nothing in the
// audit log needs the row: it names requests by id only). What stays is one coded value per
// request for the anonymous statistics (channel, sector, how it ended) and the monitoring fact
// counted when it arrived (day, centre, channel, sector; no id), which is deliberately not
// withdrawn: the figures of past years must not shrink when their records reach their end.
import { inArray } from 'drizzle-orm';
import type { Tx } from '../platform/db.js';
import { professionalSectorOf } from './consult-vocabulary.js';
import { consultAdvice, consultRequests } from './consult.tables.js';

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
