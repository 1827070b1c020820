// Which records a purge may touch, per kind of record: each capability chooses its own (CONTRIBUTING:
// a capability calls another's service, never its tables), as each purges its own
// (retention-purge.ts). Retention only says which choice serves which record types and what
// keeps a closed case file alive: a retention hold (retention's own), a MANO track still running,
// a referral still pending at a partner.
import { closedCasesDue, intakeReportsDue, type KeepsCaseAlive } from '../cases/case-file-due.js';
import { closedConsultRequestsDue } from '../consult/consult-retention.js';
import { manoTrackRunning } from '../mano/mano-retention.js';
import { referralPending } from '../partners/partners-retention.js';
import type { Queryable } from '../platform/db.js';
import { caseOnHold } from './retention-holds.js';

export type { ClosedCase, DecidedReport } from '../cases/case-file-due.js';
export type { ClosedConsult } from '../consult/consult-retention.js';

const keepCaseFileAlive: KeepsCaseAlive[] = [caseOnHold, manoTrackRunning, referralPending];

/** Case-work records and case files: closed cases before `cutoff` that nothing keeps alive. */
export const purgeableCases = (q: Queryable, cutoff: Date) => closedCasesDue(q, cutoff, keepCaseFileAlive);
/** Intake reports: decided at intake, never a case. */
export const purgeableIntakeReports = intakeReportsDue;
/** Consult requests: closed, or following their purged report. */
export const purgeableConsultRequests = closedConsultRequestsDue;
