// Working days as a Flemish confidential centre counts them: Monday to Friday, without the
// Belgian public holidays and the Flemish community holiday (11 July), on the calendar of
// Brussels. Deadlines such as "first contact within 5 working days" are counted with it.
const ZONE = 'Europe/Brussels';
const DAY_MS = 86_400_000;

const localDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const localWeekdayFormat = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'short' });

/** The calendar date in Brussels, as YYYY-MM-DD. */
export function brusselsDate(instant: Date): string {
  return localDateFormat.format(instant);
}

/**
 * The Brussels date n calendar days before today's Brussels date (negative n: after). Counted on
 * the calendar, not as n × 24 h: across a daylight-saving change, late in the evening, subtracting
 * hours and then taking the Brussels date lands one day off.
 */
export function brusselsDaysAgo(n: number, now = new Date()): string {
  return plusDays(brusselsDate(now), -n);
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian computus. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const iso = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function plusDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** Belgian public holidays plus 11 July (Flemish community holiday) of one year. */
export function holidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const easterIso = iso(year, easter.month, easter.day);
  const days = new Set([
    iso(year, 1, 1),
    plusDays(easterIso, 1), // Easter Monday
    iso(year, 5, 1),
    plusDays(easterIso, 39), // Ascension
    plusDays(easterIso, 50), // Whit Monday
    iso(year, 7, 11),
    iso(year, 7, 21),
    iso(year, 8, 15),
    iso(year, 11, 1),
    iso(year, 11, 11),
    iso(year, 12, 25),
  ]);
  holidayCache.set(year, days);
  return days;
}

// Brussels is a whole number of hours off UTC, so every instant within one UTC hour falls on the
// same local day: the answer is cached per hour (deadline counting asks about the same days often).
const workingHourCache = new Map<number, boolean>();

export function isWorkingDay(instant: Date): boolean {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  const cached = workingHourCache.get(hour);
  if (cached !== undefined) return cached;
  const weekday = localWeekdayFormat.format(instant);
  const date = brusselsDate(instant);
  const working = weekday !== 'Sat' && weekday !== 'Sun' && !holidays(Number(date.slice(0, 4))).has(date);
  if (workingHourCache.size > 200_000) workingHourCache.clear();
  workingHourCache.set(hour, working);
  return working;
}

/**
 * The same time of day, `count` working days later. A report that arrives on a Saturday is
 * counted from Monday: the first working day after it is day one.
 */
export function addWorkingDays(from: Date, count: number): Date {
  let instant = from;
  let left = count;
  while (left > 0) {
    instant = new Date(instant.getTime() + DAY_MS);
    if (isWorkingDay(instant)) left -= 1;
  }
  return instant;
}

/** Whole working days from `from` to `to` (0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let t = from.getTime() + DAY_MS; t <= to.getTime(); t += DAY_MS) {
    if (isWorkingDay(new Date(t))) count += 1;
  }
  return count;
}
