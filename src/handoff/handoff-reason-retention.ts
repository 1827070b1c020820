// The end of a hand-off's reason. When a chat or a 1712 call is passed on without consent, the
// counsellor writes why (`basis_reason`), and that free text can describe the child. Which
// period applies? Two were possible:
//  - the case the hand-off created: but a hand-off to a CAW creates none, and a VK's report
//    already holds its own copy of the reason (the report's text, see handoff-prefill.ts), kept
//    and purged under the VK's retention (intake report, case file);
//  - the contact's own content period, i.e. the chat service's transcript period (the centre's
//    chat settings, default 90 days): the reason is part of what was said, like the transcript.
// The second keeps nothing personal longer than its period: the sending service's copy goes with
// the conversation it came from, counted from the hand-off (written at or just after the chat's
// end, so never before the transcript). A 1712 call has no transcript and no chat settings; its
// centre falls back to the same default period. The coded legal basis, the recipient and the
// dates stay: that a hand-off without consent happened, to whom and on which basis, is the
// account the service owes, and it names nobody.
import { and, count, eq, lt, ne } from 'drizzle-orm';
import { settingsOf } from '../chat/conversation.service.js';
import { inTransaction, systemCtx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { contactHandoffs } from './handoff.tables.js';

const DAY_MS = 86_400_000;

/** Per sending centre that still holds reasons: the reasons whose period has passed. */
async function dueByCentre(db: Db, now: Date) {
  const withReasons = await db.selectDistinct({ centreId: contactHandoffs.fromCentreId }).from(contactHandoffs).where(ne(contactHandoffs.basisReason, ''));
  const due = [];
  for (const { centreId } of withReasons) {
    const cutoff = new Date(now.getTime() - (await settingsOf(db, centreId)).retentionDays * DAY_MS);
    due.push({ centreId, where: and(eq(contactHandoffs.fromCentreId, centreId), ne(contactHandoffs.basisReason, ''), lt(contactHandoffs.handedOffAt, cutoff)) });
  }
  return due;
}

/** How many reasons a run now would empty, changing nothing (a dry run's count). */
export async function countExpiredHandoffReasons(db: Db, now = new Date()): Promise<number> {
  let due = 0;
  for (const { where } of await dueByCentre(db, now)) due += (await db.select({ n: count() }).from(contactHandoffs).where(where))[0]?.n ?? 0;
  return due;
}

/** Empties the reasons whose period has passed; returns how many. Audited as a count per centre. */
export async function emptyExpiredHandoffReasons(db: Db, now = new Date(), route = 'job handoff-reason-retention'): Promise<number> {
  let emptied = 0;
  for (const { centreId, where } of await dueByCentre(db, now)) {
    emptied += await inTransaction(systemCtx(db, route), async ({ tx, audit }) => {
      const gone = await tx.update(contactHandoffs).set({ basisReason: '', reasonPurgedAt: now }).where(where).returning({ id: contactHandoffs.id });
      if (gone.length > 0) audit({ action: 'retention.handoff_reasons_emptied', recordType: 'centre', recordId: centreId, centreId, details: { handoffs: gone.length } });
      return gone.length;
    });
  }
  return emptied;
}
