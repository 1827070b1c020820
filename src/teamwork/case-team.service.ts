// The case team as a multidisciplinary team: the owner and members assigned by the team lead
// (src/cases), each with the discipline and task they bring to this case.
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '../cases/actor.js';
import { loadOpenCaseFor, type CaseRow } from '../cases/case.repository.js';
import { staffNames } from '../access/organisation.service.js';
import { recordCaseEvents } from '../cases/timeline.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError, invalid } from '../platform/errors.js';
import { caseTeamIds } from './team-rules.js';
import type { DisciplineInput } from './teamwork.schema.js';
import { caseTeamDisciplines, type Discipline } from './teamwork.tables.js';

export async function presentTeam(q: Queryable, row: Pick<CaseRow, 'id' | 'ownerId'> & { memberIds: string[] }) {
  const ids = [...caseTeamIds(row)];
  const names = await staffNames(q, ids);
  const disciplineRows = await q.select().from(caseTeamDisciplines).where(eq(caseTeamDisciplines.caseId, row.id));
  const members = ids.map((id) => {
    const d = disciplineRows.find((x) => x.userId === id);
    return { id, name: names.get(id) ?? '', isOwner: id === row.ownerId, discipline: d?.discipline ?? null, task: d?.task ?? '', version: d?.version ?? null };
  });
  const disciplines = [...new Set(members.flatMap((m) => (m.discipline ? [m.discipline] : [])))] as Discipline[];
  return { members, disciplines, multidisciplinary: disciplines.length >= 2 };
}

export async function setDiscipline(ctx: Ctx, caseId: string, userId: string, input: DisciplineInput) {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    if (!caseTeamIds(row).has(userId)) throw invalid([{ path: 'userId', key: 'teamwork_assignee_not_in_team' }]);
    const [current] = await tx.select().from(caseTeamDisciplines).where(and(eq(caseTeamDisciplines.caseId, row.id), eq(caseTeamDisciplines.userId, userId))).for('update');
    // The row has no id of its own (case + colleague), so a stale save is refused without the timeline's detail.
    if (current && current.version !== input.version) throw new AppError(409, 'conflict');
    if (current) {
      await tx.update(caseTeamDisciplines).set({ discipline: input.discipline, task: input.task, version: sql`${caseTeamDisciplines.version} + 1`, updatedAt: new Date() }).where(and(eq(caseTeamDisciplines.caseId, row.id), eq(caseTeamDisciplines.userId, userId)));
    } else {
      await tx.insert(caseTeamDisciplines).values({ caseId: row.id, userId, discipline: input.discipline, task: input.task });
    }
    await recordCaseEvents(tx, [{ caseId: row.id, actorId: actor.userId, kind: 'team.discipline_set', recordType: 'case', recordId: row.id, details: { userId, discipline: input.discipline } }]);
    audit({ action: 'case_team.update', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { userId, discipline: input.discipline } });
    return presentTeam(tx, row);
  });
}
