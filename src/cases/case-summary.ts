// One line per case, as lists show it (my cases, deadlines, waiting list, search results): who
// the children are, where the case stands and the deadline that matters next.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { correlated, type Queryable } from '../platform/db.js';
import { childrenOf, type CaseRow, type PersonRow } from './case.repository.js';
import { casePersons, cases, caseStatuses, caseTracks } from './cases.tables.js';
import { deadlineState } from './deadlines/deadlines.js';
import { staffNames } from '../access/organisation.service.js';

const DAY_MS = 86_400_000;

export const childSummary = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string().nullable(),
  unborn: z.boolean(),
  expectedBirth: z.string().nullable(),
});

export const nextDeadline = z.object({
  kind: z.enum(['first_contact', 'follow_up']),
  dueAt: z.string(),
  state: z.enum(['met', 'open', 'due_soon', 'missed']),
});

export const caseSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  track: z.enum(caseTracks),
  status: z.enum(caseStatuses),
  urgency: z.string(),
  problemCategory: z.string(),
  teamId: z.uuid(),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  children: z.array(childSummary),
  receivedAt: z.string(),
  /** Calendar days since the concern reached the VK: the child's waiting time. */
  waitingDays: z.number(),
  firstContactAt: z.string().nullable(),
  deadline: nextDeadline.nullable(),
  version: z.number(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

/** The deadline a worker must watch now: first contact until it happened, then the follow-up. */
export function nextDeadlineOf(row: Pick<CaseRow, 'status' | 'firstContactAt' | 'firstContactDueAt' | 'followUpDueAt'>, now: Date): z.infer<typeof nextDeadline> | null {
  if (row.status === 'closed') return null;
  if (!row.firstContactAt) return { kind: 'first_contact', dueAt: row.firstContactDueAt.toISOString(), state: deadlineState(row.firstContactDueAt, null, now)! };
  if (!row.followUpDueAt) return null;
  return { kind: 'follow_up', dueAt: row.followUpDueAt.toISOString(), state: deadlineState(row.followUpDueAt, null, now)! };
}

export function waitingDaysOf(row: Pick<CaseRow, 'receivedAt' | 'firstContactAt' | 'closedAt'>, now: Date): number {
  const end = row.firstContactAt ?? row.closedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - row.receivedAt.getTime()) / DAY_MS));
}

export async function presentSummaries(q: Queryable, rows: CaseRow[], now = new Date()): Promise<CaseSummary[]> {
  const children = await childrenOf(q, rows.map((r) => r.id));
  const names = await staffNames(q, rows.map((r) => r.ownerId));
  return rows.map((row) => summaryOf(row, children.get(row.id) ?? [], names, now));
}

export type ChildFacts = Pick<PersonRow, 'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'unborn' | 'expectedBirth'>;

/** Children as summaries show them, in childrenOf's order, as JSON: for lists and the case file read in one statement. */
export const childrenJson = correlated(sql<ChildFacts[]>`coalesce((SELECT json_agg(json_build_object('id', k.id, 'firstName', k.first_name, 'lastName', k.last_name, 'dateOfBirth', k.date_of_birth, 'unborn', k.unborn, 'expectedBirth', k.expected_birth))
  FROM (SELECT * FROM ${casePersons} WHERE ${casePersons.caseId} = ${cases.id} AND ${casePersons.kind} = 'child' AND ${casePersons.removedAt} IS NULL
        ORDER BY ${casePersons.unborn}, ${casePersons.dateOfBirth} NULLS LAST, ${casePersons.firstName}) AS k), '[]'::json)`);

/** The case file's summary from what it loaded anyway (its people, the staff names): no query. */
export function summaryOf(row: CaseRow, children: ChildFacts[], names: Map<string, string>, now = new Date()): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    track: row.track,
    status: row.status,
    urgency: row.urgency,
    problemCategory: row.problemCategory,
    teamId: row.teamId,
    owner: row.ownerId ? { id: row.ownerId, name: names.get(row.ownerId) ?? '' } : null,
    children: children.map((c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      dateOfBirth: c.dateOfBirth,
      unborn: c.unborn,
      expectedBirth: c.expectedBirth,
    })),
    receivedAt: row.receivedAt.toISOString(),
    waitingDays: waitingDaysOf(row, now),
    firstContactAt: row.firstContactAt?.toISOString() ?? null,
    deadline: nextDeadlineOf(row, now),
    version: row.version,
  };
}
