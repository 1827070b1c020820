import type { CaseSummary } from './cases.api';
import { fill, formatDate, useCasesText } from './cases-text';

/** The next deadline in words; a missed one is red, one due within a day amber. */
export function DeadlineBadge({ deadline }: { deadline: CaseSummary['deadline'] }) {
  const { text, locale } = useCasesText();
  if (!deadline) return <span className="muted">—</span>;
  const when = fill(text.deadline[deadline.state], { date: formatDate(deadline.dueAt, locale) });
  return (
    <span className={`deadline deadline--${deadline.state}`}>
      <span className="deadline__kind">{text.deadline[deadline.kind]}</span> <span className="deadline__when">{when}</span>
    </span>
  );
}
