import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { centres } from '../access/access.tables.js';

/**
 * A professional's request for advice or a consult with a VK. It holds only what the professional
 * chose to send: the family stays anonymous, and the summary fields are their own words.
 * The full advice-and-consult workflow (assignment, answer, closing) builds on this table.
 */
export const consultRequests = pgTable(
  'consult_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Read out on the phone, e.g. KR-2026-000123. */
    reference: text('reference').notNull().unique(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    /** Where the request came from; `kindreflex` is the public guide. */
    channel: text('channel', { enum: ['kindreflex'] }).notNull(),
    sector: text('sector').notNull(),
    province: text('province').notNull(),
    contentVersion: text('content_version'),
    /** Where the guide ended for the professional (an outcome id), if it came from the guide. */
    guideOutcome: text('guide_outcome'),
    observations: text('observations'),
    considerations: text('considerations'),
    decisions: text('decisions'),
    question: text('question'),
    contactPreference: text('contact_preference', { enum: ['phone', 'email', 'professional_calls'] }).notNull(),
    contactName: text('contact_name'),
    contactOrganisation: text('contact_organisation'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    status: text('status', { enum: ['new'] }).notNull().default('new'),
    expectedResponseBy: date('expected_response_by', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consult_requests_centre').on(t.centreId, t.createdAt)],
);

/** Running numbers per reference prefix and year, updated atomically. */
export const consultReferenceCounters = pgTable(
  'consult_reference_counters',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);
