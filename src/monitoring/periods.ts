// Periods as the statistics speak of them: `2026-03` (month), `2026-Q1` (quarter), `2026` (year).
import type { PeriodType } from './indicator-catalogue.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function periodOfMonth(month: string, type: PeriodType): string {
  const year = month.slice(0, 4);
  if (type === 'year') return year;
  if (type === 'quarter') return `${year}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  return month;
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function addMonths(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The periods of one type that cover `from`..`to`, in order. */
export function periodsBetween(from: string, to: string, type: PeriodType): string[] {
  return [...new Set(monthsBetween(from, to).map((m) => periodOfMonth(m, type)))];
}

/** First and last month of a period. */
export function monthRange(period: string): { from: string; to: string } {
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12` };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { from: `${quarter[1]}-${String(first).padStart(2, '0')}`, to: `${quarter[1]}-${String(first + 2).padStart(2, '0')}` };
  }
  if (isMonth(period)) return { from: period, to: period };
  throw new Error(`not a period: ${period}`);
}

/** The period just before: the previous month, quarter or year. */
export function previousPeriod(period: string): string {
  if (/^\d{4}$/.test(period)) return String(Number(period) - 1);
  const { from } = monthRange(period);
  const type: PeriodType = period.includes('Q') ? 'quarter' : 'month';
  return periodOfMonth(addMonths(from, type === 'quarter' ? -3 : -1), type);
}

export function periodTypeOf(period: string): PeriodType {
  if (/^\d{4}$/.test(period)) return 'year';
  return period.includes('Q') ? 'quarter' : 'month';
}
