// The assessments section of the case file as one audited read: ACE screenings, safety
// assessments with their scales, and the doubts the team recorded.
import { actorOf } from '../cases/actor.js';
import { personsOfCase } from '../cases/case-facts.js';
import { loadCaseFor } from '../cases/case.repository.js';
import { staffNames } from '../access/organisation.service.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { aceScreeningsOf, presentAce } from './ace.service.js';
import { doubtsOf, presentDoubt } from './doubts.service.js';
import { presentAssessment, safetyAssessmentsOf } from './safety-assessment.service.js';

export async function readAssessments(ctx: Ctx, caseId: string) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadCaseFor(tx, actor, caseId);
    const screenings = await aceScreeningsOf(tx, row.id);
    const { rows: assessments, scores } = await safetyAssessmentsOf(tx, row.id);
    const doubts = await doubtsOf(tx, row.id);
    const persons = new Map((await personsOfCase(tx, row.id)).map((p) => [p.id, p]));
    const names = await staffNames(tx, [
      ...screenings.map((s) => s.recordedBy),
      ...assessments.flatMap((a) => [a.recordedBy, a.completedBy]),
      ...doubts.flatMap((d) => [d.raisedBy, d.resolvedBy]),
    ]);
    audit({ action: 'assessments.read', recordType: 'case', recordId: row.id, centreId: row.centreId });
    return {
      aceScreenings: screenings.map((s) => presentAce(s, persons, names, ctx.locale)),
      safetyAssessments: assessments.map((a) => presentAssessment(a, scores.get(a.id) ?? [], names, ctx.locale)),
      doubts: doubts.map((d) => presentDoubt(d, names)),
    };
  });
}
