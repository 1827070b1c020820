// The services a VK works with, the referrals it makes to them and every disclosure of case
// information to anyone outside the case team. Professional secrecy is the rule, so a disclosure
// row cannot exist without a legal basis, a reason and an answer to "was the family informed?".
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../access/access.tables.js';
import { cases } from '../cases/cases.tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const partnerKinds = ['youth_care', 'itp', 'ocj', 'caw', 'mental_health', 'police', 'prosecutor', 'zsg', 'fjc', 'school', 'medical', 'other'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** The directory: organisations, never people's private details. `province` null = all of Flanders. */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: partnerKinds }).notNull(),
    province: text('province'),
    city: text('city').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    /** Practical notes: how to refer, opening hours, current waiting time as they announce it. */
    notes: text('notes').notNull().default(''),
    active: boolean('active').notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('partners_name_province').on(t.name, sql`coalesce(${t.province}, '')`), index('partners_kind_province').on(t.kind, t.province)],
);

/** Art. 458bis/458ter of the Criminal Code, consent, state of necessity and MANO (DOMAIN.md). */
export const legalBases = ['consent', '458bis_a', '458bis_b', '458ter', 'state_of_necessity', 'mano'] as const;
export type LegalBasis = (typeof legalBases)[number];
export const disclosureSources = ['manual', 'referral', 'recovery_plan', 'mano_letter'] as const;
export type DisclosureSource = (typeof disclosureSources)[number];

export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    partnerId: uuid('partner_id').references(() => partners.id),
    /** The recipient as known at the time (the directory may change later). */
    recipientName: text('recipient_name').notNull(),
    recipientKind: text('recipient_kind', { enum: partnerKinds }).notNull(),
    legalBasis: text('legal_basis', { enum: legalBases }).notNull(),
    reason: text('reason').notNull(),
    /** What was shared, described (not copied): "veiligheidsplan versie 3, doelen herstelplan". */
    information: text('information').notNull(),
    disclosedOn: date('disclosed_on').notNull(),
    familyInformed: boolean('family_informed').notNull(),
    familyInformedOn: date('family_informed_on'),
    /** Why the family was not (yet) told, e.g. telling them would put the child in danger. */
    notInformedReason: text('not_informed_reason').notNull().default(''),
    source: text('source', { enum: disclosureSources }).notNull().default('manual'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('disclosures_case').on(t.caseId, t.disclosedOn),
    // The rules hold in the database too, whatever code writes the row.
    check('disclosures_legal_basis', sql`${t.legalBasis} in (${inList(legalBases)})`),
    check('disclosures_reason', sql`length(btrim(${t.reason})) > 0`),
    check('disclosures_family', sql`${t.familyInformed} or length(btrim(${t.notInformedReason})) > 0`),
  ],
);

export const referralStatuses = ['sent', 'accepted', 'waiting', 'started', 'refused', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    /** What the family needs from this service. */
    reason: text('reason').notNull(),
    status: text('status', { enum: referralStatuses }).notNull().default('sent'),
    sentOn: date('sent_on').notNull(),
    acceptedOn: date('accepted_on'),
    startedOn: date('started_on'),
    closedOn: date('closed_on'),
    /** The partner's answer when it refuses, or why the VK withdrew. */
    statusNote: text('status_note').notNull().default(''),
    /** A referral that sends case information carries its disclosure, written in the same transaction. */
    disclosureId: uuid('disclosure_id').references(() => disclosures.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('referrals_case').on(t.caseId), index('referrals_partner_status').on(t.partnerId, t.status)],
);

/** Every status a referral passed through, with its date: the waiting time is read from here. */
export const referralStatusChanges = pgTable(
  'referral_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    status: text('status', { enum: referralStatuses }).notNull(),
    changedOn: date('changed_on').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('referral_status_changes_referral').on(t.referralId)],
);
