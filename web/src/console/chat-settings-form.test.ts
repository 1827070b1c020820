import { describe, expect, it } from 'vitest';
import { hoursText, parseHours } from './ChatSettingsForm';

describe('opening hours as text', () => {
  it('reads blocks per weekday and writes them back the same way', () => {
    const days = ['17:00-21:00', '', '14:00-17:00, 19:00 - 21:00', '', '', '', '00:00-24:00'];
    const slots = parseHours(days);
    expect(slots).toEqual([
      { weekday: 1, opens: '17:00', closes: '21:00' },
      { weekday: 3, opens: '14:00', closes: '17:00' },
      { weekday: 3, opens: '19:00', closes: '21:00' },
      { weekday: 7, opens: '00:00', closes: '24:00' },
    ]);
    expect([1, 2, 3, 7].map((d) => hoursText(slots!, d))).toEqual(['17:00-21:00', '', '14:00-17:00, 19:00-21:00', '00:00-24:00']);
  });

  it('refuses a block that is not HH:MM-HH:MM', () => {
    expect(parseHours(['17u-21u'])).toBeNull();
    expect(parseHours(['17:00'])).toBeNull();
  });
});
