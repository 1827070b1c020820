import type { TimelineEntry } from './cases.api';
import { formatDateTime, useCasesText } from './cases-text';
import { eventLabel } from './event-labels';

/** The generated chronology, oldest first: what happened, when and by whom. */
export function Chronology({ entries }: { entries: readonly TimelineEntry[] }) {
  const { text, locale } = useCasesText();
  return (
    <ol className="chronology">
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
