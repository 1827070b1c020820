// Team capacity: how many open cases each worker can carry and carries now. The team lead sets
// it; the waiting list's forecast is computed from it.
import { and, count, eq, gte, inArray, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorOf } from '../actor.js';
import { caseCapacity, cases } from '../cases.tables.js';
import { caseStaffOfTeams, type StaffMember } from '../../access/organisation.service.js';
import { DEFAULT_CAPACITY, FLOW_WINDOW_WEEKS, freeSlots, type TeamFlow } from './expected-wait.js';

export interface WorkerLoad {
  id: string;
  name: string;
  role: string;
  teamId: string;
  capacity: number;
  /** False until the lead set it: the default is then shown as an assumption. */
  capacitySet: boolean;
  capacityVersion: number | null;
  activeCases: number;
}

export async function workerLoads(q: Queryable, teamIds: readonly string[]): Promise<WorkerLoad[]> {
  const staff = await caseStaffOfTeams(q, teamIds);
  const ids = [...new Set(staff.map((s) => s.id))];
  if (ids.length === 0) return [];
  const capacities = await q.select().from(caseCapacity).where(inArray(caseCapacity.userId, ids));
  const loads = await q
    .select({ ownerId: cases.ownerId, n: count() })
    .from(cases)
    .where(and(inArray(cases.ownerId, ids), eq(cases.status, 'active')))
    .groupBy(cases.ownerId);
  return staff.map((s: StaffMember) => {
    const set = capacities.find((c) => c.userId === s.id);
    return {
      id: s.id,
      name: s.displayName,
      role: s.role,
      teamId: s.teamId,
      capacity: set?.capacity ?? DEFAULT_CAPACITY,
      capacitySet: set !== undefined,
      capacityVersion: set?.version ?? null,
      activeCases: Number(loads.find((l) => l.ownerId === s.id)?.n ?? 0),
    };
  });
}

/** What the team can take on now and its recent pace of starting cases. */
export async function teamFlow(q: Queryable, teamIds: readonly string[], now: Date): Promise<TeamFlow & { capacity: number; activeCases: number }> {
  const loads = await workerLoads(q, teamIds);
  // A worker in two of the lead's teams is counted once.
  const unique = [...new Map(loads.map((l) => [l.id, l])).values()];
  const activeCases = unique.reduce((sum, l) => sum + l.activeCases, 0);
  const since = new Date(now.getTime() - FLOW_WINDOW_WEEKS * 7 * 86_400_000);
  const [started] = teamIds.length
    ? await q.select({ n: count() }).from(cases).where(and(inArray(cases.teamId, [...teamIds]), gte(cases.assignedAt, since)))
    : [{ n: 0 }];
  return {
    capacity: unique.reduce((sum, l) => sum + l.capacity, 0),
    activeCases,
    freeSlots: freeSlots(unique.map((l) => l.capacity), activeCases),
    startsPerWeek: Number(started?.n ?? 0) / FLOW_WINDOW_WEEKS,
  };
}

export async function teamCapacity(ctx: Ctx): Promise<WorkerLoad[]> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    const loads = await workerLoads(tx, actor.teamIds);
    audit({ action: 'case_capacity.read', recordType: 'team', centreId: actor.centreId, details: { teamIds: actor.teamIds } });
    return loads;
  });
}

export async function setCapacity(ctx: Ctx, userId: string, input: { capacity: number; version: number | null }): Promise<WorkerLoad> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ tx, audit }) => {
    // Only for the lead's own workers; anyone else is not there.
    const worker = (await workerLoads(tx, actor.teamIds)).find((w) => w.id === userId);
    if (!worker) throw notFound();
    if (worker.capacityVersion !== input.version) throw new AppError(409, 'conflict');
    if (worker.capacityVersion === null) {
      await tx.insert(caseCapacity).values({ userId, capacity: input.capacity });
    } else {
      await tx
        .update(caseCapacity)
        .set({ capacity: input.capacity, version: sql`${caseCapacity.version} + 1`, updatedAt: new Date() })
        .where(eq(caseCapacity.userId, userId));
    }
    audit({ action: 'case_capacity.set', recordType: 'user', recordId: userId, centreId: actor.centreId, details: { capacity: input.capacity } });
    return { ...worker, capacity: input.capacity, capacitySet: true, capacityVersion: (worker.capacityVersion ?? 0) + 1 };
  });
}
