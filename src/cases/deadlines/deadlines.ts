// Deadlines for first contact and follow-up, from the urgency's settings in the taxonomy
// (e.g. acute 24 h, high 5 working days, normal 15 working days). Kept pure so that every rule
// about time can be tested without a database or a clock.
import { z } from 'zod';
import { addWorkingDays } from './working-days.js';

export const deadlineSpec = z.union([
  z.strictObject({ hours: z.number().int().min(1).max(24 * 90) }),
  z.strictObject({ workingDays: z.number().int().min(1).max(250) }),
]);
export type DeadlineSpec = z.infer<typeof deadlineSpec>;

export const urgencySettings = z.strictObject({
  firstContact: deadlineSpec,
  /** Longest gap between contacts while a case is open. */
  followUp: deadlineSpec,
});
export type UrgencySettings = z.infer<typeof urgencySettings>;

export function dueAfter(from: Date, spec: DeadlineSpec): Date {
  if ('hours' in spec) return new Date(from.getTime() + spec.hours * 3_600_000);
  return addWorkingDays(from, spec.workingDays);
}

export interface RetriageInput {
  receivedAt: Date;
  currentDue: Date;
  now: Date;
  /** Lower rank = more urgent (the urgency's sort order in the taxonomy). */
  currentRank: number;
  newRank: number;
  newSpec: DeadlineSpec;
}

/**
 * The first-contact deadline after re-triage. Escalation is new information arriving now: the
 * child gets the new urgency's time counted from now, or the old deadline if that is sooner.
 * De-escalation counts from the day the concern was received, so waiting time is never reset.
 */
export function retriagedDue(input: RetriageInput): Date {
  if (input.newRank === input.currentRank) return input.currentDue;
  if (input.newRank < input.currentRank) {
    const fromNow = dueAfter(input.now, input.newSpec);
    return fromNow < input.currentDue ? fromNow : input.currentDue;
  }
  return dueAfter(input.receivedAt, input.newSpec);
}

export type DeadlineState = 'met' | 'open' | 'due_soon' | 'missed';

/** "Due soon" is the last 24 hours: enough to act, late enough not to become noise. */
export function deadlineState(due: Date | null, doneAt: Date | null, now: Date): DeadlineState | null {
  if (!due) return null;
  if (doneAt) return doneAt <= due ? 'met' : 'missed';
  if (due <= now) return 'missed';
  return due.getTime() - now.getTime() <= 86_400_000 ? 'due_soon' : 'open';
}
