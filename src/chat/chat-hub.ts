// The sockets of this process, indexed by conversation and by centre, and the bus events routed
// to them. The hub never carries message text: it only tells a socket "look again", and the
// socket reads the rows it may see from the database.
import type { ChatBus, ChatEvent, ChatMarks } from './chat-bus.js';
import type { WireMessage } from './chat.schema.js';

export interface ConversationFollower {
  /** Something new to read; `seq`, when known, is the newest message's number. */
  onMessage(seq?: number): void;
  /** A message this process has just stored, handed over without a read (see `stored`). */
  onStored(message: WireMessage): void;
  /** New delivered/read marks; without them (after a resync), read them again. */
  onMarks(marks?: ChatMarks): void;
  onState(): void;
}

export interface CentreListener {
  onQueue(): void;
  onState(conversationId: string): void;
  onAlert(alertId: string): void;
}

export class ChatHub {
  private readonly followers = new Map<string, Set<ConversationFollower>>();
  private readonly centres = new Map<string, Set<CentreListener>>();
  private readonly stopListening: (() => void)[];

  constructor(bus: ChatBus) {
    this.stopListening = [bus.subscribe((event) => this.dispatch(event)), bus.onResync(() => this.resyncAll())];
  }

  follow(conversationId: string, follower: ConversationFollower): () => void {
    return addTo(this.followers, conversationId, follower);
  }

  listen(centreId: string, listener: CentreListener): () => void {
    return addTo(this.centres, centreId, listener);
  }

  /** Open sockets in this process (for the benchmark and the health of a node). */
  get followerCount(): number {
    let n = 0;
    for (const set of this.followers.values()) n += set.size;
    return n;
  }

  stop(): void {
    this.stopListening.forEach((stop) => stop());
  }

  /**
   * A message stored by this process goes straight to this process's sockets of that chat, so
   * the sender's echo and a console on the same process need no read and no round trip through
   * the database. The bus notification that follows finds them up to date and does nothing;
   * sockets on other processes read the message when that notification arrives.
   */
  stored(conversationId: string, message: WireMessage): void {
    this.followers.get(conversationId)?.forEach((f) => f.onStored(message));
  }

  private dispatch(event: ChatEvent): void {
    switch (event.kind) {
      case 'message':
        this.followers.get(event.conversationId)?.forEach((f) => f.onMessage(event.seq));
        return;
      case 'marks':
        this.followers.get(event.conversationId)?.forEach((f) => f.onMarks(event.marks));
        return;
      case 'state':
        this.followers.get(event.conversationId)?.forEach((f) => f.onState());
        this.centres.get(event.centreId)?.forEach((l) => l.onState(event.conversationId));
        return;
      case 'queue':
        this.centres.get(event.centreId)?.forEach((l) => l.onQueue());
        return;
      case 'alert':
        this.centres.get(event.centreId)?.forEach((l) => l.onAlert(event.alertId));
        return;
    }
  }

  /** After a lost LISTEN connection: everyone reads again, so nothing missed stays missed. */
  private resyncAll(): void {
    for (const set of this.followers.values()) set.forEach((f) => (f.onMessage(), f.onMarks(), f.onState()));
    for (const set of this.centres.values()) set.forEach((l) => l.onQueue());
  }
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): () => void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
  return () => {
    const current = map.get(key);
    current?.delete(value);
    if (current?.size === 0) map.delete(key);
  };
}

/**
 * Runs an async step whenever triggered, never twice at once; a trigger during a run causes one
 * more run afterwards. Keeps a socket's deliveries in order however events interleave.
 */
export class Pump {
  private running = false;
  private again = false;

  constructor(private readonly step: () => Promise<boolean | void>) {}

  trigger(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.loop();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        // A step that returns true has more to do (a page of messages was full).
        if ((await this.step()) === true) this.again = true;
      } catch {
        // The next event (or the client's next resume) retries; a socket must not die of it.
      }
    } while (this.again);
    this.running = false;
  }
}

/** Calls `action` at most once per `ms`, trailing: bursts of queue events become one refresh. */
export function debounce(action: () => void, ms: number): { (): void; cancel(): void } {
  let timer: NodeJS.Timeout | null = null;
  const run = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      action();
    }, ms);
  };
  run.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return run;
}

/** A small token bucket: `burst` frames at once, refilled at `perSecond`. */
export class RateBucket {
  private tokens: number;
  private last = Date.now();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
