// The browser side of reliable delivery, with a scripted socket: what is sent on (re)connection,
// the outbox that survives drops and reloads, and a stream that never shows a message twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatConnection } from './chat-connection';

class ScriptedSocket extends EventTarget {
  static all: ScriptedSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];

  constructor(readonly url: string) {
    super();
    ScriptedSocket.all.push(this);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(code = 1006): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.dispatchEvent(Object.assign(new Event('close'), { code }));
  }

  open(): void {
    this.readyState = 1;
    this.dispatchEvent(new Event('open'));
  }

  receive(frame: Record<string, unknown>): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data: JSON.stringify(frame) }));
  }
}

const latest = () => ScriptedSocket.all.at(-1)!;
const message = (seq: number, clientId: string, body: string, from = 'counsellor') => ({ type: 'message', seq, clientId, from, body, sentAt: '2026-11-29T16:00:00Z' });
let ids = 0;

function connect(): ChatConnection {
  return new ChatConnection({ url: 'ws://test/api/chat/socket', token: 't'.repeat(43), createSocket: (url) => new ScriptedSocket(url) as unknown as WebSocket, newId: () => `id-${++ids}`, retryAfterMs: 10 });
}

beforeEach(() => {
  vi.useFakeTimers();
  ScriptedSocket.all = [];
  ids = 0;
  sessionStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('ChatConnection', () => {
  it('says hello with the last sequence number it has, also after a reconnection', async () => {
    const chat = connect();
    latest().open();
    expect(latest().sent[0]).toEqual({ type: 'hello', token: 't'.repeat(43), after: 0 });
    latest().receive(message(1, 'a', 'Hoi'));
    latest().receive(message(2, 'b', 'Ik ben er'));
    latest().close();
    await vi.advanceTimersByTimeAsync(300);
    latest().open();
    expect(latest().sent[0]).toEqual({ type: 'hello', token: 't'.repeat(43), after: 2 });
    chat.stop();
  });

  it('keeps a message typed while offline and sends it with the same id once connected', async () => {
    const chat = connect();
    latest().open();
    latest().close();
    expect(chat.getSnapshot().connection).toBe('offline');
    chat.send('Ben je er nog?');
    const [pending] = chat.getSnapshot().pending;
    expect(pending).toMatchObject({ clientId: 'id-1', state: 'sending' });
    expect(JSON.parse(sessionStorage.getItem('schakel.chat.outbox') ?? '[]')).toEqual([{ clientId: 'id-1', body: 'Ben je er nog?' }]);

    await vi.advanceTimersByTimeAsync(300);
    latest().open();
    expect(latest().sent).toContainEqual({ type: 'send', clientId: 'id-1', body: 'Ben je er nog?' });
    latest().receive({ type: 'ack', clientId: 'id-1', seq: 1 });
    expect(chat.getSnapshot().pending[0]?.state).toBe('stored');
    latest().receive(message(1, 'id-1', 'Ben je er nog?', 'child'));
    expect(chat.getSnapshot().pending).toEqual([]);
    expect(sessionStorage.getItem('schakel.chat.outbox')).toBeNull();
    chat.stop();
  });

  it('picks up an outbox left by a reload and shows every message once, in order', () => {
    sessionStorage.setItem('schakel.chat.outbox', JSON.stringify([{ clientId: 'kept', body: 'Van voor de herlaadbeurt' }]));
    const chat = connect();
    latest().open();
    expect(latest().sent).toContainEqual({ type: 'send', clientId: 'kept', body: 'Van voor de herlaadbeurt' });
    for (const seq of [2, 1, 2, 3, 1]) latest().receive(message(seq, `m${seq}`, `bericht ${seq}`));
    expect(chat.getSnapshot().messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    chat.stop();
  });

  it('resends after "slow down" and stops for good when the chat is blocked', async () => {
    const chat = connect();
    latest().open();
    chat.send('Hallo');
    latest().receive({ type: 'error', code: 'rate_limited', clientId: 'id-1' });
    await vi.advanceTimersByTimeAsync(20);
    expect(latest().sent.filter((f) => f.type === 'send')).toHaveLength(2);
    latest().close(4403);
    expect(chat.getSnapshot().final).toBe('blocked');
    const sockets = ScriptedSocket.all.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ScriptedSocket.all).toHaveLength(sockets);
    chat.stop();
  });
});
