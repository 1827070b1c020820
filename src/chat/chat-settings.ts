// Opening hours, holidays and the other knobs of a chat service. They are content that a team
// lead changes, not code: stored per chat centre, with defaults until someone sets them.
import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);

export const chatSettingsSchema = z.strictObject({
  timeZone: z.literal('Europe/Brussels'),
  /** Weekly hours; weekday 1 = Monday … 7 = Sunday (ISO). Several slots per day are allowed. */
  openingHours: z.array(z.strictObject({ weekday: z.number().int().min(1).max(7), opens: time, closes: time })).max(50),
  /** Holidays and other closed days, as local dates (YYYY-MM-DD). */
  closedDates: z.array(z.iso.date()).max(100),
  /** Where "Snel weg" sends the child: a neutral site, opened with location.replace. */
  quickExitUrl: z.url({ protocol: /^https$/ }).max(300),
  retentionDays: z.number().int().min(1).max(3650),
  codeWordHours: z.number().int().min(1).max(24 * 14),
  /** Used for the expected wait until the service has its own recent history. */
  averageChatMinutes: z.number().int().min(5).max(240),
  blockHours: z.number().int().min(1).max(24 * 30),
});

export type ChatSettings = z.infer<typeof chatSettingsSchema>;

// The real service's hours are a policy decision (?): these are a sensible start, editable.
export const defaultChatSettings: ChatSettings = {
  timeZone: 'Europe/Brussels',
  openingHours: [
    { weekday: 1, opens: '17:00', closes: '21:00' },
    { weekday: 2, opens: '17:00', closes: '21:00' },
    { weekday: 3, opens: '14:00', closes: '21:00' },
    { weekday: 4, opens: '17:00', closes: '21:00' },
    { weekday: 5, opens: '17:00', closes: '21:00' },
    { weekday: 7, opens: '14:00', closes: '18:00' },
  ],
  closedDates: [],
  quickExitUrl: 'https://www.meteo.be/nl',
  retentionDays: 90,
  codeWordHours: 72,
  averageChatMinutes: 25,
  blockHours: 24,
};

/** Every day, all day: for the demo and for tests that must not depend on the clock. */
export const alwaysOpenHours: ChatSettings['openingHours'] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

interface LocalMoment {
  date: string;
  weekday: number;
  minutes: number;
}

const weekdayIndex: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdayIndex[parts.weekday ?? 'Mon'] ?? 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isOpen(settings: ChatSettings, instant: Date): boolean {
  const now = localMoment(instant, settings.timeZone);
  if (settings.closedDates.includes(now.date)) return false;
  return settings.openingHours.some((slot) => slot.weekday === now.weekday && toMinutes(slot.opens) <= now.minutes && now.minutes < toMinutes(slot.closes));
}

export interface NextOpening {
  /** Local date and time the service opens next, e.g. { date: '2026-12-07', time: '17:00' }. */
  date: string;
  weekday: number;
  time: string;
}

/** When the service opens next (within two weeks), for "we are open again on …". */
export function nextOpening(settings: ChatSettings, instant: Date): NextOpening | null {
  const start = localMoment(instant, settings.timeZone);
  for (let day = 0; day < 15; day++) {
    // Noon avoids the daylight-saving edges when stepping whole days.
    const probe = localMoment(new Date(Date.parse(`${start.date}T12:00:00Z`) + day * 86_400_000), settings.timeZone);
    if (settings.closedDates.includes(probe.date)) continue;
    const slots = settings.openingHours
      .filter((s) => s.weekday === probe.weekday && (day > 0 || toMinutes(s.opens) > start.minutes))
      .sort((a, b) => toMinutes(a.opens) - toMinutes(b.opens));
    const first = slots[0];
    if (first) return { date: probe.date, weekday: probe.weekday, time: first.opens };
  }
  return null;
}

/** Stored settings over the defaults: a partial or older stored object still yields a full one. */
export function withDefaults(stored: unknown): ChatSettings {
  const merged = { ...defaultChatSettings, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const parsed = chatSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultChatSettings;
}
