// The end of team work's retention, called by the retention run (src/retention): tasks,
// appointments, disciplines, decisions and conferences. A decision a kept MANO track rests on, and
// the conference it was taken in, stay until the track goes too. What stays is each decision's subject.
import { and, inArray, sql } from 'drizzle-orm';
import { manoTracks } from '../mano/mano.tables.js';
import type { Tx } from '../platform/db.js';
import { rowsIn, type Purged } from '../platform/purged.js';
import { caseAppointments, caseConferences, caseTasks, caseTeamDisciplines, teamDecisions } from './teamwork.tables.js';

export async function purgeTeamwork(tx: Tx, ids: string[]): Promise<Purged> {
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
  return { records: rowsIn(tasks, appointments, disciplines, decisions, conferences), values: decisions.map((d) => ({ caseId: d.caseId, metric: 'team_decision', value: d.subject })) };
}
