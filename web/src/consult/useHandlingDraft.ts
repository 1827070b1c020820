// The handling form as a draft over the question's saved values. When a save meets a conflict (a
// colleague saved first) the newest version is loaded: fields the worker did not touch follow it,
// the worker's own choices stay, and the conflict stays on screen, naming what the colleague
// changed, until the worker saves again or dismisses it.
import { useRef, useState } from 'react';
import type { ConsultDetail } from './consult.api';

export interface HandlingValues {
  assignedTo: string;
  urgency: ConsultDetail['urgency'];
  kindreflexStep: string;
  followUpOn: string;
}

export type ChangedField = keyof HandlingValues | 'status';

const FIELDS = ['assignedTo', 'urgency', 'kindreflexStep', 'followUpOn'] as const;

export function handlingValues(consult: ConsultDetail): HandlingValues {
  return { assignedTo: consult.assignedTo?.id ?? '', urgency: consult.urgency, kindreflexStep: consult.kindreflexStep ?? '', followUpOn: consult.followUpOn ?? '' };
}

interface Seen {
  version: number;
  values: HandlingValues;
  status: ConsultDetail['status'];
}

const seenOf = (consult: ConsultDetail): Seen => ({ version: consult.version, values: handlingValues(consult), status: consult.status });

/** What a colleague changed since `from`; null while the newest version is still on its way. */
function changesSince(from: Seen, consult: ConsultDetail): ChangedField[] | null {
  if (consult.version === from.version) return null;
  const newest = handlingValues(consult);
  const changed: ChangedField[] = FIELDS.filter((f) => from.values[f] !== newest[f]);
  return from.status === consult.status ? changed : [...changed, 'status'];
}

export function useHandlingDraft(consult: ConsultDetail) {
  const [seen, setSeen] = useState<Seen>(() => seenOf(consult));
  const [form, setForm] = useState<HandlingValues>(seen.values);
  // The version a save was based on, and the one a refused save was based on.
  const attempt = useRef<Seen>(seen);
  const [conflictFrom, setConflictFrom] = useState<Seen | null>(null);

  // A newer version arrived (after a save, a conflict or a refetch): adopt it where the worker
  // has not chosen otherwise. Adjusted while rendering, so no frame shows the stale values.
  if (consult.version !== seen.version) {
    const next = seenOf(consult);
    const untouched = (field: keyof HandlingValues) => form[field] === seen.values[field];
    setForm(Object.fromEntries(FIELDS.map((f) => [f, untouched(f) ? next.values[f] : form[f]])) as unknown as HandlingValues);
    setSeen(next);
  }

  return {
    form,
    setForm,
    /** Null when there is no conflict to show; else the fields a colleague changed (null: loading). */
    conflict: conflictFrom ? { changed: changesSince(conflictFrom, consult) } : null,
    /** Call as a save starts: the notice ends and the save's base is remembered. */
    saving: () => {
      attempt.current = seen;
      setConflictFrom(null);
    },
    /** The save was refused because a colleague saved first. */
    refused: () => setConflictFrom(attempt.current),
    dismiss: () => setConflictFrom(null),
  };
}
