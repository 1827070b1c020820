// The DPO's and administrators' retention screen: periods per kind of record, dry run and purge,
// recent runs, and the case files on hold. Counts, case numbers and reasons; never a name.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import '../cases/cases.css';
import { Alert } from '../ui/Alert';
import { formatDateTime, formatNumber } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { PolicyList } from './PolicyList';
import { retentionApi, retentionKeys, totalsOf } from './retention.api';
import { useRetentionText } from './retention-text';
import { RunSection } from './RunSection';

function RecentRuns() {
  const { text, locale } = useRetentionText();
  const api = useApi();
  const runs = useQuery({ queryKey: retentionKeys.runs, queryFn: () => retentionApi.runs(api) });
  return (
    <section className="section" aria-labelledby="retention-runs-title">
      <h2 id="retention-runs-title" className="section-title">
        {text.runsTitle}
      </h2>
      {runs.isPending ? <Spinner /> : null}
      {runs.isError ? <Alert tone="error">{runs.error.message}</Alert> : null}
      {runs.data?.length === 0 ? <p className="muted">{text.noRuns}</p> : null}
      {runs.data?.length ? (
        <Table
          caption={text.runsTitle}
          captionHidden
          rows={runs.data}
          rowKey={(r) => r.id}
          columns={[
            { id: 'when', header: text.when, cell: (r) => formatDateTime(r.ranAt, locale), isRowHeader: true },
            { id: 'mode', header: text.mode, cell: (r) => text.modes[r.mode] },
            { id: 'records', header: text.total, cell: (r) => formatNumber(totalsOf(r.report).records, locale) },
          ]}
        />
      ) : null}
    </section>
  );
}

function Holds() {
  const { text, locale } = useRetentionText();
  const api = useApi();
  const holds = useQuery({ queryKey: retentionKeys.holds, queryFn: () => retentionApi.holds(api) });
  return (
    <section className="section" aria-labelledby="retention-holds-title">
      <h2 id="retention-holds-title" className="section-title">
        {text.holdsTitle}
      </h2>
      <p>{text.holdsIntro}</p>
      {holds.isPending ? <Spinner /> : null}
      {holds.isError ? <Alert tone="error">{holds.error.message}</Alert> : null}
      {holds.data?.length === 0 ? <p className="muted">{text.noHolds}</p> : null}
      {holds.data?.length ? (
        <Table
          caption={text.holdsTitle}
          captionHidden
          rows={holds.data}
          rowKey={(h) => h.caseId}
          columns={[
            { id: 'number', header: text.caseNumber, cell: (h) => h.caseNumber, isRowHeader: true },
            { id: 'reason', header: text.reason, cell: (h) => h.reason },
            { id: 'setAt', header: text.setAt, cell: (h) => formatDateTime(h.setAt, locale) },
            { id: 'setBy', header: text.setBy, cell: (h) => h.setBy.name },
          ]}
        />
      ) : null}
    </section>
  );
}

export function RetentionPage() {
  const { text } = useRetentionText();
  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      <PolicyList />
      <RunSection />
      <RecentRuns />
      <Holds />
    </>
  );
}
