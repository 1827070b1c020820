import { describe, expect, it } from 'vitest';
import { deadlineState, dueAfter, retriagedDue } from './deadlines.js';
import { addWorkingDays, brusselsDaysAgo, easterSunday, holidays, isWorkingDay, workingDaysBetween } from './working-days.js';

// 10:00 in Brussels (CET/CEST) expressed in UTC.
const at = (isoDate: string, utcHour = 9) => new Date(`${isoDate}T${String(utcHour).padStart(2, '0')}:00:00Z`);

describe('working days', () => {
  it('computes Easter for known years', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
  });

  it('knows the Belgian and Flemish holidays', () => {
    const h2026 = holidays(2026);
    for (const day of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-11', '2026-07-21', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']) {
      expect(h2026.has(day), day).toBe(true);
    }
    expect(h2026.has('2026-04-07')).toBe(false);
    expect(isWorkingDay(at('2026-04-06'))).toBe(false); // Easter Monday
    expect(isWorkingDay(at('2026-04-07'))).toBe(true);
    expect(isWorkingDay(at('2026-03-07'))).toBe(false); // Saturday
  });

  it('skips weekends and holidays when adding working days', () => {
    // Thursday 2 April 2026 + 2 working days: Friday 3, (weekend, Easter Monday), Tuesday 7.
    expect(addWorkingDays(at('2026-04-02'), 2).toISOString()).toBe(at('2026-04-07').toISOString());
    // A report on Saturday: Monday is day one.
    expect(addWorkingDays(at('2026-03-07'), 1).toISOString()).toBe(at('2026-03-09').toISOString());
    expect(workingDaysBetween(at('2026-04-02'), at('2026-04-07'))).toBe(2);
    expect(workingDaysBetween(at('2026-04-07'), at('2026-04-02'))).toBe(0);
  });
});

describe('calendar days in Brussels', () => {
  it('counts days on the calendar across a daylight-saving change, late in the evening', () => {
    // 23:30 in Brussels, just after (and before) a clock change: n × 24 h would land a day late.
    const lateEvening = new Date('2026-10-25T22:30:00Z');
    expect(brusselsDaysAgo(10, lateEvening)).toBe('2026-10-15');
    expect(brusselsDaysAgo(-10, new Date('2026-03-28T22:30:00Z'))).toBe('2026-04-07');
    expect(brusselsDaysAgo(0, lateEvening)).toBe('2026-10-25');
  });
});

describe('deadlines', () => {
  it('counts hours as clock time and working days on the calendar', () => {
    const friday = at('2026-03-06', 15);
    expect(dueAfter(friday, { hours: 24 }).toISOString()).toBe('2026-03-07T15:00:00.000Z');
    expect(dueAfter(friday, { workingDays: 5 }).toISOString()).toBe('2026-03-13T15:00:00.000Z');
  });

  it('re-triage: escalation counts from now but never postpones; de-escalation counts from receipt', () => {
    const receivedAt = at('2026-03-02');
    const normalDue = dueAfter(receivedAt, { workingDays: 15 });
    const now = at('2026-03-10');
    const escalated = retriagedDue({ receivedAt, currentDue: normalDue, now, currentRank: 3, newRank: 1, newSpec: { hours: 24 } });
    expect(escalated.toISOString()).toBe(at('2026-03-11').toISOString());
    // Escalating to a level whose time from now lies beyond the current deadline keeps the current one.
    const nearDue = at('2026-03-11');
    expect(retriagedDue({ receivedAt, currentDue: nearDue, now, currentRank: 3, newRank: 2, newSpec: { workingDays: 5 } })).toEqual(nearDue);
    const highDue = dueAfter(receivedAt, { workingDays: 5 });
    const lowered = retriagedDue({ receivedAt, currentDue: highDue, now, currentRank: 2, newRank: 3, newSpec: { workingDays: 15 } });
    expect(lowered).toEqual(normalDue);
    expect(retriagedDue({ receivedAt, currentDue: highDue, now, currentRank: 2, newRank: 2, newSpec: { workingDays: 5 } })).toEqual(highDue);
  });

  it('turns red when missed, also when the contact came too late', () => {
    const due = at('2026-03-10');
    expect(deadlineState(due, null, at('2026-03-08'))).toBe('open');
    expect(deadlineState(due, null, new Date(due.getTime() - 3_600_000))).toBe('due_soon');
    expect(deadlineState(due, null, at('2026-03-11'))).toBe('missed');
    expect(deadlineState(due, at('2026-03-09'), at('2026-03-11'))).toBe('met');
    expect(deadlineState(due, at('2026-03-12'), at('2026-03-13'))).toBe('missed');
    expect(deadlineState(null, null, due)).toBeNull();
  });
});
