import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centres, users } from '../access/access.tables.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const conversationStatuses = ['waiting', 'active', 'ended'] as const;
export const endReasons = ['child_left', 'quick_exit', 'counsellor_ended', 'blocked', 'abandoned'] as const;

/**
 * One anonymous chat with a child. Nothing here identifies the child: no IP address, no account.
 * The conversation token lives in the child's browser; only its keyed hash is stored, so a copy
 * of the database cannot be used to read along.
 */
export const chatConversations = pgTable(
  'chat_conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status', { enum: conversationStatuses }).notNull().default('waiting'),
    ageBand: text('age_band'),
    topic: text('topic'),
    /** 2 = "it is urgent", 1 = "fairly urgent", 0 = "it can wait" (the child's own feeling). */
    urgency: integer('urgency').notNull().default(1),
    locale: text('locale').notNull().default('nl-BE'),
    /** The highest message sequence number: the row lock on it orders messages. */
    lastSeq: integer('last_seq').notNull().default(0),
    childDeliveredSeq: integer('child_delivered_seq').notNull().default(0),
    childReadSeq: integer('child_read_seq').notNull().default(0),
    staffDeliveredSeq: integer('staff_delivered_seq').notNull().default(0),
    staffReadSeq: integer('staff_read_seq').notNull().default(0),
    counsellorId: uuid('counsellor_id').references(() => users.id),
    queuedAt: at('queued_at').notNull().defaultNow(),
    takenAt: at('taken_at'),
    endedAt: at('ended_at'),
    endReason: text('end_reason', { enum: endReasons }),
    childSeenAt: at('child_seen_at'),
    /** Argon2id of the child's code word with a server-wide salt and pepper (so it can be looked up). */
    codeWordHash: text('code_word_hash'),
    codeWordExpiresAt: at('code_word_expires_at'),
    riskLevel: text('risk_level', { enum: ['acute'] }),
    transcriptDeletedAt: at('transcript_deleted_at'),
    /** The child answered the after-chat question (which answer is counted elsewhere, unlinked). */
    feedbackGiven: boolean('feedback_given').notNull().default(false),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('chat_conversations_queue').on(t.centreId, t.status, t.urgency, t.queuedAt),
    index('chat_conversations_counsellor').on(t.counsellorId, t.status),
    uniqueIndex('chat_conversations_code_word').on(t.codeWordHash).where(sql`${t.codeWordHash} IS NOT NULL`),
  ],
);

/**
 * Messages in the order the server accepted them (`seq`, per conversation). The browser's own id
 * (`client_id`) is unique per conversation, so a resend after a dropped connection is a no-op.
 */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => chatConversations.id),
    seq: integer('seq').notNull(),
    clientId: uuid('client_id').notNull(),
    sender: text('sender', { enum: ['child', 'counsellor', 'system'] }).notNull(),
    authorId: uuid('author_id').references(() => users.id),
    body: text('body').notNull(),
    sentAt: at('sent_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('chat_messages_client').on(t.conversationId, t.clientId), uniqueIndex('chat_messages_seq').on(t.conversationId, t.seq)],
);

/** Counsellors' private notes; never shown to the child, deleted with the transcript. */
export const chatNotes = pgTable(
  'chat_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => chatConversations.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['note', 'transfer', 'risk'] }).notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('chat_notes_conversation').on(t.conversationId, t.createdAt)],
);

/** Who is available and for how many chats. In the database so every process sees the same. */
export const chatPresence = pgTable('chat_presence', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  status: text('status', { enum: ['available', 'away'] }).notNull().default('away'),
  capacity: integer('capacity').notNull().default(2),
  /** Heartbeat of the console socket; a stale one counts as offline after a crash. */
  seenAt: at('seen_at'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** "Child in acute danger": raised by a counsellor, handled and recorded by a supervisor. */
export const chatRiskAlerts = pgTable(
  'chat_risk_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => chatConversations.id),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => users.id),
    raisedAt: at('raised_at').notNull().defaultNow(),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: at('handled_at'),
    action: text('action'),
    actionNote: text('action_note'),
  },
  (t) => [index('chat_risk_alerts_open').on(t.centreId, t.handledAt)],
);

export const chatCannedResponses = pgTable('chat_canned_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  title: text('title').notNull(),
  body: text('body').notNull(),
  sort: integer('sort').notNull().default(0),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** Time-limited blocks of abusive senders, by keyed hash of the conversation token (never identity). */
export const chatBlocks = pgTable('chat_blocks', {
  tokenHash: text('token_hash').primaryKey(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  blockedBy: uuid('blocked_by')
    .notNull()
    .references(() => users.id),
  expiresAt: at('expires_at').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Opening hours, holidays, quick-exit address and retention per chat service (content, not code). */
export const chatSettings = pgTable('chat_settings', {
  centreId: uuid('centre_id')
    .primaryKey()
    .references(() => centres.id),
  settings: jsonb('settings').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** The answers to "Heb je iets aan dit gesprek gehad?"; `rather_not` is the way out, counted too. */
export const feedbackAnswers = ['helped_a_lot', 'helped_a_bit', 'not_really', 'not_at_all', 'rather_not'] as const;
export type FeedbackAnswer = (typeof feedbackAnswers)[number];

/**
 * The after-chat answers, only as counts per centre, month and answer: no conversation, no time
 * of day, no address. A month of counts cannot be traced back to one child's chat.
 */
export const chatFeedbackCounts = pgTable(
  'chat_feedback_counts',
  {
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    /** The first day of the month (Europe/Brussels). */
    month: date('month').notNull(),
    answer: text('answer', { enum: feedbackAnswers }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.month, t.answer] })],
);
