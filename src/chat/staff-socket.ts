// A counsellor's (or supervisor's) console socket. A counsellor follows every chat assigned to
// them: messages after the last one the console has, delivered/read marks, and nudges to refresh
// the queue. A supervisor's socket carries queue changes and risk alerts, never chat content.
import type { WebSocket } from 'ws';
import { roleHas } from '../access/permissions.js';
import { inTransaction, type Ctx } from '../platform/context.js';
import { AppError } from '../platform/errors.js';
import type { ChatMarks } from './chat-bus.js';
import { MarksWriter, marksOf, MessageFeed, PAGE, ShownMarks } from './chat-feed.js';
import { debounce, RateBucket } from './chat-hub.js';
import { frameText, send, type ChatSocketDeps } from './child-socket.js';
import { parseFrame, staffFrame, type StaffFrame, type WireMessage } from './chat.schema.js';
import { conversationById } from './conversation.service.js';
import { myConversations } from './counsel.service.js';
import { actorOf, heartbeat } from './queue.service.js';

const HEARTBEAT_EVERY_MS = 20_000;

interface Followed {
  marks: MarksWriter;
  shownMarks: ShownMarks;
  stop: () => void;
}

export class StaffSession {
  private readonly following = new Map<string, Followed>();
  private after: Record<string, number> = {};
  private started = false;
  private lastBeat = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly bucket = new RateBucket(20, 2);
  private readonly stopCentre: () => void;
  private readonly queueChanged = debounce(() => send(this.socket, { type: 'queue' }), 250);
  private readonly conversationsChanged = debounce(() => void this.sync().catch(() => undefined), 250);

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: ChatSocketDeps,
    private readonly ctx: Ctx,
    private readonly mode: 'counsel' | 'supervise',
  ) {
    const actor = actorOf(ctx);
    socket.on('message', (data, isBinary) => {
      const frame = isBinary ? null : parseFrame(staffFrame, frameText(data));
      this.chain = this.chain.then(() => (frame ? this.handle(frame) : send(socket, { type: 'error', code: 'bad_frame' })));
    });
    socket.on('close', () => this.stop());
    this.stopCentre = deps.hub.listen(actor.centreId, {
      onQueue: () => this.queueChanged(),
      onState: () => (this.mode === 'counsel' ? this.conversationsChanged() : this.queueChanged()),
      onAlert: (alertId) => {
        if (roleHas(actor.role, 'chat:supervise')) send(socket, { type: 'alert', alertId });
      },
    });
  }

  private async handle(frame: StaffFrame): Promise<void> {
    try {
      if (frame.type === 'ping') return this.pong();
      if (frame.type === 'hello') {
        this.after = frame.after;
        this.started = true;
        this.lastBeat = Date.now();
        await heartbeat(this.deps.db, actorOf(this.ctx).userId);
        if (this.mode === 'counsel') await this.sync();
        send(this.socket, { type: 'ready' });
        return;
      }
      if (this.mode !== 'counsel') return send(this.socket, { type: 'error', code: 'forbidden' });
      if (frame.type === 'send') return await this.reply(frame.conversationId, frame.clientId, frame.body);
      if (frame.type === 'seen') this.following.get(frame.conversationId)?.marks.seen(frame.delivered, frame.read);
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'internal_error';
      send(this.socket, { type: 'error', code, ...(frame.type === 'send' ? { clientId: frame.clientId, conversationId: frame.conversationId } : {}) });
    }
  }

  private async reply(conversationId: string, clientId: string, body: string): Promise<void> {
    const actor = actorOf(this.ctx);
    if (!this.bucket.take()) return send(this.socket, { type: 'error', code: 'rate_limited', clientId, conversationId });
    const stored = await this.deps.store.append({
      conversationId,
      clientId,
      sender: 'counsellor',
      authorId: actor.userId,
      body,
      counsellor: { userId: actor.userId, centreId: actor.centreId },
    });
    send(this.socket, { type: 'ack', conversationId, clientId, seq: stored.seq });
    if (stored.wire) this.deps.hub.stored(conversationId, stored.wire);
  }

  private pong(): void {
    send(this.socket, { type: 'pong' });
    if (this.started && Date.now() - this.lastBeat > HEARTBEAT_EVERY_MS) {
      this.lastBeat = Date.now();
      void heartbeat(this.deps.db, actorOf(this.ctx).userId).catch(() => undefined);
    }
  }

  /** Follows the chats that are the counsellor's now, lets go of those that are not any more. */
  private async sync(): Promise<void> {
    if (!this.started) return;
    const mine = await myConversations(this.ctx);
    const ids = new Set(mine.map((c) => c.id));
    const fresh = mine.filter((c) => !this.following.has(c.id)).map((c) => c.id);
    for (const [id, followed] of this.following) {
      if (!ids.has(id)) {
        followed.stop();
        this.following.delete(id);
      }
    }
    if (fresh.length) {
      const actor = actorOf(this.ctx);
      // Opening a chat's content on a console is a read of personal data: audited, once per socket.
      await inTransaction(this.ctx, async ({ audit }) => {
        for (const id of fresh) audit({ action: 'chat.read', recordType: 'chat_conversation', recordId: id, centreId: actor.centreId, details: { via: 'socket' } });
      });
    }
    for (const id of fresh) this.followConversation(id);
    send(this.socket, { type: 'conversations' });
  }

  private followConversation(id: string): void {
    const { store } = this.deps;
    // A read still under way when the chat left this console (a transfer) sends nothing more.
    const emit = (message: WireMessage) => this.following.get(id) === followed && send(this.socket, { type: 'message', conversationId: id, ...message });
    const feed = new MessageFeed(this.after[id] ?? 0, (afterSeq) => store.messagesAfter(id, afterSeq, PAGE), emit);
    const followed: Followed = {
      marks: new MarksWriter((delivered, read) => store.writeMarks(id, 'staff', delivered, read)),
      shownMarks: new ShownMarks('staff'),
      stop: () => undefined,
    };
    followed.stop = this.deps.hub.follow(id, {
      onMessage: (seq) => feed.notified(seq),
      onStored: (message) => feed.stored(message),
      onMarks: (marks) => void this.sendMarks(id, marks).catch(() => undefined),
      onState: () => this.conversationsChanged(),
    });
    this.following.set(id, followed);
    feed.notified();
    void this.sendMarks(id).catch(() => undefined);
  }

  /** The child's delivered/read marks, from the bus event or (after a resync) the database. */
  private async sendMarks(id: string, given?: ChatMarks): Promise<void> {
    const current = given ? null : await conversationById(this.deps.db, id);
    const marks = given ?? (current ? marksOf(current) : null);
    const receipt = marks && this.following.get(id)?.shownMarks.next(marks);
    if (receipt) send(this.socket, { type: 'receipt', conversationId: id, ...receipt });
  }

  private stop(): void {
    this.queueChanged.cancel();
    this.conversationsChanged.cancel();
    this.stopCentre();
    for (const followed of this.following.values()) followed.stop();
    this.following.clear();
  }
}
