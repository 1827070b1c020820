// The worker's case home: search, the deadlines that need attention, and my open cases.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { buttonClassName } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { casesApi, casesKeys } from './cases.api';
import { CaseSearch } from './CaseSearch';
import { CaseTable } from './CaseTable';
import { TriageQueue } from './TriageQueue';
import { useCasesText } from './cases-text';
import './cases.css';
import { ManoDue } from '../mano/ManoDue';
import { ReviewsDue } from '../plans/ReviewsDue';
import { MyTasks } from '../teamwork/MyTasks';

const appRoute = getRouteApi('/app');

export function CasesHomePage() {
  const { text } = useCasesText();
  const api = useApi();
  const { user } = appRoute.useRouteContext();
  const taxonomy = useQuery({ queryKey: casesKeys.taxonomy, queryFn: () => casesApi.taxonomy(api), staleTime: 10 * 60_000 });
  const deadlines = useQuery({ queryKey: casesKeys.deadlines, queryFn: () => casesApi.deadlines(api) });
  const mine = useQuery({ queryKey: casesKeys.mine, queryFn: () => casesApi.mine(api) });
  return (
    <>
      <PageHeader
        title={text.home.title}
        description={<p>{text.home.intro}</p>}
        actions={
          <>
            <Link to="/cases/intake" className={buttonClassName('primary')}>
              {text.home.newReport}
            </Link>
            {user.role === 'team_lead' ? (
              <Link to="/cases/waiting-list" className={buttonClassName('secondary')}>
                {text.home.waitingList}
              </Link>
            ) : null}
          </>
        }
      />
      <CaseSearch terms={taxonomy.data} />
      <TriageQueue terms={taxonomy.data} />
      <section className="section" aria-labelledby="deadlines-title">
        <h2 id="deadlines-title" className="section-title">
          {text.home.deadlines}
        </h2>
        {deadlines.isPending ? <Spinner /> : null}
        {deadlines.isError ? <Alert tone="error">{deadlines.error.message}</Alert> : null}
        {deadlines.data?.length === 0 ? <EmptyState title={text.home.deadlinesEmpty} /> : null}
        {deadlines.data?.length ? <CaseTable caption={text.home.deadlines} captionHidden rows={deadlines.data} terms={taxonomy.data} /> : null}
      </section>
      <section className="section" aria-labelledby="mine-title">
        <h2 id="mine-title" className="section-title">
          {text.home.mine}
        </h2>
        {mine.isPending ? <Spinner /> : null}
        {mine.isError ? <Alert tone="error">{mine.error.message}</Alert> : null}
        {mine.data?.length === 0 ? <EmptyState title={text.home.mineEmpty} /> : null}
        {mine.data?.length ? <CaseTable caption={text.home.mine} captionHidden rows={mine.data} terms={taxonomy.data} hide={['owner']} /> : null}
      </section>
      <ManoDue />
      <ReviewsDue />
      <MyTasks />
    </>
  );
}
