// What the chat keeps in the browser: only the conversation token and the unsent messages, in
// sessionStorage (gone when the tab closes). "Snel weg" wipes every Schakel key, in both stores.
const TOKEN_KEY = 'schakel.chat.token';
const OUTBOX_KEY = 'schakel.chat.outbox';
const PREFIX = 'schakel.';

export interface OutboxEntry {
  clientId: string;
  body: string;
}

function session(): Storage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return session()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) session()?.removeItem(key);
    else session()?.setItem(key, value);
  } catch {
    // Blocked storage: the chat still works, it just cannot survive a reload.
  }
}

function wipe(storage: () => Storage): void {
  try {
    const store = storage();
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false);
    keys.forEach((key) => store.removeItem(key));
  } catch {
    // Nothing could be stored either.
  }
}

export const chatStorage = {
  readToken: (): string | null => read(TOKEN_KEY),
  writeToken: (token: string | null): void => write(TOKEN_KEY, token),
  readOutbox(): OutboxEntry[] {
    try {
      const parsed = JSON.parse(read(OUTBOX_KEY) ?? '[]') as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter((entry: unknown): entry is OutboxEntry => {
        const e = entry as Partial<OutboxEntry> | null;
        return typeof e?.clientId === 'string' && typeof e.body === 'string';
      });
    } catch {
      return [];
    }
  },
  writeOutbox: (entries: OutboxEntry[]): void => write(OUTBOX_KEY, entries.length ? JSON.stringify(entries) : null),
  /** Every trace of Schakel this browser kept: the chat's keys and the language choice. */
  wipeEverything(): void {
    wipe(() => globalThis.sessionStorage);
    wipe(() => globalThis.localStorage);
  },
};
