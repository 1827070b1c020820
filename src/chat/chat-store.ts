// The chat's hot path in one process, batched: messages stored, marks written and messages read
// back for many sockets at once, one statement each per batch (see chat-batch.ts). The rules are
// those of the one-message functions in conversation.service.ts, which also answer whatever a
// batch leaves over (a resend, a chat that ended, a refused counsellor) and every item of a
// batch that failed, so a caller gets exactly what it would have got alone.
//
// Conversation rows are locked in id order before anything else in a batch: two batches (in two
// processes) touching the same chats in another order would otherwise deadlock.
import type { Db } from '../platform/db.js';
import { rows, sql } from '../platform/db.js';
import { SettledBatcher } from './chat-batch.js';
import { CHAT_CHANNEL } from './chat-bus.js';
import type { WireMessage } from './chat.schema.js';
import { appendMessage, messagesAfter, updateMarks, type NewMessage, type StoredMessage } from './conversation.service.js';

export interface MarksUpdate {
  conversationId: string;
  side: 'child' | 'staff';
  delivered: number;
  read: number;
}

export interface ReadAfter {
  conversationId: string;
  afterSeq: number;
  limit: number;
}

const iso = (at: Date | string) => new Date(at).toISOString();

/** Stores the messages that can be stored as they are; `undefined` for the others. */
export async function appendMessages(db: Db, messages: NewMessage[]): Promise<(StoredMessage | undefined)[]> {
  const input = messages.map((m, n) => ({
    n,
    conversation_id: m.conversationId,
    client_id: m.clientId,
    sender: m.sender,
    author_id: m.authorId ?? null,
    body: m.body,
    counsellor_id: m.counsellor?.userId ?? null,
    centre_id: m.counsellor?.centreId ?? null,
  }));
  const stored = await rows<{ n: number; seq: number; sent_at: Date | string }>(
    db,
    sql`WITH input AS (
          SELECT * FROM json_to_recordset(${JSON.stringify(input)}::json)
            AS i(n int, conversation_id uuid, client_id uuid, sender text, author_id uuid, body text, counsellor_id uuid, centre_id uuid)),
        locked AS MATERIALIZED (
          SELECT id, last_seq, status, counsellor_id, centre_id FROM chat_conversations
           WHERE id IN (SELECT conversation_id FROM input) ORDER BY id FOR UPDATE),
        accepted AS (
          SELECT i.*, l.last_seq + row_number() OVER (PARTITION BY i.conversation_id ORDER BY i.n) AS seq
            FROM input i JOIN locked l ON l.id = i.conversation_id
           WHERE l.status <> 'ended'
             AND (i.counsellor_id IS NULL OR (l.status = 'active' AND l.counsellor_id = i.counsellor_id AND l.centre_id = i.centre_id))
             AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.conversation_id = i.conversation_id AND m.client_id = i.client_id)),
        bumped AS (
          UPDATE chat_conversations c
             SET last_seq = a.top, child_seen_at = CASE WHEN a.child THEN now() ELSE c.child_seen_at END
            FROM (SELECT conversation_id, max(seq) AS top, bool_or(sender = 'child') AS child FROM accepted GROUP BY conversation_id) a
           WHERE c.id = a.conversation_id),
        inserted AS (
          INSERT INTO chat_messages (conversation_id, seq, client_id, sender, author_id, body)
          SELECT conversation_id, seq, client_id, sender, author_id, body FROM accepted ORDER BY conversation_id, seq
          RETURNING conversation_id, client_id, seq, sent_at),
        notified AS (
          SELECT count(pg_notify(${CHAT_CHANNEL}, json_build_object('kind', 'message', 'conversationId', conversation_id::text, 'seq', top)::text)) AS sent
            FROM (SELECT conversation_id, max(seq) AS top FROM inserted GROUP BY conversation_id) newest)
      SELECT a.n, ins.seq, ins.sent_at
        FROM inserted ins JOIN accepted a ON a.conversation_id = ins.conversation_id AND a.client_id = ins.client_id
       CROSS JOIN notified`,
  );
  const byN = new Map(stored.map((row) => [Number(row.n), row]));
  return messages.map((m, n) => {
    const row = byN.get(n);
    if (!row) return undefined;
    const seq = Number(row.seq);
    const wire: WireMessage = { seq, clientId: m.clientId, from: m.sender, body: m.body, sentAt: iso(row.sent_at) };
    return { seq, clientId: m.clientId, duplicate: false, wire };
  });
}

/** Raises the marks of many chats (both sides) in one statement, as updateMarks does for one. */
export async function updateMarksMany(db: Db, updates: MarksUpdate[]): Promise<true[]> {
  const input = updates.map((u) => ({ id: u.conversationId, side: u.side, d: u.delivered, r: u.read }));
  await db.execute(sql`WITH input AS (
        SELECT id, max(d) FILTER (WHERE side = 'child') AS cd, max(r) FILTER (WHERE side = 'child') AS cr,
               max(d) FILTER (WHERE side = 'staff') AS sd, max(r) FILTER (WHERE side = 'staff') AS sr
          FROM json_to_recordset(${JSON.stringify(input)}::json) AS i(id uuid, side text, d int, r int) GROUP BY id),
      locked AS MATERIALIZED (SELECT id, last_seq FROM chat_conversations WHERE id IN (SELECT id FROM input) ORDER BY id FOR UPDATE),
      wanted AS (
        SELECT id, LEAST(GREATEST(COALESCE(cd, 0), COALESCE(cr, 0)), last_seq) AS cd, LEAST(COALESCE(cr, 0), last_seq) AS cr,
               LEAST(GREATEST(COALESCE(sd, 0), COALESCE(sr, 0)), last_seq) AS sd, LEAST(COALESCE(sr, 0), last_seq) AS sr, cd IS NOT NULL AS child
          FROM input JOIN locked USING (id)),
      changed AS (
        UPDATE chat_conversations c
           SET child_delivered_seq = GREATEST(c.child_delivered_seq, w.cd), child_read_seq = GREATEST(c.child_read_seq, w.cr),
               staff_delivered_seq = GREATEST(c.staff_delivered_seq, w.sd), staff_read_seq = GREATEST(c.staff_read_seq, w.sr),
               child_seen_at = CASE WHEN w.child THEN now() ELSE c.child_seen_at END
          FROM wanted w
         WHERE c.id = w.id AND (c.child_delivered_seq < w.cd OR c.child_read_seq < w.cr OR c.staff_delivered_seq < w.sd OR c.staff_read_seq < w.sr)
     RETURNING c.id, child_delivered_seq, child_read_seq, staff_delivered_seq, staff_read_seq)
    SELECT pg_notify(${CHAT_CHANNEL}, json_build_object('kind', 'marks', 'conversationId', id::text,
             'marks', json_build_object('childDelivered', child_delivered_seq, 'childRead', child_read_seq,
                                        'staffDelivered', staff_delivered_seq, 'staffRead', staff_read_seq))::text)
      FROM changed`);
  return updates.map(() => true as const);
}

/** Messages after a known point in many chats, oldest first per chat, as messagesAfter for one. */
export async function messagesAfterMany(db: Db, reads: ReadAfter[]): Promise<WireMessage[][]> {
  const input = reads.map((r, n) => ({ n, id: r.conversationId, after: r.afterSeq, lim: r.limit }));
  const found = await rows<{ n: number; seq: number; client_id: string; sender: WireMessage['from']; body: string; sent_at: Date | string }>(
    db,
    sql`SELECT r.n, m.seq, m.client_id, m.sender, m.body, m.sent_at
          FROM json_to_recordset(${JSON.stringify(input)}::json) AS r(n int, id uuid, after int, lim int)
          CROSS JOIN LATERAL (SELECT seq, client_id, sender, body, sent_at FROM chat_messages
                               WHERE conversation_id = r.id AND seq > r.after ORDER BY seq LIMIT r.lim) m
         ORDER BY r.n, m.seq`,
  );
  const answers: WireMessage[][] = reads.map(() => []);
  for (const row of found) answers[Number(row.n)]!.push({ seq: Number(row.seq), clientId: row.client_id, from: row.sender, body: row.body, sentAt: iso(row.sent_at) });
  return answers;
}

/** This process's batches of the chat's hot path (one per database). */
export class ChatStore {
  private readonly appends: SettledBatcher<NewMessage, StoredMessage>;
  private readonly marks: SettledBatcher<MarksUpdate, true>;
  private readonly reads: SettledBatcher<ReadAfter, WireMessage[]>;

  constructor(db: Db) {
    this.appends = new SettledBatcher((items) => appendMessages(db, items), (m) => appendMessage(db, m));
    this.marks = new SettledBatcher(
      (items) => updateMarksMany(db, items),
      (u) => updateMarks(db, u.conversationId, u.side, u.delivered, u.read).then(() => true as const),
    );
    this.reads = new SettledBatcher(
      (items) => messagesAfterMany(db, items),
      (r) => messagesAfter(db, r.conversationId, r.afterSeq, r.limit),
    );
  }

  /** Stores a message (stored before this resolves: acknowledge only after). */
  append(message: NewMessage): Promise<StoredMessage> {
    return this.appends.add(message);
  }

  writeMarks(conversationId: string, side: 'child' | 'staff', delivered: number, read: number): Promise<void> {
    return this.marks.add({ conversationId, side, delivered, read }).then(() => undefined);
  }

  messagesAfter(conversationId: string, afterSeq: number, limit: number): Promise<WireMessage[]> {
    return this.reads.add({ conversationId, afterSeq, limit });
  }
}
