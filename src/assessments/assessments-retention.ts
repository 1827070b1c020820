// The end of assessments' retention, called by the retention run (src/retention) for the closed
// cases whose period has passed: ACE screenings and safety assessments with their doubts and
// scale scores. What stays is a coded value each (an ACE score band, an assessment's status).
import { inArray } from 'drizzle-orm';
import type { Tx } from '../platform/db.js';
import { rowsIn, type Purged } from '../platform/purged.js';
import { aceScreenings, caseDoubts, safetyAssessments, safetyScaleScores } from './assessments.tables.js';

export async function purgeAce(tx: Tx, ids: string[]): Promise<Purged> {
  const gone = await tx.delete(aceScreenings).where(inArray(aceScreenings.caseId, ids)).returning({ caseId: aceScreenings.caseId, score: aceScreenings.score });
  return { records: gone.length, values: gone.map((g) => ({ caseId: g.caseId, metric: 'ace_score', value: g.score >= 4 ? '4+' : String(g.score) })) };
}

export async function purgeSafetyAssessments(tx: Tx, ids: string[]): Promise<Purged> {
  const doubts = await tx.delete(caseDoubts).where(inArray(caseDoubts.caseId, ids)).returning({ id: caseDoubts.id });
  const scores = await tx.delete(safetyScaleScores).where(inArray(safetyScaleScores.caseId, ids)).returning({ id: safetyScaleScores.id });
  const gone = await tx.delete(safetyAssessments).where(inArray(safetyAssessments.caseId, ids)).returning({ caseId: safetyAssessments.caseId, status: safetyAssessments.status });
  return { records: rowsIn(doubts, scores, gone), values: gone.map((g) => ({ caseId: g.caseId, metric: 'safety_assessment', value: g.status })) };
}
