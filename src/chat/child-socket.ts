// One child's WebSocket. The browser says hello with its conversation token and the last sequence
// number it has; from then on it gets every later message exactly once, in order. A message it
// sends is acknowledged only after it is stored, so the browser resends until it hears back.
import type { RawData, WebSocket } from 'ws';
import type { Db } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import type { ChatMarks } from './chat-bus.js';
import { MarksWriter, marksOf, MessageFeed, PAGE, ShownMarks } from './chat-feed.js';
import type { ChatHub } from './chat-hub.js';
import { debounce, RateBucket } from './chat-hub.js';
import type { ChatSecrets } from './chat-secrets.js';
import { childFrame, parseFrame, type ChildFrame } from './chat.schema.js';
import type { ChatStore } from './chat-store.js';
import { conversationById, findByToken, isBlocked, leaveConversation, settingsOf, touchChild, type Conversation } from './conversation.service.js';
import { counsellorAlias, expectedWaitMinutes, queuePosition } from './queue.service.js';

export interface ChatSocketDeps {
  db: Db;
  hub: ChatHub;
  secrets: ChatSecrets;
  /** Stores, marks and reads of this process's sockets, batched. */
  store: ChatStore;
}

const TOUCH_EVERY_MS = 20_000;

/** A text frame's content, whichever of its three shapes `ws` hands over. */
export function frameText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

export function send(socket: WebSocket, frame: Record<string, unknown>): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

export async function childState(db: Db, conversation: Conversation, now = new Date()) {
  const waiting = conversation.status === 'waiting';
  const position = waiting ? await queuePosition(db, conversation) : null;
  const expectedWait = waiting && position !== null ? await expectedWaitMinutes(db, conversation.centreId, position, await settingsOf(db, conversation.centreId), now) : null;
  return {
    type: 'state',
    status: conversation.status,
    position,
    expectedWaitMinutes: expectedWait,
    counsellor: conversation.status === 'active' ? await counsellorAlias(db, conversation.counsellorId) : null,
    endReason: conversation.endReason,
  };
}

export class ChildSession {
  private conversation: Conversation | null = null;
  private marks: MarksWriter | null = null;
  private readonly shownMarks = new ShownMarks('child');
  private lastTouch = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly bucket = new RateBucket(8, 0.5);
  private readonly stops: (() => void)[] = [];
  private readonly refreshState = debounce(() => void this.sendState().catch(() => undefined), 300);

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: ChatSocketDeps,
  ) {
    // Handlers are attached synchronously: a frame arriving during async work is never dropped.
    socket.on('message', (data, isBinary) => {
      const frame = isBinary ? null : parseFrame(childFrame, frameText(data));
      // One frame at a time, in arrival order: two sends from one child keep their order.
      this.chain = this.chain.then(() => (frame ? this.handle(frame) : this.refuse('bad_frame')));
    });
    socket.on('close', () => this.stop());
  }

  private refuse(code: string, clientId?: string): void {
    send(this.socket, { type: 'error', code, ...(clientId ? { clientId } : {}) });
  }

  private async handle(frame: ChildFrame): Promise<void> {
    try {
      if (frame.type === 'hello') return await this.hello(frame.token, frame.after);
      if (frame.type === 'ping') return this.pong();
      if (!this.conversation) return this.refuse('hello_first');
      if (frame.type === 'send') return await this.receive(frame.clientId, frame.body);
      if (frame.type === 'seen') return this.marks!.seen(frame.delivered, frame.read);
      if (frame.type === 'leave') return await leaveConversation(this.deps.db, this.conversation.id, frame.reason);
    } catch (error) {
      this.refuse(error instanceof AppError ? error.code : 'internal_error', frame.type === 'send' ? frame.clientId : undefined);
    }
  }

  private async hello(token: string, after: number): Promise<void> {
    if (this.conversation) return this.refuse('already_started');
    const conversation = await findByToken(this.deps.db, this.deps.secrets, token);
    if (!conversation || conversation.transcriptDeletedAt) {
      this.refuse('unknown_conversation');
      this.socket.close(4404, 'unknown conversation');
      return;
    }
    if (await isBlocked(this.deps.db, conversation.tokenHash, new Date())) {
      this.refuse('chat_blocked');
      this.socket.close(4403, 'blocked');
      return;
    }
    this.conversation = conversation;
    const { store } = this.deps;
    const feed = new MessageFeed(after, (afterSeq) => store.messagesAfter(conversation.id, afterSeq, PAGE), (message) => send(this.socket, { type: 'message', ...message }));
    this.marks = new MarksWriter((delivered, read) => store.writeMarks(conversation.id, 'child', delivered, read));
    this.stops.push(
      this.deps.hub.follow(conversation.id, {
        onMessage: (seq) => feed.notified(seq),
        onStored: (message) => feed.stored(message),
        onMarks: (marks) => void this.sendMarks(marks).catch(() => undefined),
        onState: () => this.refreshState(),
      }),
      // Only a waiting child's position depends on the rest of the queue.
      this.deps.hub.listen(conversation.centreId, { onQueue: () => this.conversation?.status === 'waiting' && this.refreshState(), onState: () => undefined, onAlert: () => undefined }),
    );
    await touchChild(this.deps.db, conversation.id);
    this.lastTouch = Date.now();
    const current = await this.sendState();
    feed.notified();
    // The marks as of the row just read for the state; later changes come as bus events.
    if (current) await this.sendMarks(marksOf(current));
  }

  private async receive(clientId: string, body: string): Promise<void> {
    if (!this.bucket.take()) return this.refuse('rate_limited', clientId);
    const conversationId = this.conversation!.id;
    const stored = await this.deps.store.append({ conversationId, clientId, sender: 'child', body });
    send(this.socket, { type: 'ack', clientId, seq: stored.seq });
    if (stored.wire) this.deps.hub.stored(conversationId, stored.wire);
  }

  private pong(): void {
    send(this.socket, { type: 'pong' });
    if (this.conversation && Date.now() - this.lastTouch > TOUCH_EVERY_MS) {
      this.lastTouch = Date.now();
      void touchChild(this.deps.db, this.conversation.id).catch(() => undefined);
    }
  }

  /** The counsellor's delivered/read marks, from the bus event or (after a resync) the database. */
  private async sendMarks(given?: ChatMarks): Promise<void> {
    if (!this.conversation) return;
    const current = given ? null : await conversationById(this.deps.db, this.conversation.id);
    const marks = given ?? (current ? marksOf(current) : null);
    const receipt = marks && this.shownMarks.next(marks);
    if (receipt) send(this.socket, { type: 'receipt', ...receipt });
  }

  /** Sends the chat's state as it is now; answers the row it read, or null when the socket closes. */
  private async sendState(): Promise<Conversation | null> {
    if (!this.conversation) return null;
    const current = await conversationById(this.deps.db, this.conversation.id);
    if (!current) return null;
    if (current.tokenHash !== this.conversation.tokenHash) {
      // The child came back elsewhere with the code word: this browser's key no longer opens it.
      this.refuse('token_replaced');
      this.socket.close(4401, 'token replaced');
      return null;
    }
    this.conversation = current;
    send(this.socket, await childState(this.deps.db, current));
    return current;
  }

  private stop(): void {
    this.refreshState.cancel();
    this.stops.forEach((stop) => stop());
    this.stops.length = 0;
  }
}
