import { fill, formatDate } from '../cases/cases-text';
import type { ManoClock } from './mano.api';
import { useManoText } from './mano-text';

/** The 65-working-day clock in words; the last two weeks and overdue stand out. */
export function ManoClockText({ clock }: { clock: ManoClock }) {
  const { text, locale } = useManoText();
  return (
    <span className={`clock clock--${clock.state}`}>
      {fill(text.clock[clock.state], { left: clock.workingDaysLeft, late: -clock.workingDaysLeft, due: formatDate(clock.dueOn, locale) })} <span className="muted">· {fill(text.elapsed, { n: clock.workingDaysElapsed })}</span>
    </span>
  );
}
