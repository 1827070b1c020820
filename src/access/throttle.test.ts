import { describe, expect, it } from 'vitest';
import { defaultAuthSettings } from '../platform/config.js';
import { isLocked, slowDownMs } from './throttle.js';

describe('failed sign-in throttling', () => {
  it('does not slow down the first few mistakes, then grows the delay up to a cap', () => {
    const delays = Array.from({ length: 20 }, (_, failures) => slowDownMs(failures, defaultAuthSettings));
    expect(delays.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(delays[5]).toBe(250);
    expect(delays[6]).toBe(500);
    for (let i = 6; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(defaultAuthSettings.slowDownMaxMs);
  });

  it('treats a lock as over once its time has passed', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(isLocked({ failures: 20, lockedUntil: new Date('2026-11-29T12:05:00Z') }, now)).toBe(true);
    expect(isLocked({ failures: 20, lockedUntil: new Date('2026-11-29T11:59:59Z') }, now)).toBe(false);
    expect(isLocked({ failures: 3, lockedUntil: null }, now)).toBe(false);
  });
});
