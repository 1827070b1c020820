import { describe, expect, it } from 'vitest';
import { manoClock, manoDueOn } from './mano-clock.js';

describe('the MANO clock', () => {
  it('runs 65 working days, skipping weekends and Belgian holidays', () => {
    // From Monday 5 January 2026, 13 weeks end on Monday 6 April: Easter Monday, so one day later.
    expect(manoDueOn('2026-01-05')).toBe('2026-04-07');
    // Over the summer 11 July and 15 August fall on a Saturday in 2026; 21 July (a Tuesday) counts.
    expect(manoDueOn('2026-06-01')).toBe('2026-09-01');
  });

  it('counts elapsed and remaining working days and says when it is due soon or overdue', () => {
    const due = manoDueOn('2026-01-05');
    expect(manoClock('2026-01-05', due, '2026-01-05', null)).toMatchObject({ workingDaysElapsed: 0, workingDaysLeft: 65, state: 'running' });
    expect(manoClock('2026-01-05', due, '2026-01-12', null)).toMatchObject({ workingDaysElapsed: 5, workingDaysLeft: 60, state: 'running' });
    expect(manoClock('2026-01-05', due, '2026-03-23', null)).toMatchObject({ workingDaysLeft: 10, state: 'due_soon' });
    expect(manoClock('2026-01-05', due, '2026-04-09', null)).toMatchObject({ workingDaysLeft: -2, state: 'overdue' });
  });

  it('stops at the outcome and says whether it came in time', () => {
    const due = manoDueOn('2026-01-05');
    expect(manoClock('2026-01-05', due, '2026-06-01', '2026-03-02')).toMatchObject({ workingDaysElapsed: 40, state: 'concluded_in_time' });
    expect(manoClock('2026-01-05', due, '2026-06-01', '2026-04-08')).toMatchObject({ state: 'concluded_late' });
  });
});
