// What one socket does per chat it shows, the same for a child's browser and a console: send every
// message once and in order, reading the database only when a message is not already in hand, and
// write the browser's delivered/read marks without one write per frame.
import type { ChatMarks } from './chat-bus.js';
import { Pump } from './chat-hub.js';
import type { WireMessage } from './chat.schema.js';

export const PAGE = 200;

/** The messages of one chat towards one socket, from the last one that socket has. */
export class MessageFeed {
  private readonly pump = new Pump(() => this.readMore());

  constructor(
    private lastSent: number,
    private readonly read: (afterSeq: number) => Promise<WireMessage[]>,
    private readonly emit: (message: WireMessage) => void,
  ) {}

  /** The bus says there is something new; with its number, nothing is read if it was sent. */
  notified(seq?: number): void {
    if (seq !== undefined && seq <= this.lastSent) return;
    this.pump.trigger();
  }

  /** A message stored by this process: sent at once if it is the next one, else read in order. */
  stored(message: WireMessage): void {
    if (message.seq <= this.lastSent) return;
    if (message.seq !== this.lastSent + 1) return this.pump.trigger();
    this.emit(message);
    this.lastSent = message.seq;
  }

  private async readMore(): Promise<boolean> {
    const messages = await this.read(this.lastSent);
    for (const message of messages) {
      // A message sent meanwhile (by `stored`, or an earlier read) is not sent twice.
      if (message.seq <= this.lastSent) continue;
      this.emit(message);
      this.lastSent = message.seq;
    }
    return messages.length === PAGE;
  }
}

/**
 * A browser's `seen` frames for one chat, written as they come but never two writes at once: the
 * frames that arrive during a write become one write of the highest marks afterwards. Marks only
 * rise, so nothing is lost by skipping the ones in between.
 */
export class MarksWriter {
  private delivered = 0;
  private read = 0;
  private written = '0/0';
  private readonly pump = new Pump(async () => {
    const key = `${this.delivered}/${this.read}`;
    if (key === this.written) return;
    await this.write(this.delivered, this.read);
    this.written = key;
  });

  constructor(private readonly write: (delivered: number, read: number) => Promise<void>) {}

  seen(delivered: number, read: number): void {
    this.delivered = Math.max(this.delivered, delivered);
    this.read = Math.max(this.read, read);
    this.pump.trigger();
  }
}

export const marksOf = (c: { childDeliveredSeq: number; childReadSeq: number; staffDeliveredSeq: number; staffReadSeq: number }): ChatMarks => ({
  childDelivered: c.childDeliveredSeq,
  childRead: c.childReadSeq,
  staffDelivered: c.staffDeliveredSeq,
  staffRead: c.staffReadSeq,
});

/** The other side's marks as one browser was shown them: each rise is sent once, never a fall. */
export class ShownMarks {
  private delivered = -1;
  private read = -1;

  constructor(private readonly side: 'child' | 'staff') {}

  /** The receipt to send for these marks, or null when the browser has them already. */
  next(marks: ChatMarks): { delivered: number; read: number } | null {
    const [delivered, read] = this.side === 'child' ? [marks.staffDelivered, marks.staffRead] : [marks.childDelivered, marks.childRead];
    if (delivered <= this.delivered && read <= this.read) return null;
    this.delivered = Math.max(this.delivered, delivered);
    this.read = Math.max(this.read, read);
    return { delivered: this.delivered, read: this.read };
  }
}
