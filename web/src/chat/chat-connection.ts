// The child's side of the conversation in the browser. Every message gets an id made here and
// waits in an outbox (kept in sessionStorage, so a reload loses nothing) until the server says it
// is stored; after any reconnection the outbox is sent again and the server ignores what it
// already has. Messages are kept by sequence number, so a resumed stream never shows doubles.
import { ReconnectingSocket, type SocketStatus } from './reconnecting-socket';
import { chatStorage } from './chat-storage';

export interface ChatMessage {
  seq: number;
  clientId: string;
  from: 'child' | 'counsellor' | 'system';
  body: string;
  sentAt: string;
}

export interface PendingMessage {
  clientId: string;
  body: string;
  /** `stored`: acknowledged, waiting for the message itself to come back in the stream. */
  state: 'sending' | 'stored' | 'failed';
}

export interface ConversationState {
  status: 'waiting' | 'active' | 'ended';
  position: number | null;
  expectedWaitMinutes: number | null;
  counsellor: string | null;
  endReason: string | null;
}

export type Final = 'unknown' | 'blocked' | 'replaced';

export interface ChatSnapshot {
  connection: SocketStatus;
  conversation: ConversationState | null;
  messages: ChatMessage[];
  pending: PendingMessage[];
  /** How far the counsellor received and read the child's messages. */
  receipt: { delivered: number; read: number };
  final: Final | null;
}

const finalCodes: Record<number, Final> = { 4404: 'unknown', 4403: 'blocked', 4401: 'replaced' };

export interface ChatConnectionOptions {
  url: string;
  token: string;
  createSocket?: (url: string) => WebSocket;
  newId?: () => string;
  /** How long to wait before resending a message the server asked to slow down. */
  retryAfterMs?: number;
}

export class ChatConnection {
  private snapshot: ChatSnapshot = { connection: 'connecting', conversation: null, messages: [], pending: [], receipt: { delivered: 0, read: 0 }, final: null };
  private readonly listeners = new Set<() => void>();
  private readonly socket: ReconnectingSocket;
  private readSeq = 0;

  constructor(private readonly options: ChatConnectionOptions) {
    this.snapshot.pending = chatStorage.readOutbox().map((m) => ({ ...m, state: 'sending' }));
    this.socket = new ReconnectingSocket({
      url: options.url,
      createSocket: options.createSocket,
      onStatus: (connection) => this.update({ connection }),
      onOpen: (send) => {
        send({ type: 'hello', token: options.token, after: this.lastSeq });
        for (const m of this.snapshot.pending) if (m.state !== 'failed') send({ type: 'send', clientId: m.clientId, body: m.body });
      },
      onFrame: (frame) => this.receive(frame),
      isFinal: (code) => code in finalCodes,
      onFinal: (code) => this.update({ final: finalCodes[code] ?? 'unknown' }),
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ChatSnapshot => this.snapshot;

  get lastSeq(): number {
    return this.snapshot.messages.at(-1)?.seq ?? 0;
  }

  send(body: string): void {
    const clientId = (this.options.newId ?? (() => crypto.randomUUID()))();
    this.update({ pending: [...this.snapshot.pending, { clientId, body, state: 'sending' }] });
    this.saveOutbox();
    this.socket.send({ type: 'send', clientId, body });
  }

  /** The child has seen everything up to now (the page is visible). */
  markRead(): void {
    if (this.readSeq === this.lastSeq) return;
    this.readSeq = this.lastSeq;
    this.socket.send({ type: 'seen', delivered: this.lastSeq, read: this.readSeq });
  }

  leave(reason: 'child_left' | 'quick_exit'): void {
    this.socket.send({ type: 'leave', reason });
  }

  stop(): void {
    this.socket.stop();
  }

  private receive(frame: Record<string, unknown>): void {
    switch (frame.type) {
      case 'message':
        return this.addMessage(frame as unknown as ChatMessage);
      case 'ack':
        return this.setPending(frame.clientId, 'stored');
      case 'state':
        return this.update({ conversation: frame as unknown as ConversationState });
      case 'receipt':
        return this.update({ receipt: { delivered: Number(frame.delivered), read: Number(frame.read) } });
      case 'error':
        return this.onError(frame);
    }
  }

  private addMessage(message: ChatMessage): void {
    if (this.snapshot.messages.some((m) => m.seq === message.seq)) return;
    const messages = [...this.snapshot.messages, message].sort((a, b) => a.seq - b.seq);
    const pending = this.snapshot.pending.filter((p) => p.clientId !== message.clientId);
    this.update({ messages, pending });
    this.saveOutbox();
    // Received by this browser: the counsellor sees "delivered".
    this.socket.send({ type: 'seen', delivered: this.lastSeq, read: this.readSeq });
  }

  private onError(frame: Record<string, unknown>): void {
    if (typeof frame.clientId !== 'string') return;
    const clientId = frame.clientId;
    if (frame.code === 'rate_limited') {
      setTimeout(() => {
        const waiting = this.snapshot.pending.find((p) => p.clientId === clientId && p.state === 'sending');
        if (waiting) this.socket.send({ type: 'send', clientId, body: waiting.body });
      }, this.options.retryAfterMs ?? 4_000);
      return;
    }
    this.setPending(clientId, 'failed');
  }

  private setPending(clientId: unknown, state: PendingMessage['state']): void {
    this.update({ pending: this.snapshot.pending.map((p) => (p.clientId === clientId ? { ...p, state } : p)) });
    this.saveOutbox();
  }

  private saveOutbox(): void {
    chatStorage.writeOutbox(this.snapshot.pending.filter((p) => p.state !== 'failed').map(({ clientId, body }) => ({ clientId, body })));
  }

  private update(change: Partial<ChatSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
