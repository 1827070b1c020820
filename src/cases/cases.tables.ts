import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { centres, teams, users } from '../access/access.tables.js';
import type { CaseEventKind } from './case-event-kinds.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic locking: every save names the version it started from (see versioned.ts). */
const version = () => integer('version').notNull().default(1);

export const caseStatuses = ['waiting', 'active', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
/** MANO cases follow their own legal track (DOMAIN.md, MANO); everything else is `case`. */
export const caseTracks = ['case', 'mano'] as const;
export type CaseTrack = (typeof caseTracks)[number];

/**
 * A case file opened by a VK. It belongs to one centre and one team; who may open it is decided
 * by case.policy.ts alone. Category, forms, contexts, urgency and closure outcome are taxonomy
 * codes (taxonomy.tables.ts).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    /** e.g. VK-ANT-2026-00042: readable on the phone, unique per centre and year. */
    number: text('number').notNull().unique(),
    track: text('track', { enum: caseTracks }).notNull().default('case'),
    status: text('status', { enum: caseStatuses }).notNull().default('waiting'),
    urgency: text('urgency').notNull(),
    problemCategory: text('problem_category').notNull(),
    forms: text('forms').array().notNull().default(sql`'{}'::text[]`),
    contexts: text('contexts').array().notNull().default(sql`'{}'::text[]`),
    ownerId: uuid('owner_id').references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the concern reached the VK: waiting time and deadlines count from here. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    firstContactDueAt: timestamp('first_contact_due_at', { withTimezone: true }).notNull(),
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    followUpDueAt: timestamp('follow_up_due_at', { withTimezone: true }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closureOutcome: text('closure_outcome'),
    closureNote: text('closure_note'),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    /**
     * Set when retention purged the case file after its period: what is left is a tombstone with
     * codes and dates only (src/retention), so audit entries and statistics still resolve.
     */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
    /** The worker's own summary of the child's story (Signs of Safety's three columns). */
    worries: text('worries').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cases_team_status').on(t.teamId, t.status),
    index('cases_owner_status').on(t.ownerId, t.status),
    index('cases_centre_status').on(t.centreId, t.status),
  ],
);

/** Colleagues assigned to a case besides its owner (the case team). */
export const caseMembers = pgTable(
  'case_members',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_members_user').on(t.userId)],
);

export const personKinds = ['child', 'parent', 'family', 'network', 'professional'] as const;
export type PersonKind = (typeof personKinds)[number];

/** Everyone around the child: the children themselves, family, network and professionals. */
export const casePersons = pgTable(
  'case_persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: personKinds }).notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    /** Lower-cased full name for trigram search (stored; PostgreSQL 15 has no virtual columns). */
    searchName: text('search_name').generatedAlwaysAs(sql`lower(first_name || ' ' || last_name)`),
    dateOfBirth: date('date_of_birth'),
    /** An unborn child is a child (prenatal maltreatment); it has an expected date instead. */
    unborn: boolean('unborn').notNull().default(false),
    expectedBirth: date('expected_birth'),
    /** How this person stands to the child in the worker's words: "mama", "klasleraar". */
    roleLabel: text('role_label').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    phone: text('phone').notNull().default(''),
    livesWithChild: boolean('lives_with_child'),
    notes: text('notes').notNull().default(''),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_persons_case').on(t.caseId),
    // The name search looks up each typed word's spellings in `person_name_words`, then finds the
    // people whose name holds one spelling of every word through this index (see search.service);
    // person_search_words (migration 0015) is the name's words plus the surname written as one.
    index('case_persons_search_words').using('gin', sql`person_search_words(${t.firstName}, ${t.lastName})`),
    index('case_persons_birth').on(t.dateOfBirth),
  ],
);

/**
 * Every word that occurs in a person's search name, once: a few thousand words against millions
 * of people, so a misspelled word is matched by trigram here, not against every name. Kept by a
 * trigger on `case_persons` (migration 0015); words no person uses any more are pruned by the
 * retention job (pruneNameWords).
 */
export const personNameWords = pgTable(
  'person_name_words',
  { word: text('word').primaryKey() },
  (t) => [index('person_name_words_trgm').using('gin', t.word.op('gin_trgm_ops'))],
);

export const relationKinds = ['parent', 'step_parent', 'foster_parent', 'guardian', 'grandparent', 'partner', 'ex_partner', 'sibling', 'half_sibling', 'other'] as const;
export type RelationKind = (typeof relationKinds)[number];

/** "from is <kind> of to", e.g. the mother is `parent` of the child: the genogram's lines. */
export const caseRelations = pgTable(
  'case_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromPersonId: uuid('from_person_id')
      .notNull()
      .references(() => casePersons.id),
    toPersonId: uuid('to_person_id')
      .notNull()
      .references(() => casePersons.id),
    kind: text('kind', { enum: relationKinds }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_relations_case').on(t.caseId)],
);

export const noteKinds = ['contact', 'observation', 'consultation', 'decision', 'other'] as const;
export type NoteKind = (typeof noteKinds)[number];

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: noteKinds }).notNull().default('other'),
    /** The day the note is about (a home visit last Tuesday), not when it was typed. */
    concernsDate: date('concerns_date').notNull(),
    body: text('body').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('case_notes_case').on(t.caseId, t.createdAt)],
);

/**
 * The generated chronology: everything that happened to a case, written by the services in the
 * same transaction as the change. `details` holds codes, ids and field names only, so the
 * timeline can be shown (and later exported) without leaking what was typed.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    kind: text('kind').$type<CaseEventKind>().notNull(),
    recordType: text('record_type'),
    recordId: uuid('record_id'),
    /** The version the change produced: conflict answers list what changed since a version. */
    recordVersion: integer('record_version'),
    details: jsonb('details'),
  },
  (t) => [index('case_events_case').on(t.caseId, t.occurredAt), index('case_events_record').on(t.recordId, t.recordVersion)],
);

/** Gap-free case numbers per centre and year, taken under a row lock. */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.year] })],
);

/** How many open cases a worker can carry; the team lead plans the waiting list with it. */
export const caseCapacity = pgTable('case_capacity', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  capacity: integer('capacity').notNull(),
  version: version(),
  updatedAt: updatedAt(),
});
