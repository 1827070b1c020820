import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, readProgress } from './guide-storage';
import { OUTCOME, useGuide } from './useGuide';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

/** Walks the general guide to "no concern": three reflective steps, then decision 1. */
function walkToKeepSupporting(guide: { current: ReturnType<typeof useGuide> }) {
  act(() => guide.current.answer('gut_feeling', 'Het kind lijkt moe.'));
  for (let i = 0; i < 3; i += 1) act(() => void guide.current.next());
  act(() => {
    guide.current.answer('concern', 'no');
    guide.current.answer('parent_willing', 'yes');
  });
}

describe('the guide in the browser', () => {
  it('walks the steps the rules choose, refuses to pass a decision without an answer, and goes back', () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useGuide(storage));
    act(() => result.current.start('algemeen', false));
    expect(result.current.step?.id).toBe('children');
    for (let i = 0; i < 3; i += 1) act(() => void result.current.next());
    expect(result.current.step?.id).toBe('concern');
    let missing: string[] = [];
    act(() => {
      missing = result.current.next();
    });
    expect(missing).toEqual(['concern', 'parent_willing']);
    expect(result.current.step?.id).toBe('concern');
    act(() => {
      result.current.answer('concern', 'yes');
      result.current.answer('parent_willing', 'yes');
      result.current.answer('concern_kind', 'maltreatment');
    });
    act(() => void result.current.next());
    expect(result.current.path).toEqual(['children', 'wellbeing', 'support', 'concern', 'danger']);
    act(() => result.current.back());
    expect(result.current.step?.id).toBe('concern');
  });

  it('keeps nothing on the device unless asked', () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useGuide(storage));
    act(() => result.current.start('caw', false));
    walkToKeepSupporting(result);
    act(() => void result.current.next());
    expect(result.current.atOutcome).toBe(true);
    expect(storage.length).toBe(0);
  });

  it('keeps progress when asked, resumes it where it was, and forgets it completely', () => {
    const storage = memoryStorage();
    const first = renderHook(() => useGuide(storage));
    act(() => first.result.current.start('ggz', true));
    walkToKeepSupporting(first.result);
    expect(readProgress(storage)).toMatchObject({
      sector: 'ggz',
      position: 'concern',
      answers: { gut_feeling: 'Het kind lijkt moe.', concern: 'no' },
    });
    act(() => void first.result.current.next());
    expect(readProgress(storage)?.position).toBe(OUTCOME);

    const later = renderHook(() => useGuide(storage));
    expect(later.result.current.saved?.sector).toBe('ggz');
    act(() => later.result.current.resume());
    expect(later.result.current.atOutcome).toBe(true);
    expect(later.result.current.answers.gut_feeling).toBe('Het kind lijkt moe.');

    act(() => later.result.current.forget());
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(later.result.current.content).toBeUndefined();
    expect(later.result.current.saved).toBeNull();
  });

  it('ignores stored progress it cannot read, and resumes at a step the rules still lead to', () => {
    const storage = memoryStorage();
    storage.setItem(PROGRESS_KEY, '{"sector": 3}');
    expect(renderHook(() => useGuide(storage)).result.current.saved).toBeNull();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        sector: 'algemeen',
        contentVersion: '2020.1',
        answers: { concern: 'yes' },
        position: 'results',
        savedAt: '2026-03-04T10:00:00Z',
      }),
    );
    const { result } = renderHook(() => useGuide(storage));
    act(() => result.current.resume());
    // "results" needs decisions that were never taken: back to the first step still open.
    expect(result.current.step?.id).toBe('concern');
  });
});
