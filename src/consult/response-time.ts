// When a professional can expect an answer to a consult request. (?) Three working days is an
// assumption until the VKs set their own service level; Belgian public holidays are not yet
// skipped, so the promise errs on the early side only around holidays.
export const CONSULT_RESPONSE_WORKING_DAYS = 3;

/** The calendar date in Brussels at `instant`, as YYYY-MM-DD: the VKs work on Belgian days. */
export function brusselsDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** `days` working days (Monday to Friday) after the Brussels date of `instant`. */
export function addWorkingDays(instant: Date, days: number): string {
  const [y, m, d] = brusselsDate(instant).split('-').map(Number) as [number, number, number];
  // Noon UTC keeps the arithmetic clear of daylight-saving edges; only the date part is used.
  const day = new Date(Date.UTC(y, m - 1, d, 12));
  let added = 0;
  while (added < days) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) added += 1;
  }
  return day.toISOString().slice(0, 10);
}
