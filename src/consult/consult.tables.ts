import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centres, users } from '../access/access.tables.js';
import { consultChannels, consultStatuses, consultUrgencies, type FamilyDetails } from './consult-vocabulary.js';

/**
 * A professional's request for advice or a consult with a VK: from the public Kindreflex guide
 * (only what the professional chose to send) or taken by a worker on the phone, by e-mail or in
 * person. The family stays anonymous unless the professional names it; names live in `family`
 * and are shown only to the centre's consult handlers, through an audited read.
 */
export const consultRequests = pgTable(
  'consult_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Read out on the phone, e.g. KR-2026-000123 (guide) or AC-2026-000045 (taken by staff). */
    reference: text('reference').notNull().unique(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    /** Where the request came from; `kindreflex` is the public guide. */
    channel: text('channel', { enum: consultChannels }).notNull(),
    /** A professional sector (consult-vocabulary.ts) or, from the guide, the guide's sector id. */
    sector: text('sector').notNull(),
    /** Only for requests from the guide, where the professional chose the province. */
    province: text('province'),
    contentVersion: text('content_version'),
    /** Where the guide ended for the professional (an outcome id), if it came from the guide. */
    guideOutcome: text('guide_outcome'),
    observations: text('observations'),
    considerations: text('considerations'),
    decisions: text('decisions'),
    question: text('question'),
    contactPreference: text('contact_preference', { enum: ['phone', 'email', 'professional_calls'] }).notNull(),
    contactName: text('contact_name'),
    /** The professional's function (teacher, GP, …). */
    contactRole: text('contact_role'),
    contactOrganisation: text('contact_organisation'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    familyNamed: boolean('family_named').notNull().default(false),
    family: jsonb('family').$type<FamilyDetails>(),
    /** The Kindreflex step the professional is at (a step id of the guide content). */
    kindreflexStep: text('kindreflex_step'),
    urgency: text('urgency', { enum: consultUrgencies }).notNull().default('normal'),
    status: text('status', { enum: consultStatuses }).notNull().default('new'),
    assignedTo: uuid('assigned_to').references(() => users.id),
    registeredBy: uuid('registered_by').references(() => users.id),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    /** The intake report this consult became when the family became known. */
    reportId: uuid('report_id'),
    expectedResponseBy: date('expected_response_by', { mode: 'string' }).notNull(),
    /** When it was last closed (or converted into a report): retention counts from here. Null while open. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consult_requests_centre').on(t.centreId, t.createdAt),
    index('consult_requests_follow_up').on(t.centreId, t.followUpOn).where(sql`${t.status} <> 'closed'`),
    uniqueIndex('consult_requests_report').on(t.reportId),
  ],
);

/** The advice given, one entry each time: what was advised, by whom and when. */
export const consultAdvice = pgTable(
  'consult_advice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => consultRequests.id),
    text: text('text').notNull(),
    givenBy: uuid('given_by')
      .notNull()
      .references(() => users.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consult_advice_request').on(t.requestId, t.givenAt)],
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
