// A form folded under its title (<details>/<summary>: Enter or Space opens it, no script needed),
// so a case file stays calm. The form is only built while unfolded — a case file (and the partner
// directory) holds many forms and most stay closed — and what was typed lives in the caller, so
// folding never loses it. It opens by itself when it holds restored unsaved work, so a worker
// coming back sees at once that their typing is still there.
import { useEffect, useState, type ReactNode } from 'react';
import { cx } from './cx';

export function FoldedForm({ summary, openInitially = false, className, children }: { summary: ReactNode; openInitially?: boolean; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(openInitially);
  useEffect(() => {
    if (openInitially) setOpen(true);
  }, [openInitially]);
  return (
    <details className={cx('casework-form', className)} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
