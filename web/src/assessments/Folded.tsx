// A folded form under its summary line. The form is only built when unfolded: a case file holds
// many forms, and most of them stay closed. It starts unfolded when the worker has unsaved typing
// in it, so restored work is in sight after a reload.
import { useState, type ReactNode } from 'react';
import { hasStoredDraft } from './conflict';

/** `children` may take a `close` callback, so a form can fold itself away once its work is saved. */
export function Folded({ summary, draftKey, children }: { summary: string; draftKey?: string; children: ReactNode | ((close: () => void) => ReactNode) }) {
  const [open, setOpen] = useState(() => (draftKey ? hasStoredDraft(draftKey) : false));
  return (
    <details className="casework-form" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (typeof children === 'function' ? children(() => setOpen(false)) : children) : null}
    </details>
  );
}
