import { fill, formatDate } from '../cases/cases-text';
import type { FollowUpState } from './consult.api';
import { useConsultText } from './consult-text';

/** A follow-up date with its state; a missed one is red and bold, wherever it is shown. */
export function FollowUpText({ on, state }: { on: string | null; state: FollowUpState | null }) {
  const { text, locale } = useConsultText();
  if (on === null) return <>—</>;
  if (state === null) return <>{formatDate(on, locale)}</>;
  return <span className={`follow-up--${state}`}>{fill(text.due[state], { date: formatDate(on, locale) })}</span>;
}
