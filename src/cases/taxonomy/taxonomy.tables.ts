import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The words of case work as data, not as enums in code: problem categories, forms of
 * maltreatment, specific contexts, urgency levels (with their deadlines) and closure outcomes.
 * A centre adapts them without a programmer (DOMAIN.md, "adapt to local practice"); a term that
 * is no longer used is deactivated, never deleted, because old records still carry its code.
 */
export const caseTaxonomyTerms = pgTable(
  'case_taxonomy_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
    /** Kind-specific settings, e.g. an urgency's first-contact and follow-up deadlines. */
    settings: jsonb('settings'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_taxonomy_kind_code').on(t.kind, t.code)],
);
