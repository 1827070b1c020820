// A form folded under its title (<details>/<summary>: Enter or Space opens it, no script needed),
// so a case file stays calm. The form is only built while unfolded — a case file (and the partner
// directory) holds many forms and most stay closed — and what was typed lives in the caller (or in
// its draft), so folding never loses it. It opens by itself when it holds restored unsaved work
// (`openInitially`, or a stored draft under `draftKey`), so a worker coming back sees at once that
// their typing is still there.
import { useEffect, useState, type ReactNode } from 'react';
import { hasStoredDraft } from '../cases/draft-storage';
import { cx } from './cx';

interface FoldedFormProps {
  summary: ReactNode;
  openInitially?: boolean;
  /** The draft the form keeps: when one is stored, the form starts unfolded. */
  draftKey?: string;
  className?: string;
  /** May take a `close` callback, so a form can fold itself away once its work is saved. */
  children: ReactNode | ((close: () => void) => ReactNode);
}

export function FoldedForm({ summary, openInitially = false, draftKey, className, children }: FoldedFormProps) {
  const [open, setOpen] = useState(() => openInitially || (draftKey !== undefined && hasStoredDraft(draftKey)));
  useEffect(() => {
    if (openInitially) setOpen(true);
  }, [openInitially]);
  return (
    <details className={cx('casework-form', className)} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (typeof children === 'function' ? children(() => setOpen(false)) : children) : null}
    </details>
  );
}
