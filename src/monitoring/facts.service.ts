// The public door into the statistics layer. Other capabilities call `recordFact` inside their own
// transaction when something countable happens (a report arrives, a first contact is made, a chat
// ends); the fact and its monthly aggregate are written in that same transaction, so a change
// that rolls back leaves no statistic behind, and a dashboard never recomputes from raw data.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { rows, sql, type Queryable } from '../platform/db.js';
import { factDimensionNames, type FactDimensionName } from './monitoring.tables.js';
import { rebuildTermTotals } from './term-totals.js';

export type FactDimensions = Partial<Record<FactDimensionName, string>>;

export interface FactInput {
  /** What happened, e.g. `report`, `first_contact`, `contact` (see README.md for the catalogue). */
  kind: string;
  /** The day it happened: a `YYYY-MM-DD` string or an instant (taken as the day in Brussels). */
  day: string | Date;
  centreId: string;
  /** Codes only (`acute`, `12-17`, `chat`), never free text. */
  dimensions?: FactDimensions;
  /** 1 for a count; a duration in days; a level for snapshots. */
  value?: number;
  /**
   * The identity of the source event (e.g. `case_reports:<id>`), stored only as a one-way digest:
   * recording the same event twice (live and again by a backfill) counts it once.
   */
  eventSource?: string;
}

const KIND = /^[a-z][a-z0-9_]{0,47}$/;
/** Codes, age bands and ISO-like values; refusing anything else keeps free text out of the layer. */
const CODE = /^[A-Za-z0-9_.+-]{0,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EVENT_KEY_PREFIX = 'schakel-monitoring-v1|';

export class FactError extends Error {}

/** `YYYY-MM-DD` of an instant in Brussels: facts never hold a time of day. */
export function brusselsDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Same digest as the SQL in backfill.repository.ts (`eventKeySql`). */
export function eventKeyOf(kind: string, source: string): string {
  return createHash('sha256').update(`${EVENT_KEY_PREFIX}${kind}|${source}`, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Durations keep a histogram (medians need a distribution, not a sum): 0.1 day below two days,
 * whole days up to a month, weeks up to a year, then 30-day steps. Counts (value 1) share one
 * bucket. One SQL expression serves the upsert and `rebuildAggregates`, so both agree to the bit.
 */
export function bucketSql(value: SQL): SQL {
  return sql`(CASE WHEN ${value} < 2 THEN round(${value}::numeric, 1) WHEN ${value} < 30 THEN round(${value}::numeric)
    WHEN ${value} < 365 THEN round(${value}::numeric / 7) * 7 ELSE round(${value}::numeric / 30) * 30 END)::double precision`;
}

interface CheckedFact {
  kind: string;
  day: string;
  centreId: string;
  dims: Record<FactDimensionName, string>;
  value: number;
  eventKey: string | null;
}

function checkFact(input: FactInput): CheckedFact {
  if (!KIND.test(input.kind)) throw new FactError(`fact kind "${input.kind}" is not a code`);
  const day = input.day instanceof Date ? brusselsDay(input.day) : input.day;
  if (!DAY.test(day)) throw new FactError(`fact day "${day}" is not YYYY-MM-DD`);
  const value = input.value ?? 1;
  if (!Number.isFinite(value)) throw new FactError('fact value must be a finite number');
  const dims = Object.fromEntries(factDimensionNames.map((name) => [name, input.dimensions?.[name] ?? ''])) as Record<FactDimensionName, string>;
  for (const [name, code] of Object.entries(dims)) {
    if (!CODE.test(code)) throw new FactError(`dimension ${name} must be a code, not free text`);
  }
  for (const name of Object.keys(input.dimensions ?? {})) {
    if (!(factDimensionNames as readonly string[]).includes(name)) throw new FactError(`unknown dimension ${name}`);
  }
  return { kind: input.kind, day, centreId: input.centreId, dims, value, eventKey: input.eventSource === undefined ? null : eventKeyOf(input.kind, input.eventSource) };
}

async function adjustAggregate(q: Queryable, fact: CheckedFact, sign: 1 | -1): Promise<void> {
  const d = fact.dims;
  const month = fact.day.slice(0, 7);
  const key = sql`${fact.kind}, ${month}, ${fact.centreId}, ${d.channel}, ${d.ageBand}, ${d.gender}, ${d.category}, ${d.urgency}, ${d.outcome}, ${d.track}, ${d.detail}, ${bucketSql(sql`${fact.value}::double precision`)}`;
  await q.execute(sql`
    INSERT INTO monitoring_aggregates (kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total)
    VALUES (${key}, ${sign}, ${sign * fact.value})
    ON CONFLICT ON CONSTRAINT monitoring_aggregates_pk
    DO UPDATE SET facts = monitoring_aggregates.facts + EXCLUDED.facts, total = monitoring_aggregates.total + EXCLUDED.total`);
  if (sign === -1) {
    await q.execute(sql`DELETE FROM monitoring_aggregates WHERE facts <= 0 AND (kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket) = (${key})`);
  }
}

/**
 * Records one fact and updates its aggregate. Returns false when the event was already recorded.
 * Call it with the caller's transaction (`tx`).
 */
export async function recordFact(q: Queryable, input: FactInput): Promise<boolean> {
  const fact = checkFact(input);
  const d = fact.dims;
  const inserted = await rows<{ id: number }>(
    q,
    sql`INSERT INTO monitoring_facts (kind, day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value, event_key)
        VALUES (${fact.kind}, ${fact.day}, ${fact.centreId}, ${d.channel}, ${d.ageBand}, ${d.gender}, ${d.category}, ${d.urgency}, ${d.outcome}, ${d.track}, ${d.detail}, ${fact.value}, ${fact.eventKey})
        ON CONFLICT (kind, event_key) DO NOTHING RETURNING id`,
  );
  if (inserted.length === 0) return false;
  await adjustAggregate(q, fact, 1);
  return true;
}

interface StoredFact {
  kind: string;
  day: string;
  centre_id: string;
  channel: string;
  age_band: string;
  gender: string;
  category: string;
  urgency: string;
  outcome: string;
  track: string;
  detail: string;
  value: number;
}

/** Withdraws a recorded event (e.g. a snapshot replaced, a registration corrected). */
export async function retractFact(q: Queryable, kind: string, eventSource: string): Promise<boolean> {
  const removed = await rows<StoredFact>(
    q,
    sql`DELETE FROM monitoring_facts WHERE kind = ${kind} AND event_key = ${eventKeyOf(kind, eventSource)}
        RETURNING kind, to_char(day, 'YYYY-MM-DD') AS day, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, value`,
  );
  for (const f of removed) {
    const dims = { channel: f.channel, ageBand: f.age_band, gender: f.gender, category: f.category, urgency: f.urgency, outcome: f.outcome, track: f.track, detail: f.detail };
    await adjustAggregate(q, { kind: f.kind, day: f.day, centreId: f.centre_id, dims, value: Number(f.value), eventKey: null }, -1);
  }
  return removed.length > 0;
}

/** Replaces a fact for the same event: snapshots (open cases this month) move as they are retaken. */
export async function replaceFact(q: Queryable, input: FactInput & { eventSource: string }): Promise<void> {
  await retractFact(q, input.kind, input.eventSource);
  await recordFact(q, input);
}

/**
 * Recomputes the aggregates of every kind and month that has facts: after a bulk load, or to
 * repair. Months known only as aggregates (history loaded before facts existed) are left alone.
 */
export async function rebuildAggregates(q: Queryable): Promise<void> {
  await q.transaction(async (tx) => {
    // Row by row, the totals trigger would redo the whole table one upsert at a time: recompute
    // the totals once at the end instead.
    await tx.execute(sql`SELECT set_config('schakel.rebuilding_totals', 'on', true)`);
    await tx.execute(sql`DELETE FROM monitoring_aggregates a
      WHERE EXISTS (SELECT 1 FROM monitoring_facts f WHERE f.kind = a.kind AND f.day >= to_date(a.month, 'YYYY-MM') AND f.day < to_date(a.month, 'YYYY-MM') + interval '1 month')`);
    await tx.execute(sql`
      INSERT INTO monitoring_aggregates (kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total)
      SELECT kind, to_char(day, 'YYYY-MM'), centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, ${bucketSql(sql`value`)}, count(*), sum(value)
      FROM monitoring_facts
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`);
    await tx.execute(sql`DELETE FROM monitoring_totals`);
    await tx.execute(sql`INSERT INTO monitoring_totals (kind, month, centre_id, bucket, facts, total)
      SELECT kind, month, centre_id, bucket, sum(facts), sum(total) FROM monitoring_aggregates GROUP BY 1, 2, 3, 4`);
    await rebuildTermTotals(tx);
    await tx.execute(sql`SELECT set_config('schakel.rebuilding_totals', 'off', true)`);
  });
  // After a bulk change the planner's statistics are stale; without them it sorts on disk where a
  // hash aggregate would do (measured on 10 million facts: dashboard series 3–4× slower without).
  await q.execute(sql`ANALYZE monitoring_aggregates`);
  await q.execute(sql`ANALYZE monitoring_totals`);
  await q.execute(sql`ANALYZE monitoring_term_totals`);
}
