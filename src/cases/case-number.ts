// Case numbers such as VK-ANT-2026-00042: the centre, the year and a running number, so a
// worker can read one out on the phone. The counter row is updated atomically per centre-year.
import { sql } from 'drizzle-orm';
import { one, type Queryable } from '../platform/db.js';

/** Short centre codes as the VKs write them; unknown centres get the first letters of their code. */
const shortCodes: Record<string, string> = {
  'vk-antwerpen': 'ANT',
  'vk-limburg': 'LIM',
  'vk-oost-vlaanderen': 'OVL',
  'vk-west-vlaanderen': 'WVL',
  'vk-vlaams-brabant': 'VBR',
  'vk-brussel': 'BRU',
};

export function centreShortCode(code: string): string {
  return shortCodes[code] ?? code.replace(/^vk-/, '').replace(/[^a-z]/gi, '').slice(0, 3).toUpperCase();
}

export function formatCaseNumber(centreCode: string, year: number, running: number): string {
  return `VK-${centreShortCode(centreCode)}-${year}-${String(running).padStart(5, '0')}`;
}

/** Reserves `count` consecutive numbers and returns the first. */
export async function reserveCaseNumbers(q: Queryable, centreId: string, year: number, count = 1): Promise<number> {
  const row = await one<{ last: number }>(
    q,
    sql`INSERT INTO case_number_counters (centre_id, year, last) VALUES (${centreId}, ${year}, ${count})
        ON CONFLICT (centre_id, year) DO UPDATE SET last = case_number_counters.last + ${count}
        RETURNING last`,
  );
  return Number(row!.last) - count + 1;
}
