import { describe, expect, it } from 'vitest';
import { defaultChatSettings, isOpen, localMoment, nextOpening, withDefaults } from './chat-settings.js';

// Instants written in UTC; Brussels is UTC+1 in winter and UTC+2 in summer.
const at = (iso: string) => new Date(iso);

describe('opening hours (Europe/Brussels)', () => {
  it('reads local weekday and time across daylight saving time', () => {
    expect(localMoment(at('2026-12-07T16:30:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-12-07', weekday: 1, minutes: 17 * 60 + 30 });
    expect(localMoment(at('2026-07-06T16:30:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-07-06', weekday: 1, minutes: 18 * 60 + 30 });
  });

  it('is open inside a slot and closed at its end, on holidays and outside the week', () => {
    const s = defaultChatSettings; // Monday 17:00–21:00
    expect(isOpen(s, at('2026-12-07T15:59:00Z'))).toBe(false); // 16:59 local
    expect(isOpen(s, at('2026-12-07T16:00:00Z'))).toBe(true); // 17:00
    expect(isOpen(s, at('2026-12-07T19:59:00Z'))).toBe(true); // 20:59
    expect(isOpen(s, at('2026-12-07T20:00:00Z'))).toBe(false); // 21:00
    expect(isOpen(s, at('2026-12-12T17:00:00Z'))).toBe(false); // Saturday
    expect(isOpen({ ...s, closedDates: ['2026-12-07'] }, at('2026-12-07T17:00:00Z'))).toBe(false);
  });

  it('names the next opening, skipping holidays', () => {
    const s = { ...defaultChatSettings, closedDates: ['2026-12-25'] };
    // Thursday 24 December 22:00 → Friday is a holiday, Saturday closed → Sunday 14:00.
    expect(nextOpening(s, at('2026-12-24T21:00:00Z'))).toEqual({ date: '2026-12-27', weekday: 7, time: '14:00' });
    // Monday morning → later that day.
    expect(nextOpening(s, at('2026-12-07T08:00:00Z'))).toEqual({ date: '2026-12-07', weekday: 1, time: '17:00' });
    expect(nextOpening({ ...s, openingHours: [] }, at('2026-12-07T08:00:00Z'))).toBeNull();
  });

  it('fills stored settings from the defaults and ignores a broken stored object', () => {
    expect(withDefaults({ retentionDays: 30 }).retentionDays).toBe(30);
    expect(withDefaults({ retentionDays: 30 }).quickExitUrl).toBe(defaultChatSettings.quickExitUrl);
    expect(withDefaults({ quickExitUrl: 'javascript:alert(1)' })).toEqual(defaultChatSettings);
    expect(withDefaults(null)).toEqual(defaultChatSettings);
  });
});
