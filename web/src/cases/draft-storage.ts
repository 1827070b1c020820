// Typed work is never lost: forms keep a draft in the browser's storage until it is saved on the
// server. The key carries the user's id, so the next person at a shared computer does not get it.
// Storage can be unavailable (private mode, policies): the form then simply works without drafts.
// A draft holds personal data, so it expires: after a working day it is not restored but removed.

export const DRAFT_LIFETIME_MS = 12 * 3_600_000;
export function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored draft merged onto `empty`: fields the form no longer has are dropped and fields it
 * gained get their empty value, so an old draft never breaks a newer form.
 */
export function readDraft<T extends object>(storage: Storage | undefined, key: string, empty: T, now = Date.now()): T | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const stored: unknown = JSON.parse(raw);
    if (!isPlainObject(stored) || typeof stored.savedAt !== 'number' || now - stored.savedAt > DRAFT_LIFETIME_MS) {
      storage?.removeItem(key);
      return null;
    }
    const parsed = stored.value;
    if (!isPlainObject(parsed)) return null;
    const merged: Record<string, unknown> = { ...(empty as Record<string, unknown>) };
    for (const field of Object.keys(empty)) {
      const stored = parsed[field];
      const fallback = (empty as Record<string, unknown>)[field];
      if (stored !== undefined && typeof stored === typeof fallback && Array.isArray(stored) === Array.isArray(fallback)) merged[field] = stored;
    }
    return merged as T;
  } catch {
    return null;
  }
}

export function writeDraft(storage: Storage | undefined, key: string, value: unknown, now = Date.now()): void {
  try {
    storage?.setItem(key, JSON.stringify({ savedAt: now, value }));
  } catch {
    // Full or blocked storage: the draft is not kept, the form keeps working.
  }
}

export function clearDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** Whether a form has unsaved typing stored, so its (folded) section can open to show it. */
export function hasStoredDraft(key: string): boolean {
  return readDraft(safeLocalStorage(), key, {}) !== null;
}
