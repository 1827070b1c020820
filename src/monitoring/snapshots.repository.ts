// Levels that are not events (how many cases are open, how many workers carry them, how long the
// waiting list is) are taken as a monthly snapshot per centre. Retaking it in the same month
// replaces that month's value, so the month shows its latest state.
import { rows, sql, type Queryable } from '../platform/db.js';
import { brusselsDay, recordFact, replaceFact } from './facts.service.js';

/** A waiting time beyond this many days counts as "waiting more than three months". */
export const LONG_WAIT_DAYS = 91;

interface CentreLevels {
  centre_id: string;
  open_cases: number | string;
  waiting: number | string;
  waiting_long: number | string;
  workers: number | string;
}

async function tableExists(q: Queryable, name: string): Promise<boolean> {
  const found = await rows<{ present: boolean }>(q, sql`SELECT to_regclass(${`public.${name}`}) IS NOT NULL AS present`);
  return found[0]?.present === true;
}

export async function takeMonthlySnapshots(q: Queryable, now = new Date()): Promise<number> {
  if (!(await tableExists(q, 'cases'))) return 0;
  const day = brusselsDay(now);
  const month = day.slice(0, 7);
  const levels = await rows<CentreLevels>(
    q,
    sql`SELECT ce.id AS centre_id,
          (SELECT count(*) FROM cases k WHERE k.centre_id = ce.id AND k.status <> 'closed') AS open_cases,
          (SELECT count(*) FROM cases k WHERE k.centre_id = ce.id AND k.status = 'waiting') AS waiting,
          (SELECT count(*) FROM cases k WHERE k.centre_id = ce.id AND k.status = 'waiting'
             AND k.received_at < ${now.toISOString()}::timestamptz - make_interval(days => ${LONG_WAIT_DAYS})) AS waiting_long,
          (SELECT count(*) FROM users u WHERE u.centre_id = ce.id AND u.disabled_at IS NULL AND u.is_demo = false
             AND u.role IN ('caseworker', 'team_lead')) AS workers
        FROM centres ce WHERE ce.kind = 'vk'`,
  );
  for (const level of levels) {
    const snapshot = async (kind: string, value: number | string): Promise<void> =>
      replaceFact(q, { kind, day, centreId: level.centre_id, value: Number(value), eventSource: `snapshot:${month}:${level.centre_id}` });
    await snapshot('open_cases', level.open_cases);
    await snapshot('waiting_list', level.waiting);
    await snapshot('waiting_long', level.waiting_long);
    await snapshot('active_workers', level.workers);
  }
  await snapshotReferralsWaiting(q, day);
  return levels.length;
}

/**
 * Referrals to partners still waiting (sent, accepted or on the partner's waiting list, not
 * started, refused or withdrawn) for more than three months, per VK at the end of each month —
 * read from the referrals' own status and dates, so past months are reconstructed exactly and the
 * current month is the level of today. Past months already recorded are left as they are.
 */
async function snapshotReferralsWaiting(q: Queryable, today: string): Promise<void> {
  if (!(await tableExists(q, 'referrals'))) return;
  const levels = await rows<{ month: string; centre_id: string; waiting: number | string; day: string }>(
    q,
    sql`WITH months AS (
          SELECT to_char(m, 'YYYY-MM') AS month, least((m + interval '1 month' - interval '1 day')::date, ${today}::date) AS day
          FROM generate_series(date_trunc('month', (SELECT min(sent_on) FROM referrals)), date_trunc('month', ${today}::date), interval '1 month') AS m)
        SELECT months.month, to_char(months.day, 'YYYY-MM-DD') AS day, ce.id AS centre_id,
          (SELECT count(*) FROM referrals x JOIN cases k ON k.id = x.case_id
            WHERE k.centre_id = ce.id AND x.sent_on < months.day - ${LONG_WAIT_DAYS}::int
              AND (x.started_on IS NULL OR x.started_on > months.day) AND (x.closed_on IS NULL OR x.closed_on > months.day)
              AND (months.day < ${today}::date OR x.status IN ('sent', 'accepted', 'waiting'))) AS waiting
        FROM months CROSS JOIN centres ce WHERE ce.kind = 'vk'`,
  );
  const current = today.slice(0, 7);
  for (const level of levels) {
    const fact = { kind: 'referral_waiting_long', day: level.day, centreId: level.centre_id, value: Number(level.waiting), eventSource: `snapshot:${level.month}:${level.centre_id}` };
    if (level.month === current) await replaceFact(q, fact);
    else await recordFact(q, fact);
  }
}
