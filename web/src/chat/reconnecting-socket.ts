// A WebSocket that keeps coming back: after a network drop, a phone waking up or a server restart
// it reconnects with a growing pause, at once when the browser says it is online again, and it
// notices a silently dead connection (no answer to a ping) instead of waiting forever.

export type SocketStatus = 'connecting' | 'open' | 'offline';

export interface ReconnectingSocketOptions {
  url: string;
  /** Called on every (re)connection: say hello and resend what was not acknowledged. */
  onOpen: (send: (frame: object) => void) => void;
  onFrame: (frame: Record<string, unknown>) => void;
  onStatus: (status: SocketStatus) => void;
  /** A close code after which reconnecting makes no sense (e.g. unknown conversation). */
  isFinal?: (code: number) => boolean;
  onFinal?: (code: number) => void;
  createSocket?: (url: string) => WebSocket;
  pingEveryMs?: number;
  pongTimeoutMs?: number;
}

const BACKOFF_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

export class ReconnectingSocket {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private stopped = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly online = () => this.reconnectNow();
  private readonly offline = () => this.socket?.close();

  constructor(private readonly options: ReconnectingSocketOptions) {
    globalThis.addEventListener?.('online', this.online);
    globalThis.addEventListener?.('offline', this.offline);
    this.connect();
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(frame: object): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  stop(): void {
    this.stopped = true;
    globalThis.removeEventListener?.('online', this.online);
    globalThis.removeEventListener?.('offline', this.offline);
    this.clearTimers();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.close();
    this.socket = null;
  }

  private connect(): void {
    if (this.stopped) return;
    this.options.onStatus('connecting');
    const socket = (this.options.createSocket ?? ((url) => new WebSocket(url)))(this.options.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.options.onStatus('open');
      this.options.onOpen((frame) => socket.send(JSON.stringify(frame)));
      this.startPinging(socket);
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      let frame: unknown;
      try {
        frame = JSON.parse(event.data);
      } catch {
        return;
      }
      if (typeof frame !== 'object' || frame === null) return;
      if ((frame as { type?: unknown }).type === 'pong' && this.pongTimer) {
        clearTimeout(this.pongTimer);
        this.pongTimer = null;
      }
      this.options.onFrame(frame as Record<string, unknown>);
    });
    socket.addEventListener('close', (event: CloseEvent) => {
      if (this.socket !== socket) return;
      this.clearTimers();
      this.socket = null;
      if (this.stopped) return;
      if (this.options.isFinal?.(event.code)) {
        this.stopped = true;
        this.options.onFinal?.(event.code);
        return;
      }
      this.options.onStatus('offline');
      this.scheduleReconnect();
    });
  }

  private startPinging(socket: WebSocket): void {
    this.clearTimers();
    this.pingTimer = setInterval(() => {
      if (socket.readyState !== WebSocket.OPEN) return;
      socket.send(JSON.stringify({ type: 'ping' }));
      this.pongTimer ??= setTimeout(() => socket.close(), this.options.pongTimeoutMs ?? 8_000);
    }, this.options.pingEveryMs ?? 20_000);
  }

  private clearTimers(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.pingTimer = null;
    this.pongTimer = null;
  }

  private scheduleReconnect(): void {
    if (this.retryTimer || this.stopped) return;
    const pause = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)]!;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, pause);
  }

  /** The browser is back online: do not wait for the backoff timer. */
  private reconnectNow(): void {
    if (this.stopped || this.isOpen) return;
    this.attempt = 0;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.socket) {
      this.socket.close();
      return;
    }
    this.connect();
  }
}

export function socketUrl(path: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}
