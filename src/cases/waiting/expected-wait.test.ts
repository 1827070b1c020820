import { describe, expect, it } from 'vitest';
import { expectedWaitWeeks, freeSlots } from './expected-wait.js';

describe('expected wait', () => {
  it('starts at once while the team has free places', () => {
    expect(expectedWaitWeeks(1, { freeSlots: 2, startsPerWeek: 0 })).toBe(0);
    expect(expectedWaitWeeks(2, { freeSlots: 2, startsPerWeek: 0 })).toBe(0);
  });

  it('divides the rest of the line by the recent pace, rounding up to whole weeks', () => {
    expect(expectedWaitWeeks(3, { freeSlots: 2, startsPerWeek: 1 })).toBe(1);
    expect(expectedWaitWeeks(12, { freeSlots: 2, startsPerWeek: 2.5 })).toBe(4);
    expect(expectedWaitWeeks(10, { freeSlots: 0, startsPerWeek: 3 })).toBe(4);
  });

  it('gives no number when the team started nothing lately', () => {
    expect(expectedWaitWeeks(3, { freeSlots: 0, startsPerWeek: 0 })).toBeNull();
  });

  it('never counts negative free places', () => {
    expect(freeSlots([10, 12], 25)).toBe(0);
    expect(freeSlots([10, 12], 20)).toBe(2);
  });
});
