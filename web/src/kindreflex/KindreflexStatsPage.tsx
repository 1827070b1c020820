import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { outcomeIds } from '../../../src/kindreflex/outcomes';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { MonthField } from '../ui/MonthField';
import { Table } from '../ui/Table';
import { kindreflexApi, type CompletionStats } from './kindreflex.api';
import { fill, outcomeLabels, useKindreflexText } from './kindreflex.text';
import './kindreflex-results.css';

type SectorRow = CompletionStats['sectors'][number];

/** Team leads see how often the public guide was completed, per sector and outcome. */
export function KindreflexStatsPage() {
  const { text, locale } = useKindreflexText();
  const api = useApi();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const stats = useQuery({
    queryKey: ['kindreflex', 'stats', period],
    queryFn: ({ signal }) => kindreflexApi.stats(api, period, signal),
  });
  const labels = outcomeLabels[locale];
  const number = (n: number) => n.toLocaleString(locale);

  const sectorColumns = [
    {
      id: 'sector',
      header: text.statsSector,
      cell: (row: SectorRow) => row.name,
      isRowHeader: true,
    },
    ...outcomeIds.map((id) => ({
      id,
      header: labels[id],
      cell: (row: SectorRow) => number(row.outcomes[id]),
      className: 'kr-number',
    })),
    {
      id: 'total',
      header: text.statsAll,
      cell: (row: SectorRow) => number(row.completions),
      className: 'kr-number',
    },
  ];

  return (
    <>
      <PageHeader title={text.statsTitle} description={<p>{text.statsIntro}</p>} />
      <form
        className="kr-stats__filters"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod({
            ...(draft.from ? { from: draft.from } : {}),
            ...(draft.to ? { to: draft.to } : {}),
          });
        }}
      >
        <MonthField
          id="kr-stats-from"
          label={text.statsFrom}
          value={draft.from}
          onChange={(from) => setDraft((d) => ({ ...d, from }))}
        />
        <MonthField
          id="kr-stats-to"
          label={text.statsTo}
          value={draft.to}
          onChange={(to) => setDraft((d) => ({ ...d, to }))}
        />
        <Button type="submit" variant="secondary">
          {text.statsShow}
        </Button>
      </form>
      {stats.isPending ? <Spinner label={text.statsLoading} /> : null}
      {stats.isError ? <Alert tone="error">{stats.error.message}</Alert> : null}
      {stats.data ? (
        <>
          <p className="kr-stats__total">
            {stats.data.from} – {stats.data.to}:{' '}
            {fill(text.statsTotal, { n: number(stats.data.total) })}
          </p>
          {stats.data.total === 0 ? (
            <EmptyState title={text.statsEmpty} />
          ) : (
            <>
              <section className="section" aria-labelledby="kr-by-sector">
                <h2 id="kr-by-sector" className="section-title">
                  {text.statsBySector}
                </h2>
                <Table
                  caption={text.statsBySector}
                  captionHidden
                  columns={sectorColumns}
                  rows={stats.data.sectors}
                  rowKey={(row) => row.sector}
                />
              </section>
              <section className="section" aria-labelledby="kr-by-month">
                <h2 id="kr-by-month" className="section-title">
                  {text.statsByMonth}
                </h2>
                <Table
                  caption={text.statsByMonth}
                  captionHidden
                  columns={[
                    {
                      id: 'month',
                      header: text.statsMonth,
                      cell: (row: { month: string }) => row.month,
                      isRowHeader: true,
                    },
                    {
                      id: 'count',
                      header: text.statsCount,
                      cell: (row: { completions: number }) => number(row.completions),
                      className: 'kr-number',
                    },
                  ]}
                  rows={stats.data.months}
                  rowKey={(row) => row.month}
                />
              </section>
            </>
          )}
        </>
      ) : null}
    </>
  );
}
