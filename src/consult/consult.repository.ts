// Queries on consult requests for a signed-in handler: always within the actor's own centre, in
// SQL, so another centre's requests never load (and answer 404 when asked for by id).
import { and, asc, desc, eq, lte, ne, sql, type SQL } from 'drizzle-orm';
import { centreStaffWith, staffNames } from '../access/organisation.service.js';
import type { Actor } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { notFound } from '../platform/errors.js';
import type { ConsultDetail, ConsultListItem, ConsultListQuery } from './consult.schema.js';
import { consultAdvice, consultRequests } from './consult.tables.js';
import { professionalSectorOf } from './consult-vocabulary.js';
import { followUpState } from './follow-up.js';

export type ConsultRow = typeof consultRequests.$inferSelect;

export async function loadRequestFor(q: Queryable, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<ConsultRow> {
  const query = q.select().from(consultRequests).where(and(eq(consultRequests.id, id), eq(consultRequests.centreId, actor.centreId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

const urgencyRank = sql`CASE ${consultRequests.urgency} WHEN 'acute' THEN 0 WHEN 'high' THEN 1 ELSE 2 END`;

export async function listRequestsFor(q: Queryable, actor: Actor, query: ConsultListQuery, today: string, limit: number): Promise<ConsultRow[]> {
  const conditions: SQL[] = [eq(consultRequests.centreId, actor.centreId)];
  if (query.view !== 'all') conditions.push(ne(consultRequests.status, 'closed'));
  if (query.view === 'mine') conditions.push(eq(consultRequests.assignedTo, actor.userId));
  if (query.view === 'due') conditions.push(lte(consultRequests.followUpOn, today));
  const order =
    query.sort === 'urgent'
      ? // Most urgent first; within an urgency a missed follow-up before one still to come, then whoever waits longest.
        [asc(urgencyRank), sql`${consultRequests.followUpOn} asc nulls last`, asc(consultRequests.createdAt)]
      : [desc(consultRequests.createdAt), desc(consultRequests.reference)];
  return q.select().from(consultRequests).where(and(...conditions)).orderBy(...order).limit(limit);
}

/** My open requests whose follow-up falls within `until` (or is missed): the home's due list. */
export async function followUpsDueFor(q: Queryable, actor: Actor, until: string): Promise<ConsultRow[]> {
  return q
    .select()
    .from(consultRequests)
    .where(and(eq(consultRequests.centreId, actor.centreId), eq(consultRequests.assignedTo, actor.userId), ne(consultRequests.status, 'closed'), lte(consultRequests.followUpOn, until)))
    .orderBy(asc(consultRequests.followUpOn), asc(urgencyRank));
}

/** Colleagues of the centre who may handle consults: whom a request can be assigned to. */
export function handlersOf(q: Queryable, centreId: string): Promise<{ id: string; name: string }[]> {
  return centreStaffWith(q, centreId, 'consult:handle');
}

export async function isHandlerOf(q: Queryable, centreId: string, userId: string): Promise<boolean> {
  return (await handlersOf(q, centreId)).some((h) => h.id === userId);
}

const personOf = (id: string | null, names: Map<string, string>) => (id ? { id, name: names.get(id) ?? '' } : null);

function listItemOf(r: ConsultRow, names: Map<string, string>, today: string): ConsultListItem {
  return {
    id: r.id,
    reference: r.reference,
    channel: r.channel,
    sector: r.sector,
    professionalSector: professionalSectorOf(r.sector),
    province: r.province,
    guideOutcome: r.guideOutcome,
    status: r.status,
    urgency: r.urgency,
    contactPreference: r.contactPreference,
    organisation: r.contactOrganisation,
    familyNamed: r.familyNamed,
    kindreflexStep: r.kindreflexStep,
    assignedTo: personOf(r.assignedTo, names),
    followUpOn: r.followUpOn,
    followUpState: followUpState(r.followUpOn, r.status, today),
    reportId: r.reportId,
    expectedResponseBy: r.expectedResponseBy,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

export async function presentList(q: Queryable, rowsToShow: ConsultRow[], today: string): Promise<ConsultListItem[]> {
  const names = await staffNames(q, rowsToShow.map((r) => r.assignedTo));
  return rowsToShow.map((r) => listItemOf(r, names, today));
}

export async function presentDetail(q: Queryable, r: ConsultRow, today: string): Promise<ConsultDetail> {
  const advice = await q.select().from(consultAdvice).where(eq(consultAdvice.requestId, r.id)).orderBy(asc(consultAdvice.givenAt), asc(consultAdvice.id));
  const names = await staffNames(q, [r.assignedTo, r.registeredBy, ...advice.map((a) => a.givenBy)]);
  return {
    ...listItemOf(r, names, today),
    contentVersion: r.contentVersion,
    observations: r.observations,
    considerations: r.considerations,
    decisions: r.decisions,
    question: r.question,
    contact: { name: r.contactName, role: r.contactRole, organisation: r.contactOrganisation, phone: r.contactPhone, email: r.contactEmail },
    family: r.familyNamed ? (r.family ?? { children: [], parents: [] }) : null,
    registeredBy: personOf(r.registeredBy, names),
    advice: advice.map((a) => ({ id: a.id, text: a.text, givenBy: personOf(a.givenBy, names)!, givenAt: a.givenAt.toISOString() })),
  };
}
