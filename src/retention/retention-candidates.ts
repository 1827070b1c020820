// Which case files and reports a purge may touch. Counted from the moment the work ended: a case
// from its (last) closure, a report that never became a case from its intake decision. Never
// touched: an open or reopened case, a case whose MANO track is still running, a case with a
// referral still pending at a partner, a case under a retention hold, a report not yet decided.
import { and, eq, exists, inArray, isNotNull, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import { cases } from '../cases/cases.tables.js';
import { caseReports } from '../cases/intake/intake.tables.js';
import { consultRequests } from '../consult/consult.tables.js';
import { manoTracks } from '../mano/mano.tables.js';
import { referrals, type ReferralStatus } from '../partners/partners.tables.js';
import type { Queryable } from '../platform/db.js';
import { retentionHolds } from './retention.tables.js';

export interface ClosedCase {
  id: string;
  centreId: string;
  closedAt: Date;
}

/** A referral the partner has not yet started, refused or withdrawn: the case is still in motion. */
const pendingReferral: ReferralStatus[] = ['sent', 'accepted', 'waiting'];

/** Closed before `cutoff`, not yet a tombstone, and nothing that keeps it alive. */
export async function purgeableCases(q: Queryable, cutoff: Date): Promise<ClosedCase[]> {
  const found = await q
    .select({ id: cases.id, centreId: cases.centreId, closedAt: cases.closedAt })
    .from(cases)
    .where(
      and(
        eq(cases.status, 'closed'),
        isNotNull(cases.closedAt),
        lt(cases.closedAt, cutoff),
        isNull(cases.purgedAt),
        notExists(q.select({ one: sql`1` }).from(retentionHolds).where(eq(retentionHolds.caseId, cases.id))),
        notExists(q.select({ one: sql`1` }).from(manoTracks).where(and(eq(manoTracks.caseId, cases.id), isNull(manoTracks.outcome)))),
        notExists(q.select({ one: sql`1` }).from(referrals).where(and(eq(referrals.caseId, cases.id), inArray(referrals.status, pendingReferral)))),
      ),
    )
    .orderBy(cases.closedAt);
  return found.map((c) => ({ ...c, closedAt: c.closedAt! }));
}

export interface DecidedReport {
  id: string;
  centreId: string;
  triagedAt: Date;
}

/** Reports that ended at intake (advice, consult) before `cutoff` and still hold their text. */
export async function purgeableIntakeReports(q: Queryable, cutoff: Date): Promise<DecidedReport[]> {
  const found = await q
    .select({ id: caseReports.id, centreId: caseReports.centreId, triagedAt: caseReports.triagedAt })
    .from(caseReports)
    .where(and(isNull(caseReports.caseId), isNotNull(caseReports.outcome), isNotNull(caseReports.triagedAt), lt(caseReports.triagedAt, cutoff), isNull(caseReports.purgedAt)))
    .orderBy(caseReports.triagedAt);
  return found.map((r) => ({ ...r, triagedAt: r.triagedAt! }));
}

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
export async function purgeableConsultRequests(q: Queryable, cutoff: Date): Promise<ClosedConsult[]> {
  const reportPurged = q.select({ one: sql`1` }).from(caseReports).where(and(eq(caseReports.id, consultRequests.reportId), isNotNull(caseReports.purgedAt)));
  const found = await q
    .select({ id: consultRequests.id, centreId: consultRequests.centreId, closedAt: consultRequests.closedAt })
    .from(consultRequests)
    .where(
      and(
        eq(consultRequests.status, 'closed'),
        isNotNull(consultRequests.closedAt),
        or(and(isNull(consultRequests.reportId), lt(consultRequests.closedAt, cutoff)), and(isNotNull(consultRequests.reportId), exists(reportPurged))),
      ),
    )
    .orderBy(consultRequests.closedAt);
  return found.map((c) => ({ ...c, closedAt: c.closedAt! }));
}
