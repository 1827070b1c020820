// Calendar days counted on the Brussels calendar. Subtracting n × 24 h from now and then taking the
// Brussels date is off by one whenever a daylight-saving change lies in between and the clock is
// within an hour of midnight (late evening UTC in winter), so tests that expect "10 days" between
// two such dates failed at that time of day.
import { brusselsDate } from '../../src/cases/deadlines/working-days.js';

/** The Brussels date n calendar days before today's Brussels date (negative: after). */
export function brusselsDaysAgo(n: number, now = new Date()): string {
  const [year, month, day] = brusselsDate(now).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - n)).toISOString().slice(0, 10);
}
