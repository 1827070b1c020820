// The statistics layer. Nothing here identifies a person: facts carry a day (never a time), a
// centre (an organisation) and coded dimensions; no free text, no ids of reports, cases or people.
// These tables have no foreign key to operational tables on purpose: purging personal data must
// leave the statistics intact.
import { bigserial, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centres, users } from '../access/access.tables.js';

/** The coded dimensions every fact may carry; '' means "not applicable / unknown". */
export const factDimensionNames = ['channel', 'ageBand', 'gender', 'category', 'urgency', 'outcome', 'track', 'detail'] as const;
export type FactDimensionName = (typeof factDimensionNames)[number];

const dimension = (name: string) => text(name).notNull().default('');

/**
 * One anonymous fact: "on this day, at this centre, one report of this kind happened" or "a first
 * contact took 2.5 days". `event_key` is a one-way digest of the source record's identity, so the
 * live feed and a backfill never count the same event twice; it cannot be turned back into the
 * record, and once the record is purged it points nowhere.
 */
export const monitoringFacts = pgTable(
  'monitoring_facts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    channel: dimension('channel'),
    ageBand: dimension('age_band'),
    gender: dimension('gender'),
    category: dimension('category'),
    urgency: dimension('urgency'),
    outcome: dimension('outcome'),
    track: dimension('track'),
    detail: dimension('detail'),
    value: doublePrecision('value').notNull(),
    eventKey: text('event_key'),
  },
  (t) => [uniqueIndex('monitoring_facts_event').on(t.kind, t.eventKey), index('monitoring_facts_kind_day').on(t.kind, t.day)],
);

/**
 * Facts summed per kind, month, centre, dimensions and value bucket, kept up to date by upsert in
 * the same transaction as the fact. Dashboards read only this table. The bucket keeps a histogram
 * of durations (medians need a distribution, not a sum); counting facts use bucket 0.
 */
export const monitoringAggregates = pgTable(
  'monitoring_aggregates',
  {
    kind: text('kind').notNull(),
    /** `YYYY-MM` */
    month: text('month').notNull(),
    centreId: uuid('centre_id').notNull(),
    channel: dimension('channel'),
    ageBand: dimension('age_band'),
    gender: dimension('gender'),
    category: dimension('category'),
    urgency: dimension('urgency'),
    outcome: dimension('outcome'),
    track: dimension('track'),
    detail: dimension('detail'),
    bucket: doublePrecision('bucket').notNull().default(0),
    facts: integer('facts').notNull(),
    total: doublePrecision('total').notNull(),
  },
  (t) => [
    primaryKey({ name: 'monitoring_aggregates_pk', columns: [t.kind, t.month, t.centreId, t.channel, t.ageBand, t.gender, t.category, t.urgency, t.outcome, t.track, t.detail, t.bucket] }),
    index('monitoring_aggregates_kind_month').on(t.kind, t.month),
  ],
);

/**
 * The aggregates summed over every dimension: per kind, month, centre and value bucket. An
 * indicator term without a filter (most series, every fact denominator, medians) reads these few
 * rows instead of all dimension combinations. Kept by a trigger on `monitoring_aggregates`
 * (migration `monitoring_totals`), so every writer of aggregates keeps it right without knowing.
 */
export const monitoringTotals = pgTable(
  'monitoring_totals',
  {
    kind: text('kind').notNull(),
    month: text('month').notNull(),
    centreId: uuid('centre_id').notNull(),
    bucket: doublePrecision('bucket').notNull().default(0),
    facts: integer('facts').notNull(),
    total: doublePrecision('total').notNull(),
  },
  (t) => [primaryKey({ name: 'monitoring_totals_pk', columns: [t.kind, t.month, t.centreId, t.bucket] })],
);

/**
 * Filtered indicator terms that are pre-aggregated (e.g. contacts by chat with young people aged
 * 12–17): registered on first use by `term-totals.ts`, then kept by the same trigger as the totals.
 * `filter` maps aggregate column names to the accepted codes.
 */
export const monitoringTerms = pgTable(
  'monitoring_terms',
  {
    term: text('term').primaryKey(),
    kind: text('kind').notNull(),
    filter: jsonb('filter').$type<Record<string, string[]>>().notNull(),
  },
  (t) => [index('monitoring_terms_kind').on(t.kind)],
);

/** Per registered term: its aggregates summed per month, centre and bucket (like the totals). */
export const monitoringTermTotals = pgTable(
  'monitoring_term_totals',
  {
    term: text('term').notNull(),
    month: text('month').notNull(),
    centreId: uuid('centre_id').notNull(),
    bucket: doublePrecision('bucket').notNull().default(0),
    facts: integer('facts').notNull(),
    total: doublePrecision('total').notNull(),
  },
  (t) => [primaryKey({ name: 'monitoring_term_totals_pk', columns: [t.term, t.month, t.centreId, t.bucket] })],
);

/** Targets per indicator, period (`2026`, `2026-Q1`, `2026-03`) and region (`VL` or a province code). */
export const monitoringTargets = pgTable(
  'monitoring_targets',
  {
    indicatorId: text('indicator_id').notNull(),
    period: text('period').notNull(),
    region: text('region').notNull(),
    target: doublePrecision('target').notNull(),
    /** Within this distance of the target (same unit) the light is amber, beyond it red. */
    tolerance: doublePrecision('tolerance').notNull(),
    setBy: uuid('set_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.period, t.region] })],
);

/**
 * Data from other registries (police, youth care, hospitals, ITP): either aggregated counts or the
 * capture-history table that linking CLK encodings produced. Encodings themselves are never kept:
 * only the overlap counts per year leave the import.
 */
export const monitoringRegistryImports = pgTable('monitoring_registry_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  registry: text('registry').notNull(),
  format: text('format', { enum: ['counts', 'capture', 'encoded'] }).notNull(),
  year: integer('year').notNull(),
  fileName: text('file_name').notNull(),
  acceptedLines: integer('accepted_lines').notNull(),
  rejectedLines: integer('rejected_lines').notNull(),
  /** counts: `{ counts: [{ region, measure, count }] }`; capture/encoded: `{ sources, histories }`. Aggregates only. */
  summary: jsonb('summary').notNull(),
  importedBy: uuid('imported_by').references(() => users.id),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Capture histories per year across registries (`history` is a 0/1 string over `sources`). */
export const monitoringCaptureCounts = pgTable(
  'monitoring_capture_counts',
  {
    year: integer('year').notNull(),
    sources: text('sources').notNull(),
    history: text('history').notNull(),
    count: integer('count').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.sources, t.history] })],
);

/** A population survey's ACE score distribution (weighted shares with the unweighted sample size). */
export const monitoringSurveys = pgTable('monitoring_surveys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  year: integer('year').notNull(),
  instrument: text('instrument').notNull(),
  sampleSize: integer('sample_size').notNull(),
  /** Kish design effect from the weights (1 = simple random sample). */
  designEffect: doublePrecision('design_effect').notNull(),
  /** Weighted share per ACE score 0, 1, 2, 3, ≥ 4 (sums to 1). */
  scoreShares: jsonb('score_shares').$type<number[]>().notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
