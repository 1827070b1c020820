// The MANO clock: a track runs up to 65 working days (DOMAIN.md, MANO), counted on the VK's
// working-day calendar (weekdays without Belgian public holidays and 11 July).
import { addWorkingDays, brusselsDate, workingDaysBetween } from '../cases/deadlines/working-days.js';

export const MANO_WORKING_DAYS = 65;
/** The last two working weeks: time to prepare the outcome decision. */
export const MANO_DUE_SOON_WORKING_DAYS = 10;

export type ManoClockState = 'running' | 'due_soon' | 'overdue' | 'concluded_in_time' | 'concluded_late';

export interface ManoClock {
  startedOn: string;
  dueOn: string;
  workingDaysElapsed: number;
  workingDaysLeft: number;
  state: ManoClockState;
}

/** Midday in Brussels: a calendar date as an instant that no time-zone shift moves to another day. */
const midday = (date: string) => new Date(`${date}T12:00:00+01:00`);

export function manoDueOn(startedOn: string): string {
  return brusselsDate(addWorkingDays(midday(startedOn), MANO_WORKING_DAYS));
}

export function manoClock(startedOn: string, dueOn: string, today: string, concludedOn: string | null): ManoClock {
  const end = concludedOn ?? today;
  const elapsed = workingDaysBetween(midday(startedOn), midday(end));
  const left = end >= dueOn ? -workingDaysBetween(midday(dueOn), midday(end)) : workingDaysBetween(midday(end), midday(dueOn));
  let state: ManoClockState;
  if (concludedOn) state = concludedOn <= dueOn ? 'concluded_in_time' : 'concluded_late';
  else if (today > dueOn) state = 'overdue';
  else state = left <= MANO_DUE_SOON_WORKING_DAYS ? 'due_soon' : 'running';
  return { startedOn, dueOn, workingDaysElapsed: elapsed, workingDaysLeft: left, state };
}
