// The end of referrals' and disclosures' retention, called by the retention run (src/retention).
// A disclosure still referenced by something kept (a referral, a shared plan, a MANO letter) stays
// until that goes too. What stays is a coded value each (partner kind and status; legal basis).
// A referral still pending at a partner keeps its case file: the case is still in motion.
import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { manoLetters } from '../mano/mano.tables.js';
import { recoveryPlanShares } from '../plans/plans.tables.js';
import { correlated, type Tx } from '../platform/db.js';
import { rowsIn, type Purged } from '../platform/purged.js';
import { disclosures, partners, referralStatusChanges, referrals, type ReferralStatus } from './partners.tables.js';

/** A referral the partner has not yet started, refused or withdrawn. */
const pendingStatuses: ReferralStatus[] = ['sent', 'accepted', 'waiting'];

/** True in SQL while the case with this id has a referral pending at a partner. */
export const referralPending = (caseId: AnyPgColumn): SQL =>
  sql`exists (select 1 from ${referrals} where ${referrals.caseId} = ${caseId} and ${inArray(referrals.status, pendingStatuses)})`;

export async function purgeReferrals(tx: Tx, ids: string[]): Promise<Purged> {
  const referralIds = (await tx.select({ id: referrals.id }).from(referrals).where(inArray(referrals.caseId, ids))).map((r) => r.id);
  if (referralIds.length === 0) return { records: 0, values: [] };
  const changes = await tx.delete(referralStatusChanges).where(inArray(referralStatusChanges.referralId, referralIds)).returning({ id: referralStatusChanges.id });
  const gone = await tx
    .delete(referrals)
    .where(inArray(referrals.id, referralIds))
    .returning({ caseId: referrals.caseId, status: referrals.status, kind: correlated(sql<string>`(select ${partners.kind} from ${partners} where ${partners.id} = ${referrals.partnerId})`) });
  return { records: rowsIn(changes, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'referral', value: `${g.kind}:${g.status}` })) };
}

export async function purgeDisclosures(tx: Tx, ids: string[]): Promise<Purged> {
  const referenced = sql`(select ${referrals.disclosureId} from ${referrals} where ${referrals.disclosureId} is not null union select ${recoveryPlanShares.disclosureId} from ${recoveryPlanShares} union select ${manoLetters.disclosureId} from ${manoLetters} where ${manoLetters.disclosureId} is not null)`;
  const gone = await tx.delete(disclosures).where(and(inArray(disclosures.caseId, ids), sql`${disclosures.id} not in ${referenced}`)).returning({ caseId: disclosures.caseId, basis: disclosures.legalBasis });
  return { records: gone.length, values: gone.map((g) => ({ caseId: g.caseId, metric: 'disclosure_legal_basis', value: g.basis })) };
}
