// How long a child on the waiting list will probably wait, from what the team can take on now
// (free places) and how many cases it has started per week lately. A forecast, shown to the team
// lead as such; when the team started nothing lately there is no honest number, and it says so.
export interface TeamFlow {
  /** Places the team can fill now: summed capacity minus the active cases its workers own. */
  freeSlots: number;
  /** Cases the team started (assigned) per week over the recent window. */
  startsPerWeek: number;
}

export const FLOW_WINDOW_WEEKS = 8;
/** Until a team lead sets a worker's capacity, this many open cases are assumed. */
export const DEFAULT_CAPACITY = 15;

/** Weeks until the case at `position` (1 = first in line) can start; null when unknowable. */
export function expectedWaitWeeks(position: number, flow: TeamFlow): number | null {
  if (position <= flow.freeSlots) return 0;
  if (flow.startsPerWeek <= 0) return null;
  return Math.ceil((position - Math.max(0, flow.freeSlots)) / flow.startsPerWeek);
}

export function freeSlots(capacities: number[], activeCases: number): number {
  return Math.max(0, capacities.reduce((sum, c) => sum + c, 0) - activeCases);
}
