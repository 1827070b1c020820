import { describe, expect, it } from 'vitest';
import { clearDraft, DRAFT_LIFETIME_MS, readDraft, writeDraft } from './draft-storage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

const empty = { concern: '', children: [] as string[], urgent: false };

describe('drafts of typed work', () => {
  it('restores what was typed, and nothing after it is cleared', () => {
    const storage = memoryStorage();
    expect(readDraft(storage, 'k', empty)).toBeNull();
    writeDraft(storage, 'k', { concern: 'Blauwe plekken', children: ['Noor'], urgent: true });
    expect(readDraft(storage, 'k', empty)).toEqual({ concern: 'Blauwe plekken', children: ['Noor'], urgent: true });
    clearDraft(storage, 'k');
    expect(readDraft(storage, 'k', empty)).toBeNull();
  });

  it('fits an old or damaged draft onto the current form instead of breaking it', () => {
    const storage = memoryStorage();
    storage.setItem('old', JSON.stringify({ savedAt: Date.now(), value: { concern: 'Tekst', removedField: 1, children: 'not a list' } }));
    expect(readDraft(storage, 'old', empty)).toEqual({ concern: 'Tekst', children: [], urgent: false });
    storage.setItem('broken', '{not json');
    expect(readDraft(storage, 'broken', empty)).toBeNull();
    expect(readDraft(undefined, 'k', empty)).toBeNull();
  });

  it('forgets a draft after a working day instead of keeping personal data around', () => {
    const storage = memoryStorage();
    const written = Date.parse('2026-03-02T08:00:00Z');
    writeDraft(storage, 'k', { concern: 'Blauwe plekken', children: [], urgent: false }, written);
    expect(readDraft(storage, 'k', empty, written + DRAFT_LIFETIME_MS - 1)?.concern).toBe('Blauwe plekken');
    expect(readDraft(storage, 'k', empty, written + DRAFT_LIFETIME_MS + 1)).toBeNull();
    expect(storage.getItem('k')).toBeNull();
  });
});
