// Optimistic locking. Every mutable record carries a `version`; a save names the version it was
// based on. A stale save is refused with 409 `conflict`, listing per field who changed it and
// when (read from the timeline), so nothing is silently overwritten and the form can show where.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../platform/db.js';
import { AppError, type FieldProblem } from '../platform/errors.js';
import { caseEvents } from './cases.tables.js';
import { staffNames } from '../access/organisation.service.js';

const brusselsTime = new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

/** The fields of `change` whose value differs from `current`: what a save really changes. */
export function changedFields<T extends object>(current: T, change: Partial<T>): string[] {
  return Object.entries(change)
    .filter(([key, value]) => value !== undefined && !same(current[key as keyof T], value))
    .map(([key]) => key);
}

export async function conflictSince(q: Queryable, recordId: string, sinceVersion: number): Promise<AppError> {
  const changes = await q
    .select({ details: caseEvents.details, actorId: caseEvents.actorId, occurredAt: caseEvents.occurredAt })
    .from(caseEvents)
    .where(and(eq(caseEvents.recordId, recordId), gt(caseEvents.recordVersion, sinceVersion)))
    .orderBy(asc(caseEvents.id));
  const names = await staffNames(q, changes.map((c) => c.actorId));
  const latest = new Map<string, { who: string; when: string }>();
  for (const change of changes) {
    const fields = (change.details as { fields?: unknown } | null)?.fields;
    if (!Array.isArray(fields)) continue;
    const who = (change.actorId && names.get(change.actorId)) || '—';
    for (const field of fields) if (typeof field === 'string') latest.set(field, { who, when: brusselsTime.format(change.occurredAt) });
  }
  const problems: FieldProblem[] = [...latest].map(([path, params]) => ({ path, key: 'changed_meanwhile', params }));
  return new AppError(409, 'conflict', {}, problems);
}

/** Throws the conflict when the stored version is not the one the save started from. */
export async function assertVersion(q: Queryable, record: { id: string; version: number }, expected: number): Promise<void> {
  if (record.version !== expected) throw await conflictSince(q, record.id, expected);
}
