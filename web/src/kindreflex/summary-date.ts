import type { GuideLocale } from '../../../src/kindreflex/guide-content.schema';

/** Today on this device, as YYYY-MM-DD: the date the professional files the summary. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 4 maart 2026 / 4 March 2026, without time zone surprises (the date is a calendar date). */
export function formatSummaryDate(date: string, locale: GuideLocale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
