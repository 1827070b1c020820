import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from './draft-storage';

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
    storage.setItem('old', JSON.stringify({ concern: 'Tekst', removedField: 1, children: 'not a list' }));
    expect(readDraft(storage, 'old', empty)).toEqual({ concern: 'Tekst', children: [], urgent: false });
    storage.setItem('broken', '{not json');
    expect(readDraft(storage, 'broken', empty)).toBeNull();
    expect(readDraft(undefined, 'k', empty)).toBeNull();
  });
});
