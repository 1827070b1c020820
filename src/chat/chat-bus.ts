// Tells every process that something changed in a chat, through the database: NOTIFY is sent
// inside the writing transaction, so it is delivered only if (and when) the change commits.
// Notifications carry ids only, never message text; a receiver reads the rows it may see.
// PostgreSQL: one dedicated LISTEN connection per process, re-established after a drop.
// PGlite (one process, possibly several app instances): PGlite's own listen/notify.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database, Queryable } from '../platform/db.js';
import { sql } from '../platform/db.js';

export const CHAT_CHANNEL = 'schakel_chat';

export type ChatEvent =
  /** New message(s) in a conversation; `seq` is the new message's number (no text, ever). */
  | { kind: 'message'; conversationId: string; seq?: number }
  /** Delivered/read marks changed; `marks` holds the new values (numbers only). */
  | { kind: 'marks'; conversationId: string; marks?: ChatMarks }
  /** Status, assignment, risk or queue position of a conversation changed. */
  | { kind: 'state'; conversationId: string; centreId: string }
  /** The queue or a counsellor's availability changed. */
  | { kind: 'queue'; centreId: string }
  /** A counsellor raised "child in acute danger". */
  | { kind: 'alert'; centreId: string; alertId: string };

export interface ChatMarks {
  childDelivered: number;
  childRead: number;
  staffDelivered: number;
  staffRead: number;
}

export type ChatEventListener = (event: ChatEvent) => void;

export interface ChatBus {
  subscribe(listener: ChatEventListener): () => void;
  /** Called after a lost LISTEN connection came back: events in between may be missed. */
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}

const kinds = new Set(['message', 'marks', 'state', 'queue', 'alert']);

export function parseChatEvent(payload: string | undefined): ChatEvent | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as { kind?: unknown };
    return typeof value === 'object' && value !== null && typeof value.kind === 'string' && kinds.has(value.kind) ? (value as ChatEvent) : null;
  } catch {
    return null;
  }
}

/** Queues a notification in the caller's transaction (sent on commit, dropped on rollback). */
export async function notifyChat(q: Queryable, event: ChatEvent): Promise<void> {
  await q.execute(sql`SELECT pg_notify(${CHAT_CHANNEL}, ${JSON.stringify(event)})`);
}

class Listeners {
  private events = new Set<ChatEventListener>();
  private resyncs = new Set<() => void>();

  subscribe(listener: ChatEventListener): () => void {
    this.events.add(listener);
    return () => this.events.delete(listener);
  }

  onResync(listener: () => void): () => void {
    this.resyncs.add(listener);
    return () => this.resyncs.delete(listener);
  }

  dispatch(payload: string | undefined): void {
    const event = parseChatEvent(payload);
    if (!event) return;
    for (const listener of this.events) listener(event);
  }

  resync(): void {
    for (const listener of this.resyncs) listener();
  }
}

class PgliteBus extends Listeners implements ChatBus {
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly lite: PGlite) {
    super();
  }

  async start(): Promise<void> {
    this.unlisten = await this.lite.listen(CHAT_CHANNEL, (payload) => this.dispatch(payload));
  }

  async close(): Promise<void> {
    await this.unlisten?.().catch(() => undefined);
    this.unlisten = null;
  }
}

class PostgresBus extends Listeners implements ChatBus {
  private client: pg.PoolClient | null = null;
  private closed = false;
  private retryMs = 250;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly pool: pg.Pool) {
    super();
  }

  async start(): Promise<void> {
    const client = await this.pool.connect();
    client.on('notification', (message) => {
      if (message.channel === CHAT_CHANNEL) this.dispatch(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.query(`LISTEN ${CHAT_CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
  }

  private lost(client: pg.PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    client.release(true);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.start().then(
        () => this.resync(),
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 5_000);
          this.scheduleReconnect();
        },
      );
    }, this.retryMs);
    this.retryTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    // Destroyed rather than returned: a pooled connection must not keep listening.
    client?.release(true);
  }
}

export async function openChatBus(database: Database): Promise<ChatBus> {
  if (database.pglite) {
    const bus = new PgliteBus(database.pglite);
    await bus.start();
    return bus;
  }
  if (!database.pool) throw new Error('chat bus: the database has neither PGlite nor a pool');
  const bus = new PostgresBus(database.pool);
  await bus.start();
  return bus;
}
