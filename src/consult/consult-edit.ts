// Every change to an existing request goes through here: the request is locked, must be the
// version the worker saw (a stale save gets a clear conflict instead of overwriting a colleague's
// work), and the change and its audit event commit together.
import { inTransaction, type Actor, type Ctx, type Work } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import { actorOf } from './consult.service.js';
import { loadRequestFor, presentDetail, type ConsultRow } from './consult.repository.js';
import type { ConsultDetail } from './consult.schema.js';
import { brusselsDate } from './response-time.js';

export function assertConsultVersion(row: ConsultRow, expected: number): void {
  if (row.version !== expected) throw new AppError(409, 'conflict');
}

export interface Edit extends Work {
  actor: Actor;
  row: ConsultRow;
  now: Date;
  /** The Brussels calendar date. */
  today: string;
}

/** Runs `change` on the locked request and presents what it returns (the updated row). */
export async function editRequest(ctx: Ctx, id: string, version: number, change: (edit: Edit) => Promise<ConsultRow>): Promise<ConsultDetail> {
  const actor = actorOf(ctx);
  const now = new Date();
  const today = brusselsDate(now);
  return inTransaction(ctx, async (work) => {
    const row = await loadRequestFor(work.tx, actor, id, { forUpdate: true });
    assertConsultVersion(row, version);
    const updated = await change({ ...work, actor, row, now, today });
    return presentDetail(work.tx, updated, today);
  });
}
