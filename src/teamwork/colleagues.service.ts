// Whom a worker can invite to a case conference: the colleagues of their centre who do case work
// (the confidential doctor, a colleague of another team consulted on this family), not only the
// case team. Least privilege: a name, the role and the discipline someone brings — never an
// e-mail address, a team or their other cases — and only for someone who may plan a conference
// on this case (the case's own access rule, on an open case).
import { desc, inArray } from 'drizzle-orm';
import { caseStaffOfTeams, teamsOfCentre } from '../access/organisation.service.js';
import { actorOf } from '../cases/actor.js';
import { loadOpenCaseFor } from '../cases/case.repository.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { caseTeamIds } from './team-rules.js';
import { caseTeamDisciplines, type Discipline } from './teamwork.tables.js';

export interface Colleague {
  id: string;
  name: string;
  role: 'caseworker' | 'team_lead';
  /** The discipline they bring on this case, else the one they were given most recently. */
  discipline: Discipline | null;
  onCaseTeam: boolean;
}

export async function colleaguesForCase(ctx: Ctx, caseId: string): Promise<{ colleagues: Colleague[] }> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadOpenCaseFor(tx, actor, caseId);
    const staff = await caseStaffOfTeams(tx, (await teamsOfCentre(tx, row.centreId)).map((t) => t.id));
    // Someone in two teams is listed once.
    const people = [...new Map(staff.map((s) => [s.id, s])).values()];
    const disciplineRows = people.length
      ? await tx
          .select({ userId: caseTeamDisciplines.userId, caseId: caseTeamDisciplines.caseId, discipline: caseTeamDisciplines.discipline })
          .from(caseTeamDisciplines)
          .where(inArray(caseTeamDisciplines.userId, people.map((p) => p.id)))
          .orderBy(desc(caseTeamDisciplines.updatedAt))
      : [];
    const disciplineOf = (userId: string): Discipline | null => {
      const mine = disciplineRows.filter((d) => d.userId === userId);
      return (mine.find((d) => d.caseId === row.id) ?? mine[0])?.discipline ?? null;
    };
    const team = caseTeamIds(row);
    const colleagues = people.map((p) => ({ id: p.id, name: p.displayName, role: p.role as Colleague['role'], discipline: disciplineOf(p.id), onCaseTeam: team.has(p.id) }));
    // The case team first (the usual participants), then the others by name as the list came.
    colleagues.sort((a, b) => Number(b.onCaseTeam) - Number(a.onCaseTeam));
    audit({ action: 'case_colleagues.list', recordType: 'case', recordId: row.id, centreId: row.centreId, details: { count: colleagues.length } });
    return { colleagues };
  });
}
