// When a follow-up falls due. Dates are Brussels calendar days (YYYY-MM-DD): a follow-up planned
// for today is due all day, and one from yesterday is missed, whatever the clock in UTC says.
import type { ConsultStatus } from './consult-vocabulary.js';

export type FollowUpState = 'overdue' | 'today' | 'soon' | 'planned';
/** How far ahead a follow-up counts as coming up on the worker's home. */
export const FOLLOW_UP_SOON_DAYS = 7;

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days, 12)).toISOString().slice(0, 10);
}

export function followUpState(followUpOn: string | null, status: ConsultStatus, today: string): FollowUpState | null {
  if (followUpOn === null || status === 'closed') return null;
  if (followUpOn < today) return 'overdue';
  if (followUpOn === today) return 'today';
  return followUpOn <= addDays(today, FOLLOW_UP_SOON_DAYS) ? 'soon' : 'planned';
}
