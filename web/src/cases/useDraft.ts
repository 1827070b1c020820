import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, safeLocalStorage, writeDraft } from './draft-storage';

/** State that survives a reload or a lost session until `discard()` after a successful save. */
export function useDraft<T extends object>(key: string, empty: T) {
  const storage = safeLocalStorage();
  const [initial] = useState(() => readDraft(storage, key, empty));
  const [value, setValue] = useState<T>(initial ?? empty);
  const [restored, setRestored] = useState(initial !== null);
  // A restored draft is the user's own typing: newer values from the server must not replace it.
  const touched = useRef(initial !== null);

  useEffect(() => {
    if (!touched.current) return;
    // A short pause keeps typing smooth; a reload within it loses at most a few keystrokes.
    const timer = setTimeout(() => writeDraft(storage, key, value), 250);
    return () => clearTimeout(timer);
  }, [key, storage, value]);

  const update = useCallback((change: (current: T) => T) => {
    touched.current = true;
    setValue(change);
  }, []);

  const discard = useCallback(() => {
    touched.current = false;
    clearDraft(storage, key);
    setValue(empty);
    setRestored(false);
  }, [empty, key, storage]);

  /** Saved on the server: the stored draft goes, what is on screen stays. */
  const forget = useCallback(() => {
    touched.current = false;
    clearDraft(storage, key);
    setRestored(false);
  }, [key, storage]);

  /** Shows newer values from the server, unless the user is typing over them. */
  const replace = useCallback((next: T) => {
    if (!touched.current) setValue(next);
  }, []);

  return { value, update, restored, discard, forget, replace, isDirty: () => touched.current };
}
