import { describe, expect, it } from 'vitest';
import { formatConsultReference } from './consult.service.js';
import { centreSeeds } from '../seed/organisation.js';
import { centreCodeForProvince, provinces } from './provinces.js';
import { addWorkingDays, brusselsDate } from './response-time.js';

describe('expected response date', () => {
  it('counts working days from the Brussels date, skipping weekends', () => {
    // Wednesday 4 March 2026 → Monday 9 March
    expect(addWorkingDays(new Date('2026-03-04T10:00:00Z'), 3)).toBe('2026-03-09');
    // Friday → Wednesday; Saturday and Sunday → Wednesday as well
    expect(addWorkingDays(new Date('2026-03-06T10:00:00Z'), 3)).toBe('2026-03-11');
    expect(addWorkingDays(new Date('2026-03-07T10:00:00Z'), 3)).toBe('2026-03-11');
    expect(addWorkingDays(new Date('2026-03-08T10:00:00Z'), 3)).toBe('2026-03-11');
  });

  it('uses the day in Brussels, not in UTC, late in the evening', () => {
    // 23:30 UTC on Sunday 8 March is already Monday 9 March in Brussels.
    expect(brusselsDate(new Date('2026-03-08T23:30:00Z'))).toBe('2026-03-09');
    expect(addWorkingDays(new Date('2026-03-08T23:30:00Z'), 1)).toBe('2026-03-10');
    // Across the spring clock change (29 March 2026) and a year end.
    expect(addWorkingDays(new Date('2026-03-27T12:00:00Z'), 1)).toBe('2026-03-30');
    expect(addWorkingDays(new Date('2026-12-31T12:00:00Z'), 3)).toBe('2027-01-05');
  });
});

describe('references and provinces', () => {
  it('formats references to be read out on the phone', () => {
    expect(formatConsultReference('KR', 2026, 123)).toBe('KR-2026-000123');
    expect(formatConsultReference('KR', 2027, 1_234_567)).toBe('KR-2027-1234567');
  });

  it('maps each province to the VK the organisation seeds for it, and leaves no VK out', () => {
    for (const province of provinces) {
      const centre = centreSeeds.find((c) => c.code === centreCodeForProvince(province.id));
      expect(centre, province.id).toMatchObject({ kind: 'vk', province: province.name['nl-BE'] });
    }
    const vks = centreSeeds.filter((c) => c.kind === 'vk').map((c) => c.code).sort();
    expect(provinces.map((p) => p.centreCode).sort()).toEqual(vks);
  });
});
