import { describe, expect, it } from 'vitest';
import { cronEvery } from './jobs.js';

describe('job schedules', () => {
  it('turns minute, hour and daily intervals into valid cron expressions', () => {
    expect(cronEvery(15)).toBe('*/15 * * * *');
    expect(cronEvery(60)).toBe('0 */1 * * *');
    expect(cronEvery(120)).toBe('0 */2 * * *');
    expect(cronEvery(24 * 60)).toBe('0 3 * * *');
  });

  it('refuses an interval cron cannot express', () => {
    expect(() => cronEvery(0)).toThrow(/Unsupported/);
    expect(() => cronEvery(90)).toThrow(/Unsupported/);
    expect(() => cronEvery(3 * 24 * 60)).toThrow(/Unsupported/);
  });
});
