// The console's live line to the server: messages of the counsellor's chats (resumed after the
// last sequence number per chat on every reconnection), their outbox with the browser's own
// message ids, read/delivered marks, and nudges to refresh the queue or to raise an alert.
import type { ChatMessage, PendingMessage } from '../chat/chat-connection';
import { ReconnectingSocket, socketUrl, type SocketStatus } from '../chat/reconnecting-socket';

export interface ConsoleSnapshot {
  connection: SocketStatus;
  messages: Record<string, ChatMessage[]>;
  pending: Record<string, (PendingMessage & { conversationId: string })[]>;
  /** How far the child received and read the counsellor's messages, per chat. */
  receipts: Record<string, { delivered: number; read: number }>;
}

export interface ConsoleConnectionOptions {
  path: string;
  /** The queue or the counsellor's chats changed: refetch them. */
  onNudge: () => void;
  onAlert?: (alertId: string) => void;
  createSocket?: (url: string) => WebSocket;
  newId?: () => string;
}

export class ConsoleConnection {
  private snapshot: ConsoleSnapshot = { connection: 'connecting', messages: {}, pending: {}, receipts: {} };
  private readonly listeners = new Set<() => void>();
  private readonly socket: ReconnectingSocket;
  private readonly readSeq: Record<string, number> = {};

  constructor(private readonly options: ConsoleConnectionOptions) {
    this.socket = new ReconnectingSocket({
      url: socketUrl(options.path),
      createSocket: options.createSocket,
      onStatus: (connection) => this.update({ connection }),
      onOpen: (send) => {
        const after = Object.fromEntries(Object.entries(this.snapshot.messages).map(([id, list]) => [id, list.at(-1)?.seq ?? 0]));
        send({ type: 'hello', after });
        for (const list of Object.values(this.snapshot.pending)) {
          for (const p of list) if (p.state !== 'failed') send({ type: 'send', conversationId: p.conversationId, clientId: p.clientId, body: p.body });
        }
      },
      onFrame: (frame) => this.receive(frame),
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConsoleSnapshot => this.snapshot;

  lastSeq(conversationId: string): number {
    return this.snapshot.messages[conversationId]?.at(-1)?.seq ?? 0;
  }

  send(conversationId: string, body: string): void {
    const clientId = (this.options.newId ?? (() => crypto.randomUUID()))();
    const entry = { conversationId, clientId, body, state: 'sending' as const };
    this.update({ pending: { ...this.snapshot.pending, [conversationId]: [...(this.snapshot.pending[conversationId] ?? []), entry] } });
    this.socket.send({ type: 'send', conversationId, clientId, body });
  }

  /** The counsellor has this chat in front of them. */
  markRead(conversationId: string): void {
    const last = this.lastSeq(conversationId);
    if (!last || this.readSeq[conversationId] === last) return;
    this.readSeq[conversationId] = last;
    this.socket.send({ type: 'seen', conversationId, delivered: last, read: last });
  }

  stop(): void {
    this.socket.stop();
  }

  private receive(frame: Record<string, unknown>): void {
    const conversationId = typeof frame.conversationId === 'string' ? frame.conversationId : '';
    switch (frame.type) {
      case 'message':
        return this.addMessage(conversationId, frame as unknown as ChatMessage);
      case 'ack':
        return this.setPending(conversationId, frame.clientId, 'stored');
      case 'receipt':
        return this.update({ receipts: { ...this.snapshot.receipts, [conversationId]: { delivered: Number(frame.delivered), read: Number(frame.read) } } });
      case 'error':
        if (typeof frame.clientId === 'string' && frame.code !== 'rate_limited') this.setPending(conversationId, frame.clientId, 'failed');
        return;
      case 'queue':
      case 'conversations':
      case 'ready':
        return this.options.onNudge();
      case 'alert':
        if (typeof frame.alertId === 'string') this.options.onAlert?.(frame.alertId);
        return;
    }
  }

  private addMessage(conversationId: string, message: ChatMessage): void {
    const list = this.snapshot.messages[conversationId] ?? [];
    if (list.some((m) => m.seq === message.seq)) return;
    const pending = (this.snapshot.pending[conversationId] ?? []).filter((p) => p.clientId !== message.clientId);
    this.update({
      messages: { ...this.snapshot.messages, [conversationId]: [...list, message].sort((a, b) => a.seq - b.seq) },
      pending: { ...this.snapshot.pending, [conversationId]: pending },
    });
    this.socket.send({ type: 'seen', conversationId, delivered: this.lastSeq(conversationId), read: this.readSeq[conversationId] ?? 0 });
  }

  private setPending(conversationId: string, clientId: unknown, state: PendingMessage['state']): void {
    const list = this.snapshot.pending[conversationId] ?? [];
    this.update({ pending: { ...this.snapshot.pending, [conversationId]: list.map((p) => (p.clientId === clientId ? { ...p, state } : p)) } });
  }

  private update(change: Partial<ConsoleSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.listeners.forEach((listener) => listener());
  }
}
