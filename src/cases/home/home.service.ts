// Each worker's starting point: my open cases (most pressing deadline first) and the deadlines
// that are missed or due within a day in every case I may see (for a lead: the whole team's).
import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import { actorOf } from '../actor.js';
import { listCasesFor } from '../case.repository.js';
import { presentSummaries, type CaseSummary } from '../case-summary.js';
import { caseMembers, cases } from '../cases.tables.js';

const MAX_ROWS = 300;
/** The deadline that matters next, as SQL: first contact until it happened, then the follow-up. */
const nextDue = sql`(case when ${cases.firstContactAt} is null then ${cases.firstContactDueAt} else ${cases.followUpDueAt} end)`;

export async function myCases(ctx: Ctx): Promise<CaseSummary[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const mine = or(
      eq(cases.ownerId, actor.userId),
      sql`exists (select 1 from ${caseMembers} where ${caseMembers.caseId} = ${cases.id} and ${caseMembers.userId} = ${actor.userId})`,
    );
    const rows = await listCasesFor(tx, actor, and(ne(cases.status, 'closed'), mine), [sql`${nextDue} asc nulls last`, asc(cases.number)], MAX_ROWS);
    audit({ action: 'case.list', recordType: 'case', centreId: actor.centreId, details: { view: 'mine', caseIds: rows.map((r) => r.id) } });
    return presentSummaries(tx, rows);
  });
}

export async function pressingDeadlines(ctx: Ctx): Promise<CaseSummary[]> {
  const actor = actorOf(ctx);
  const now = new Date();
  const soon = new Date(now.getTime() + 86_400_000);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const rows = await listCasesFor(tx, actor, and(ne(cases.status, 'closed'), sql`${nextDue} <= ${soon}`), [sql`${nextDue} asc`], MAX_ROWS);
    audit({ action: 'case.list', recordType: 'case', centreId: actor.centreId, details: { view: 'deadlines', caseIds: rows.map((r) => r.id) } });
    return presentSummaries(tx, rows, now);
  });
}
