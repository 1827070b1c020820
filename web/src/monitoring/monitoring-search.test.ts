import { describe, expect, it } from 'vitest';
import { parseMonitoringSearch, shiftMonth } from './monitoring-search';

describe('dashboard filters in the URL', () => {
  it('keeps valid filters and drops anything odd instead of failing', () => {
    expect(parseMonitoringSearch({ year: '2026', region: 'ANT', indicator: 'reports', from: '2025-01', to: '2026-12', periodType: 'quarter', regions: 'VL,ANT,LIM', breakdown: 'children_by_age' })).toEqual({
      year: 2026,
      region: 'ANT',
      indicator: 'reports',
      from: '2025-01',
      to: '2026-12',
      periodType: 'quarter',
      regions: 'VL,ANT,LIM',
      breakdown: 'children_by_age',
    });
    expect(parseMonitoringSearch({ year: 'soon', region: 'VL,ANT', indicator: 'DROP TABLE', from: '2025-13', periodType: 'week', regions: 'VL,XX' })).toEqual({});
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-11', 14)).toBe('2027-01');
  });
});
