// A hand-off: a registered contact (a chat or a 1712 call) passed on to a VK, which receives it as
// an intake report, or to a CAW for an adult. Like a disclosure it records who passed what to whom,
// when, and on which basis; unlike a disclosure it lives with the contact, not with a case file.
import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centres, users } from '../access/access.tables.js';
import { caseReports } from '../cases/intake/intake.tables.js';
import { contactRegistrations } from '../contacts/contacts.tables.js';
import { partners } from '../partners/partners.tables.js';

export const handoffTargets = ['vk', 'caw'] as const;
export type HandoffTarget = (typeof handoffTargets)[number];
/** Who agreed to the hand-off: the child in a chat, the caller (or a parent) on the phone. */
export const consentGivers = ['child', 'caller', 'parent'] as const;

export const contactHandoffs = pgTable(
  'contact_handoffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contactRegistrations.id),
    /** The chat service or the hotline that passed it on. */
    fromCentreId: uuid('from_centre_id')
      .notNull()
      .references(() => centres.id),
    target: text('target', { enum: handoffTargets }).notNull(),
    /** The receiving VK, or null for a CAW. */
    toCentreId: uuid('to_centre_id').references(() => centres.id),
    /** The CAW from the partner directory, or null for a VK. */
    partnerId: uuid('partner_id').references(() => partners.id),
    /** The recipient's name as it was at the time (the directory may change later). */
    recipientName: text('recipient_name').notNull(),
    /** The intake report the VK received. */
    reportId: uuid('report_id').references(() => caseReports.id),
    consent: boolean('consent').notNull(),
    consentBy: text('consent_by', { enum: consentGivers }),
    transcriptShared: boolean('transcript_shared').notNull(),
    /** `consent`, or the basis for passing it on without (art. 458bis, state of necessity). */
    legalBasis: text('legal_basis').notNull(),
    basisReason: text('basis_reason').notNull().default(''),
    /** When retention emptied the reason (handoff-retention.ts); the coded legal basis stays. */
    reasonPurgedAt: timestamp('reason_purged_at', { withTimezone: true }),
    handedOffBy: uuid('handed_off_by')
      .notNull()
      .references(() => users.id),
    handedOffAt: timestamp('handed_off_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Once per contact and kind of recipient: a second click cannot send the child's story twice.
    uniqueIndex('contact_handoffs_once').on(t.contactId, t.target),
    // The rules hold in the database too: no transcript without consent, no silence about the basis.
    check('contact_handoffs_transcript', sql`not ${t.transcriptShared} or ${t.consent}`),
    // Once retention has emptied the reason, only the coded basis is left to account for it.
    check('contact_handoffs_basis', sql`${t.consent} = (${t.legalBasis} = 'consent') and (${t.consent} or length(btrim(${t.basisReason})) > 0 or ${t.reasonPurgedAt} is not null)`),
  ],
);
