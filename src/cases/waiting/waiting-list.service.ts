// The team lead's waiting list: every child whose case waits for a worker, most urgent first and
// then longest waiting first, with the expected start and what is overdue. Long waits must be
// impossible to overlook, so the answer leads with the counts that should worry a lead.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import { actorOf } from '../actor.js';
import { listCasesFor, urgencyRank } from '../case.repository.js';
import { presentSummaries, type CaseSummary } from '../case-summary.js';
import { cases } from '../cases.tables.js';
import { expectedWaitWeeks } from './expected-wait.js';
import { teamFlow } from './capacity.service.js';

const MAX_WAITING = 500;

export interface WaitingEntry extends CaseSummary {
  position: number;
  expectedWaitWeeks: number | null;
}

export interface WaitingList {
  entries: WaitingEntry[];
  summary: {
    waiting: number;
    /** Waiting cases whose first-contact deadline has passed. */
    overdue: number;
    longestWaitDays: number;
    capacity: number;
    activeCases: number;
    freeSlots: number;
    startsPerWeek: number;
  };
}

export async function waitingList(ctx: Ctx): Promise<WaitingList> {
  const actor = actorOf(ctx);
  const now = new Date();
  return inTransaction(ctx, async ({ tx, audit }) => {
    const rows = actor.teamIds.length
      ? await listCasesFor(tx, actor, and(eq(cases.status, 'waiting'), inArray(cases.teamId, actor.teamIds)), [asc(urgencyRank), asc(cases.receivedAt)], MAX_WAITING)
      : [];
    const flow = await teamFlow(tx, actor.teamIds, now);
    const summaries = await presentSummaries(tx, rows, now);
    audit({ action: 'case.list', recordType: 'case', centreId: actor.centreId, details: { view: 'waiting_list', caseIds: rows.map((r) => r.id) } });
    const entries = summaries.map((s, index) => ({ ...s, position: index + 1, expectedWaitWeeks: expectedWaitWeeks(index + 1, flow) }));
    return {
      entries,
      summary: {
        waiting: entries.length,
        overdue: entries.filter((e) => e.deadline?.state === 'missed').length,
        longestWaitDays: entries.reduce((max, e) => Math.max(max, e.waitingDays), 0),
        capacity: flow.capacity,
        activeCases: flow.activeCases,
        freeSlots: flow.freeSlots,
        startsPerWeek: Math.round(flow.startsPerWeek * 10) / 10,
      },
    };
  });
}
