import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centres, users } from '../access/access.tables.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One registered contact (a chat or a 1712 call). Anonymous by design: it describes the contact,
 * not the person. It outlives the chat transcript (retention deletes the messages, not this).
 */
export const contactRegistrations = pgTable(
  'contact_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    channel: text('channel', { enum: ['chat', 'phone'] }).notNull(),
    /** The chat it belongs to (no foreign key: contacts do not depend on the chat's tables). */
    conversationId: uuid('conversation_id'),
    registeredBy: uuid('registered_by')
      .notNull()
      .references(() => users.id),
    contactAt: at('contact_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    callerRole: text('caller_role').notNull(),
    anonymous: boolean('anonymous').notNull(),
    ageBand: text('age_band').notNull(),
    gender: text('gender').notNull(),
    relationToChild: text('relation_to_child').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    violenceForms: jsonb('violence_forms').$type<string[]>().notNull(),
    urgency: text('urgency').notNull(),
    advice: text('advice').notNull(),
    referral: text('referral').notNull(),
    /** HMAC (server key) of a caller-given code or phone number: recognisable, not readable. */
    repeatKey: text('repeat_key'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('contact_registrations_repeat').on(t.centreId, t.repeatKey),
    index('contact_registrations_centre').on(t.centreId, t.contactAt),
    uniqueIndex('contact_registrations_conversation').on(t.conversationId),
  ],
);

/**
 * A centre's own taxonomy (themes, forms of violence, referrals). Without rows, the built-in
 * default applies; team leads change it as content, without a programmer.
 */
export const contactTaxonomyTerms = pgTable(
  'contact_taxonomy_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    kind: text('kind', { enum: ['theme', 'violence_form', 'referral'] }).notNull(),
    code: text('code').notNull(),
    labelNl: text('label_nl').notNull(),
    labelEn: text('label_en').notNull(),
    active: boolean('active').notNull().default(true),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [uniqueIndex('contact_taxonomy_terms_code').on(t.centreId, t.kind, t.code)],
);
