// What a purge removes per record type: each capability purges its own records (CONTRIBUTING: a
// capability calls another's service, never its tables) and returns the coded value each removed
// record leaves in the anonymous statistics (an ACE score band, a legal basis, a MANO outcome —
// never text or ids). A record still referenced by something that is kept (a decision a MANO track
// rests on, a disclosure a referral points to) stays until what refers to it goes too.
import { purgeAce, purgeSafetyAssessments } from '../assessments/assessments-retention.js';
import { purgeDocuments } from '../cases/documents/documents-retention.js';
import { purgeMano } from '../mano/mano-retention.js';
import { purgeDisclosures, purgeReferrals } from '../partners/partners-retention.js';
import { purgeRecoveryPlans, purgeSafetyPlans } from '../plans/plans-retention.js';
import type { Tx } from '../platform/db.js';
import type { Purged } from '../platform/purged.js';
import { purgeTeamwork } from '../teamwork/teamwork-retention.js';
import type { CaseworkRecordType } from './retention-policy.js';

export type { Purged } from '../platform/purged.js';

export const purgers: Record<CaseworkRecordType, (tx: Tx, caseIds: string[]) => Promise<Purged>> = {
  ace_screening: purgeAce,
  safety_assessment: purgeSafetyAssessments,
  safety_plan: purgeSafetyPlans,
  recovery_plan: purgeRecoveryPlans,
  teamwork: purgeTeamwork,
  referral: purgeReferrals,
  disclosure: purgeDisclosures,
  mano_track: purgeMano,
  document: purgeDocuments,
};
