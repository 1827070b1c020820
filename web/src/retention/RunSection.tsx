// Dry run, then purge. The dry run shows per kind of record how many cases and records would go
// and the closure date before which they count; the purge asks once more, repeating the numbers,
// and sends the dry run's id, so it removes exactly what was shown (the API refuses otherwise).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime, formatNumber } from '../ui/format';
import { Table } from '../ui/Table';
import { retentionApi, retentionKeys, totalsOf, type ReportLine, type Run } from './retention.api';
import { useRetentionText } from './retention-text';

/** A calendar date (YYYY-MM-DD) in the reader's language. */
const formatDate = (day: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

function ReportTable({ caption, report }: { caption: string; report: ReportLine[] }) {
  const { text, locale } = useRetentionText();
  return (
    <Table
      caption={caption}
      rows={report}
      rowKey={(l) => l.recordType}
      columns={[
        { id: 'type', header: text.type, cell: (l) => text.types[l.recordType], isRowHeader: true },
        { id: 'period', header: text.period, cell: (l) => fill(text.months, { n: l.keepMonths }) },
        { id: 'before', header: text.before, cell: (l) => formatDate(l.closedBefore, locale) },
        { id: 'cases', header: text.cases, cell: (l) => formatNumber(l.cases, locale) },
        { id: 'records', header: text.records, cell: (l) => formatNumber(l.records, locale) },
      ]}
    />
  );
}

export function RunSection() {
  const { text, locale } = useRetentionText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [dry, setDry] = useState<Run | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: retentionKeys.all });
  const dryRun = useMutation({ mutationFn: () => retentionApi.dryRun(api), onSuccess: setDry, onSettled: refresh });
  const purge = useMutation({
    mutationFn: (dryRunId: string) => retentionApi.purge(api, dryRunId),
    onSuccess: () => {
      setConfirming(false);
      setDry(null);
    },
    onSettled: refresh,
  });
  const totals = dry ? totalsOf(dry.report) : null;
  return (
    <section className="section" aria-labelledby="retention-run-title">
      <h2 id="retention-run-title" className="section-title">
        {text.runTitle}
      </h2>
      <p>{text.runIntro}</p>
      <div className="button-row">
        <Button variant="secondary" isPending={dryRun.isPending} onPress={() => dryRun.mutate()}>
          {text.dryRun}
        </Button>
      </div>
      {dryRun.isError ? <Alert tone="error">{dryRun.error.message}</Alert> : null}
      {purge.isSuccess ? (
        <Alert tone="success">
          <span role="status">{fill(text.purged, { records: formatNumber(totalsOf(purge.data.report).records, locale) })}</span>
        </Alert>
      ) : null}
      {dry && totals ? (
        <>
          <ReportTable caption={fill(text.dryRunOf, { when: formatDateTime(dry.ranAt, locale) })} report={dry.report} />
          {totals.records === 0 ? (
            <p role="status">{text.nothing}</p>
          ) : (
            <ConfirmDialog
              triggerLabel={text.purge}
              triggerVariant="danger"
              title={text.purgeTitle}
              confirmLabel={text.purgeConfirm}
              isOpen={confirming}
              onOpenChange={setConfirming}
              onConfirm={() => purge.mutate(dry.runId)}
              isPending={purge.isPending}
              errorMessage={purge.isError ? purge.error.message : null}
            >
              <p>{fill(text.purgeSummary, { records: formatNumber(totals.records, locale), cases: formatNumber(totals.cases, locale) })}</p>
              <ul>
                {dry.report
                  .filter((l) => l.records > 0)
                  .map((l) => (
                    <li key={l.recordType}>{fill(text.purgeLine, { type: text.types[l.recordType], records: formatNumber(l.records, locale), date: formatDate(l.closedBefore, locale) })}</li>
                  ))}
              </ul>
            </ConfirmDialog>
          )}
        </>
      ) : null}
    </section>
  );
}
