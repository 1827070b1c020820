// Group commit for one process. Under load, many sockets each want one small statement at the same
// moment (store a message, write marks, read what a notification announced); sent one by one they
// queue up on the pool and every round trip costs both the process and the database CPU. A Batcher
// takes everything that arrives while the previous batch is on its way and sends it as one
// statement; a lone call goes at once (after the current turn of the event loop).

export class Batcher<I, O> {
  private queue: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private running = false;

  /** `run` answers every item of a batch, in the order given (one answer per item). */
  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly max = 500,
  ) {}

  add(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate, not a microtask: frames that arrived in the same poll of the sockets join.
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    this.running = true;
    const batch = this.queue.splice(0, this.max);
    try {
      const answers = await this.run(batch.map((b) => b.item));
      batch.forEach((b, i) => b.resolve(answers[i]!));
    } catch (error) {
      batch.forEach((b) => b.reject(error));
    } finally {
      this.running = false;
      if (this.queue.length) this.schedule();
    }
  }
}

/**
 * Runs a batch as one statement; an item the statement left unanswered (`undefined`: a resend, a
 * chat that ended…) and, when the statement fails, every item is run alone, one after the other in
 * the order they came, so that one bad item never fails its neighbours, every caller gets its own
 * answer or its own error, and messages keep their order.
 */
export function orOneByOne<I, O>(together: (items: I[]) => Promise<(O | undefined)[]>, alone: (item: I) => Promise<O>): (items: I[]) => Promise<Settled<O>[]> {
  const settle = (item: I) => alone(item).then(ok, failed);
  return async (items) => {
    let answers: (O | undefined)[] = items.map(() => undefined);
    if (items.length > 1) answers = await together(items).catch(() => answers);
    const settled: Settled<O>[] = [];
    for (const [i, answer] of answers.entries()) settled.push(answer === undefined ? await settle(items[i]!) : ok(answer));
    return settled;
  };
}

export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };
const ok = <O>(value: O): Settled<O> => ({ ok: true, value });
const failed = (error: unknown): Settled<never> => ({ ok: false, error });

/** A Batcher whose callers each get their own value or their own error. */
export class SettledBatcher<I, O> {
  private readonly batcher: Batcher<I, Settled<O>>;

  constructor(together: (items: I[]) => Promise<(O | undefined)[]>, alone: (item: I) => Promise<O>, max?: number) {
    this.batcher = new Batcher(orOneByOne(together, alone), max);
  }

  async add(item: I): Promise<O> {
    const settled = await this.batcher.add(item);
    if (!settled.ok) throw settled.error;
    return settled.value;
  }
}
