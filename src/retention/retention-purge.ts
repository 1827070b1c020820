// What a purge removes per record type, and the coded value each removed record leaves in the
// anonymous statistics (an ACE score band, a legal basis, a MANO outcome — never text or ids).
// A record still referenced by something that is kept (a decision a MANO track rests on, a
// disclosure a referral points to) stays until what refers to it goes too.
import { and, inArray, sql } from 'drizzle-orm';
import { caseDocumentContents, caseDocuments } from '../cases/documents/documents.tables.js';
import { caseDoubts, aceScreenings, safetyAssessments, safetyScaleScores } from '../assessments/assessments.tables.js';
import { manoLetters, manoTracks } from '../mano/mano.tables.js';
import { disclosures, partners, referralStatusChanges, referrals } from '../partners/partners.tables.js';
import { recoveryPlanShares, recoveryPlans, recoveryProgressNotes, safetyPlanReviews, safetyPlanSignatures, safetyPlanVersions, safetyPlans } from '../plans/plans.tables.js';
import type { Tx } from '../platform/db.js';
import { caseAppointments, caseConferences, caseTasks, caseTeamDisciplines, teamDecisions } from '../teamwork/teamwork.tables.js';
import type { CaseworkRecordType } from './retention-policy.js';

export interface Purged {
  records: number;
  /** One coded value per purged main record, with its case, for the statistics. */
  values: { caseId: string; metric: string; value: string }[];
}

const count = (...lists: unknown[][]) => lists.reduce((n, list) => n + list.length, 0);

async function purgeAce(tx: Tx, ids: string[]): Promise<Purged> {
  const gone = await tx.delete(aceScreenings).where(inArray(aceScreenings.caseId, ids)).returning({ caseId: aceScreenings.caseId, score: aceScreenings.score });
  return { records: gone.length, values: gone.map((g) => ({ caseId: g.caseId, metric: 'ace_score', value: g.score >= 4 ? '4+' : String(g.score) })) };
}

async function purgeSafetyAssessments(tx: Tx, ids: string[]): Promise<Purged> {
  const doubts = await tx.delete(caseDoubts).where(inArray(caseDoubts.caseId, ids)).returning({ id: caseDoubts.id });
  const scores = await tx.delete(safetyScaleScores).where(inArray(safetyScaleScores.caseId, ids)).returning({ id: safetyScaleScores.id });
  const gone = await tx.delete(safetyAssessments).where(inArray(safetyAssessments.caseId, ids)).returning({ caseId: safetyAssessments.caseId, status: safetyAssessments.status });
  return { records: count(doubts, scores, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'safety_assessment', value: g.status })) };
}

async function purgeSafetyPlans(tx: Tx, ids: string[]): Promise<Purged> {
  const signatures = await tx.delete(safetyPlanSignatures).where(inArray(safetyPlanSignatures.caseId, ids)).returning({ id: safetyPlanSignatures.id });
  const reviews = await tx.delete(safetyPlanReviews).where(inArray(safetyPlanReviews.caseId, ids)).returning({ id: safetyPlanReviews.id });
  const versions = await tx.delete(safetyPlanVersions).where(inArray(safetyPlanVersions.caseId, ids)).returning({ id: safetyPlanVersions.id });
  const gone = await tx.delete(safetyPlans).where(inArray(safetyPlans.caseId, ids)).returning({ caseId: safetyPlans.caseId, versions: safetyPlans.currentNumber });
  return { records: count(signatures, reviews, versions, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'safety_plan_versions', value: g.versions >= 3 ? '3+' : String(g.versions) })) };
}

async function purgeRecoveryPlans(tx: Tx, ids: string[]): Promise<Purged> {
  const shares = await tx.delete(recoveryPlanShares).where(inArray(recoveryPlanShares.caseId, ids)).returning({ planId: recoveryPlanShares.planId });
  const notes = await tx.delete(recoveryProgressNotes).where(inArray(recoveryProgressNotes.caseId, ids)).returning({ id: recoveryProgressNotes.id });
  const gone = await tx.delete(recoveryPlans).where(inArray(recoveryPlans.caseId, ids)).returning({ caseId: recoveryPlans.caseId, id: recoveryPlans.id });
  const shared = new Set(shares.map((s) => s.planId));
  return { records: count(shares, notes, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'recovery_plan_shared', value: shared.has(g.id) ? 'yes' : 'no' })) };
}

async function purgeTeamwork(tx: Tx, ids: string[]): Promise<Purged> {
  const tasks = await tx.delete(caseTasks).where(inArray(caseTasks.caseId, ids)).returning({ id: caseTasks.id });
  const appointments = await tx.delete(caseAppointments).where(inArray(caseAppointments.caseId, ids)).returning({ id: caseAppointments.id });
  const disciplines = await tx.delete(caseTeamDisciplines).where(inArray(caseTeamDisciplines.caseId, ids)).returning({ caseId: caseTeamDisciplines.caseId });
  // A decision a kept MANO track rests on stays with the track.
  const decisions = await tx
    .delete(teamDecisions)
    .where(and(inArray(teamDecisions.caseId, ids), sql`not exists (select 1 from ${manoTracks} where ${manoTracks.startDecisionId} = ${teamDecisions.id} or ${manoTracks.outcomeDecisionId} = ${teamDecisions.id})`))
    .returning({ caseId: teamDecisions.caseId, subject: teamDecisions.subject });
  const conferences = await tx
    .delete(caseConferences)
    .where(and(inArray(caseConferences.caseId, ids), sql`not exists (select 1 from ${teamDecisions} where ${teamDecisions.conferenceId} = ${caseConferences.id})`))
    .returning({ id: caseConferences.id });
  return { records: count(tasks, appointments, disciplines, decisions, conferences), values: decisions.map((d) => ({ caseId: d.caseId, metric: 'team_decision', value: d.subject })) };
}

async function purgeReferrals(tx: Tx, ids: string[]): Promise<Purged> {
  const referralIds = (await tx.select({ id: referrals.id }).from(referrals).where(inArray(referrals.caseId, ids))).map((r) => r.id);
  if (referralIds.length === 0) return { records: 0, values: [] };
  const changes = await tx.delete(referralStatusChanges).where(inArray(referralStatusChanges.referralId, referralIds)).returning({ id: referralStatusChanges.id });
  const gone = await tx
    .delete(referrals)
    .where(inArray(referrals.id, referralIds))
    .returning({ caseId: referrals.caseId, status: referrals.status, kind: sql<string>`(select ${partners.kind} from ${partners} where ${partners.id} = ${referrals.partnerId})` });
  return { records: count(changes, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'referral', value: `${g.kind}:${g.status}` })) };
}

async function purgeDisclosures(tx: Tx, ids: string[]): Promise<Purged> {
  const referenced = sql`(select ${referrals.disclosureId} from ${referrals} where ${referrals.disclosureId} is not null union select ${recoveryPlanShares.disclosureId} from ${recoveryPlanShares} union select ${manoLetters.disclosureId} from ${manoLetters} where ${manoLetters.disclosureId} is not null)`;
  const gone = await tx.delete(disclosures).where(and(inArray(disclosures.caseId, ids), sql`${disclosures.id} not in ${referenced}`)).returning({ caseId: disclosures.caseId, basis: disclosures.legalBasis });
  return { records: gone.length, values: gone.map((g) => ({ caseId: g.caseId, metric: 'disclosure_legal_basis', value: g.basis })) };
}

async function purgeMano(tx: Tx, ids: string[]): Promise<Purged> {
  const letters = await tx.delete(manoLetters).where(inArray(manoLetters.caseId, ids)).returning({ id: manoLetters.id });
  const gone = await tx.delete(manoTracks).where(inArray(manoTracks.caseId, ids)).returning({ caseId: manoTracks.caseId, outcome: manoTracks.outcome });
  return { records: count(letters, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'mano_outcome', value: g.outcome ?? 'open' })) };
}

/** Documents with their bytes (also softly removed ones); the count per media type stays. */
async function purgeDocuments(tx: Tx, ids: string[]): Promise<Purged> {
  const documentIds = (await tx.select({ id: caseDocuments.id }).from(caseDocuments).where(inArray(caseDocuments.caseId, ids))).map((d) => d.id);
  if (documentIds.length === 0) return { records: 0, values: [] };
  await tx.delete(caseDocumentContents).where(inArray(caseDocumentContents.documentId, documentIds));
  const gone = await tx.delete(caseDocuments).where(inArray(caseDocuments.id, documentIds)).returning({ caseId: caseDocuments.caseId, mediaType: caseDocuments.mediaType });
  return { records: gone.length, values: gone.map((g) => ({ caseId: g.caseId, metric: 'document_type', value: g.mediaType.split(';')[0]! })) };
}

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
