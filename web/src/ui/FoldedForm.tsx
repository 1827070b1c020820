// A form folded under its title (<details>/<summary>: Enter or Space opens it, no script needed),
// so a case file stays calm. It opens by itself when it holds restored unsaved work, so a worker
// coming back sees at once that their typing is still there.
import { useEffect, useRef, type ReactNode } from 'react';
import { cx } from './cx';

export function FoldedForm({ summary, openInitially = false, className, children }: { summary: ReactNode; openInitially?: boolean; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (openInitially && !opened.current && ref.current) {
      ref.current.open = true;
      opened.current = true;
    }
  }, [openInitially]);
  return (
    <details ref={ref} className={cx('casework-form', className)}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
