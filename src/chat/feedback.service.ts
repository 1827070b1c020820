// The one optional question after a chat ("Heb je iets aan dit gesprek gehad?"). The answer is
// added to a count per centre and month, never stored with the chat: the conversation keeps only
// that it answered (so it cannot answer twice), and the retention job clears even that.
import { and, asc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import type { Db, Queryable } from '../platform/db.js';
import { AppError, notFound } from '../platform/errors.js';
import type { ChatSecrets } from './chat-secrets.js';
import { chatConversations, chatFeedbackCounts, feedbackAnswers, type FeedbackAnswer } from './chat.tables.js';
import { findByToken } from './conversation.service.js';
import { suppressedParts } from '../monitoring/disclosure.js';

/** The question is asked when the chat ends; a day later it is no longer "this conversation". */
export const FEEDBACK_WINDOW_MS = 24 * 3_600_000;

const monthOf = (instant: Date) => `${brusselsDate(instant).slice(0, 7)}-01`;

export async function recordFeedback(db: Db, secrets: ChatSecrets, token: string, answer: FeedbackAnswer, now = new Date()): Promise<void> {
  const conversation = await findByToken(db, secrets, token);
  // Only a chat that was really held, has ended and ended recently; anything else does not exist.
  if (!conversation || conversation.status !== 'ended' || !conversation.takenAt || !conversation.endedAt || now.getTime() - conversation.endedAt.getTime() > FEEDBACK_WINDOW_MS) throw notFound();
  await db.transaction(async (tx) => {
    const [marked] = await tx
      .update(chatConversations)
      .set({ feedbackGiven: true })
      .where(and(eq(chatConversations.id, conversation.id), eq(chatConversations.feedbackGiven, false), isNotNull(chatConversations.endedAt)))
      .returning({ id: chatConversations.id });
    if (!marked) throw new AppError(409, 'chat_feedback_given');
    await tx
      .insert(chatFeedbackCounts)
      .values({ centreId: conversation.centreId, month: monthOf(now), answer, count: 1 })
      .onConflictDoUpdate({ target: [chatFeedbackCounts.centreId, chatFeedbackCounts.month, chatFeedbackCounts.answer], set: { count: sql`${chatFeedbackCounts.count} + 1` } });
  });
}

export interface FeedbackMonth {
  month: string;
  counts: Record<FeedbackAnswer, number>;
  total: number;
}

/** A month as it may be shown: counts of 1–9, and what would give them away, withheld (null). */
export interface PublishedFeedbackMonth {
  month: string;
  counts: Record<FeedbackAnswer, number | null>;
  total: number | null;
}

const zero = (): Record<FeedbackAnswer, number> => Object.fromEntries(feedbackAnswers.map((a) => [a, 0])) as Record<FeedbackAnswer, number>;

/**
 * Answers per month between two months (inclusive, 'YYYY-MM'), for one chat service or all of
 * them: what supervisors look at, and the monthly anonymous figure monitoring can take over.
 */
export async function feedbackByMonth(q: Queryable, range: { from: string; to: string; centreId?: string | undefined }): Promise<FeedbackMonth[]> {
  const f = chatFeedbackCounts;
  const rows = await q
    .select({ month: f.month, answer: f.answer, count: sql<number>`sum(${f.count})::int` })
    .from(f)
    .where(and(gte(f.month, `${range.from}-01`), lte(f.month, `${range.to}-01`), range.centreId ? eq(f.centreId, range.centreId) : undefined))
    .groupBy(f.month, f.answer)
    .orderBy(asc(f.month));
  const months = new Map<string, FeedbackMonth>();
  for (const row of rows) {
    const key = row.month.slice(0, 7);
    const entry = months.get(key) ?? { month: key, counts: zero(), total: 0 };
    entry.counts[row.answer] += row.count;
    entry.total += row.count;
    months.set(key, entry);
  }
  return [...months.values()];
}

/**
 * The months with small counts withheld, as every other monitoring output does: one answer in a
 * quiet month can point at one child's conversation, for whoever knows who chatted that month.
 * Each month is decided on its own answers and total, so no choice of range reveals more.
 */
export function publishableFeedback(months: readonly FeedbackMonth[]): PublishedFeedbackMonth[] {
  return months.map(({ month, counts, total }) => {
    const hidden = suppressedParts(new Map(Object.entries(counts)));
    const published = Object.fromEntries(feedbackAnswers.map((a) => [a, hidden.parts.has(a) ? null : counts[a]])) as Record<FeedbackAnswer, number | null>;
    return { month, counts: published, total: hidden.total ? null : total };
  });
}
