// How long case-work records are kept after their case was closed. The defaults are placeholders
// for the data-protection officer to set (DOMAIN.md marks legal periods as uncertain): records
// that account for a decision towards others (disclosures, MANO) are kept longest.
import { retentionRecordTypes, type RetentionRecordType } from './retention.tables.js';

export const defaultKeepMonths: Record<RetentionRecordType, number> = {
  ace_screening: 60,
  safety_assessment: 120,
  safety_plan: 120,
  recovery_plan: 120,
  teamwork: 120,
  referral: 120,
  disclosure: 240,
  mano_track: 240,
  document: 120,
  case_file: 120,
  intake_report: 60,
  // A consult is advice about a family the VK did not take on, like a report that ended at
  // intake: the same five years lets the centre see that a professional asked before.
  consult_request: 60,
};

/**
 * The order of a purge: records that point at others go first (a MANO letter at its disclosure,
 * a shared plan at its disclosure, a referral at its disclosure, a task at its decision).
 */
export const purgeOrder = ['mano_track', 'recovery_plan', 'referral', 'teamwork', 'disclosure', 'safety_plan', 'safety_assessment', 'ace_screening', 'document'] as const satisfies readonly RetentionRecordType[];
export type CaseworkRecordType = (typeof purgeOrder)[number];

/**
 * A case file becomes a tombstone only once every period that applies to it has passed: its own
 * and the longest of its records' (a disclosure kept 20 years keeps the file it belongs to).
 */
export function caseFileMonths(keepMonths: (type: RetentionRecordType) => number): number {
  return Math.max(keepMonths('case_file'), ...purgeOrder.map(keepMonths));
}

/** The calendar month arithmetic of a period: `months` before `now`. */
export function cutoffFor(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export const isRecordType = (value: string): value is RetentionRecordType => (retentionRecordTypes as readonly string[]).includes(value);
