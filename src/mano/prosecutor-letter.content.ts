// What the prosecutor's letter says, assembled from the file: the children, the MANO track, the
// team decisions and the latest safety assessment. Never the reports themselves or who made
// them, and every free text is redacted for the reporter's name, phone and e-mail, because a
// worker may have written them down while describing the situation.
import { safetyAssessmentsOf } from '../assessments/safety-assessment.service.js';
import { personsOfCase, reporterIdentifiersOfCase } from '../cases/case-facts.js';
import type { CaseRow } from '../cases/case.repository.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { centreName, staffNames } from '../access/organisation.service.js';
import type { TeamDecisionRow } from '../teamwork/decisions.service.js';
import type { Tx } from '../platform/db.js';
import { redact } from './letter-text.js';
import type { manoTracks } from './mano.tables.js';
import type { LetterContent } from './prosecutor-letter.pdf.js';

type TrackRow = typeof manoTracks.$inferSelect;

export async function prosecutorLetterContent(
  tx: Tx,
  row: CaseRow,
  track: TrackRow,
  decisions: { start: TeamDecisionRow; outcome: TeamDecisionRow },
  prosecutorName: string,
  authorId: string,
): Promise<{ content: LetterContent; identifiers: string[] }> {
  const identifiers = await reporterIdentifiersOfCase(tx, row.id);
  const r = (text: string) => redact(text, identifiers);
  const children = (await personsOfCase(tx, row.id)).filter((p) => p.kind === 'child');
  const { rows: assessments } = await safetyAssessmentsOf(tx, row.id);
  // The latest completed assessment speaks for the team; a draft only when there is nothing else.
  const assessment = [...assessments].reverse().find((a) => a.status === 'completed') ?? assessments.at(-1);
  const decision = (d: TeamDecisionRow) => ({ decidedOn: d.decidedOn, decision: r(d.decision), rationale: r(d.rationale), staffCount: d.staffIds.length });
  const content: LetterContent = {
    centreName: await centreName(tx, row.centreId),
    caseNumber: row.number,
    prosecutorName,
    date: brusselsDate(new Date()),
    children: children.map((c) => ({ name: r(`${c.firstName} ${c.lastName}`.trim() || c.roleLabel), dateOfBirth: c.dateOfBirth, expectedBirth: c.unborn ? c.expectedBirth : null })),
    track: {
      startedOn: track.startedOn,
      dueOn: track.dueOn,
      familyInformedOn: track.familyInformedOn,
      familyInformedHow: r(track.familyInformedHow),
      developmentThreatened: track.developmentThreatened,
      integrityHarmed: track.integrityHarmed,
      voluntaryHelp: track.voluntaryHelp,
      helpOffered: r(track.helpOffered),
      justification: r(track.justification),
    },
    startDecision: decision(decisions.start),
    outcomeDecision: decision(decisions.outcome),
    outcomeOn: track.outcomeOn ?? brusselsDate(new Date()),
    outcomeRationale: r(track.outcomeRationale),
    concerns: assessment
      ? { assessedOn: assessment.assessedOn, harm: r(assessment.harm), dangerStatements: assessment.dangerStatements.map((d) => ({ worriedWho: r(d.worriedWho), worry: r(d.worry), impact: r(d.impact) })) }
      : null,
    author: (await staffNames(tx, [authorId])).get(authorId) ?? '',
  };
  return { content, identifiers };
}
