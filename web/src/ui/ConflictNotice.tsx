// Optimistic locking, said plainly. A save based on an outdated version is refused with 409
// `conflict` and the fields a colleague changed ("changed by … at …"). The form keeps what the
// worker typed (it is a draft), says so above itself and, where it can, shows under each of those
// fields what is saved now. Saving again then deliberately keeps the worker's version, based on
// the newest one.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useDraft } from '../cases/useDraft';
import { Alert } from './Alert';

export function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.code === 'conflict';
}

export function ConflictNotice({ error, message }: { error: unknown; message: string }) {
  return isConflict(error) ? <Alert tone="warning">{message}</Alert> : null;
}

/** The top-level fields a conflict names (`dangerStatements.2.worry` → `dangerStatements`). */
export function conflictPaths(error: unknown): string[] {
  if (!isConflict(error)) return [];
  const paths = error.fields.map((f) => f.path.split('.')[0] ?? f.path);
  // A conflict without field details still means "something changed": say so on the whole form.
  return paths.length ? [...new Set(paths)] : ['*'];
}

/** A draft of a server record: follows the record while untouched, keeps the worker's typing otherwise. */
export function useRecordDraft<T extends object>(key: string, saved: T) {
  const draft = useDraft<T>(key, saved);
  const [conflict, setConflict] = useState<string[]>([]);
  const { replace } = draft;
  useEffect(() => replace(saved), [saved, replace]);
  return {
    ...draft,
    conflict,
    onError: (error: unknown) => setConflict(conflictPaths(error)),
    onSaved: () => {
      draft.forget();
      setConflict([]);
    },
    inConflict: (field: string) => conflict.includes(field) || conflict.includes('*'),
  };
}

/** Memoises a draft shape derived from server data, so it changes only when the data does. */
export function useSavedShape<S, T>(source: S, toShape: (source: S) => T): T {
  return useMemo(() => toShape(source), [source]);
}

/** Under a field a colleague changed: what is saved now, next to the worker's own text. */
export function SavedMeanwhile({ show, label, children }: { show: boolean; label: string; children: ReactNode }) {
  if (!show) return null;
  return (
    <div className="saved-meanwhile">
      <strong>{label}</strong> <span>{children}</span>
    </div>
  );
}
