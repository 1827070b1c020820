import type { TimelineEntry } from './cases.api';
import { formatDateTime, useCasesText } from './cases-text';
import { eventLabel } from './event-labels';

/**
 * The generated chronology, oldest first: what happened, when and by whom. A long one scrolls in
 * its own box, which therefore takes keyboard focus (arrow keys scroll it) and is named by its heading.
 */
export function Chronology({ entries, labelledBy }: { entries: readonly TimelineEntry[]; labelledBy?: string }) {
  const { text, locale } = useCasesText();
  return (
    <ol className="chronology" tabIndex={0} aria-labelledby={labelledBy}>
      {entries.map((e) => (
        <li key={e.id} className={`chronology__item chronology__item--${e.kind.replace('.', '-')}`}>
          <time dateTime={e.occurredAt} className="chronology__time">
            {formatDateTime(e.occurredAt, locale)}
          </time>{' '}
          <span className="chronology__what">{eventLabel(text.events, e.kind, text.unknownEvent)}</span>
          {e.actor ? <span className="muted"> · {e.actor.name}</span> : null}
        </li>
      ))}
    </ol>
  );
}
