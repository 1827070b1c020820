// What a consult handler reads: the centre's list (open, mine, follow-up due), one request with
// everything the professional told, the follow-ups falling due on their home, and the colleagues
// a request can be assigned to. Lists and requests hold personal data: every read is audited.
import { inTransaction, type Ctx } from '../platform/context.js';
import { actorOf } from './consult.service.js';
import { followUpsDueFor, handlersOf, listRequestsFor, loadRequestFor, presentDetail, presentList } from './consult.repository.js';
import type { ConsultDetail, ConsultListItem, ConsultListQuery } from './consult.schema.js';
import { addDays, FOLLOW_UP_SOON_DAYS, followUpState } from './follow-up.js';
import { brusselsDate } from './response-time.js';

const PAGE = 100;

export async function listConsultRequests(ctx: Ctx, query: ConsultListQuery = { view: 'all', sort: 'newest' }): Promise<{ requests: ConsultListItem[]; more: boolean }> {
  const actor = actorOf(ctx);
  const today = brusselsDate(new Date());
  return inTransaction(ctx, async ({ tx, audit }) => {
    const found = await listRequestsFor(tx, actor, query, today, PAGE + 1);
    const page = found.slice(0, PAGE);
    audit({ action: 'consult_request.list', recordType: 'consult_request', centreId: actor.centreId, details: { view: query.view, count: page.length } });
    return { requests: await presentList(tx, page, today), more: found.length > PAGE };
  });
}

/** One request with everything the professional sent; another centre's answers 404. */
export async function readConsultRequest(ctx: Ctx, id: string): Promise<ConsultDetail> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const row = await loadRequestFor(tx, actor, id);
    audit({ action: 'consult_request.read', recordType: 'consult_request', recordId: row.id, centreId: row.centreId, details: { familyNamed: row.familyNamed } });
    return presentDetail(tx, row, brusselsDate(new Date()));
  });
}

/** My open requests with a follow-up missed, today or within a week: the list on my home. */
export async function consultFollowUpsDue(ctx: Ctx) {
  const actor = actorOf(ctx);
  const today = brusselsDate(new Date());
  return inTransaction(ctx, async ({ tx, audit }) => {
    const due = await followUpsDueFor(tx, actor, addDays(today, FOLLOW_UP_SOON_DAYS));
    audit({ action: 'consult_request.list', recordType: 'consult_request', centreId: actor.centreId, details: { view: 'follow_ups', count: due.length } });
    return {
      followUps: due.map((r) => ({ id: r.id, reference: r.reference, organisation: r.contactOrganisation, urgency: r.urgency, followUpOn: r.followUpOn!, followUpState: followUpState(r.followUpOn, r.status, today)! })),
    };
  });
}

export async function consultHandlers(ctx: Ctx) {
  const actor = actorOf(ctx);
  return { handlers: await handlersOf(ctx.db, actor.centreId) };
}
