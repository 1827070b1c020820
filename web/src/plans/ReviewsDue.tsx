// On the worker's case home: safety-plan reviews that fall due within a week (or are overdue)
// on the worker's own cases.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { fill, formatDate } from '../cases/cases-text';
import { plansApi, plansKeys } from './plans.api';
import { usePlansText } from './plans-text';

export function ReviewsDue() {
  const { text, locale } = usePlansText();
  const api = useApi();
  const due = useQuery({ queryKey: plansKeys.reviewsDue, queryFn: () => plansApi.reviewsDue(api) });
  return (
    <section className="section" aria-labelledby="reviews-due-title">
      <h2 id="reviews-due-title" className="section-title">
        {text.dueTitle}
      </h2>
      {due.data?.length === 0 ? <p className="muted">{text.dueNone}</p> : null}
      <ul>
        {(due.data ?? []).map((r) => (
          <li key={r.caseId}>
            <Link to="/cases/$caseId" params={{ caseId: r.caseId }}>
              {r.caseNumber}
            </Link>{' '}
            · {fill(text.version, { n: r.currentNumber })} · <span className={r.reviewState === 'overdue' ? 'clock--overdue' : undefined}>{fill(text.reviewStates[r.reviewState], { date: formatDate(r.nextReviewOn, locale) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
