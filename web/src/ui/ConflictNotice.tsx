// Optimistic locking, said plainly: when a save is refused because a colleague changed the record
// first, the form says so above itself. The refreshed record is shown, the worker's own input stays
// in the form, and the server's per-field "changed by … at …" lines sit in the form's summary.
import { ApiError } from '../api/client';
import { Alert } from './Alert';

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'conflict';
}

export function ConflictNotice({ error, message }: { error: unknown; message: string }) {
  return isConflict(error) ? <Alert tone="warning">{message}</Alert> : null;
}
