import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { barChartOption } from '../../../src/monitoring/chart-options';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { EChart } from './EChart';
import { fill } from './monitoring.text';
import { studiesApi, type PrevalenceModel } from './studies.api';
import { useStudiesText } from './studies.text';

/** The year's hidden-prevalence estimate, why this model, and how much the models disagree. */
export function PrevalenceSection({ year }: { year: number }) {
  const { text, locale } = useStudiesText();
  const api = useApi();
  const query = useQuery({ queryKey: ['monitoring', 'prevalence', year], queryFn: ({ signal }) => studiesApi.prevalence(api, year, signal) });
  const estimate = query.data?.estimate ?? null;
  const number = (n: number | null | undefined) => (n === null || n === undefined ? text.suppressed : n.toLocaleString(locale));
  const models = useMemo(() => {
    if (!estimate) return [];
    const chosen = estimate.chosen?.model;
    return [...estimate.published.models].sort((a, b) => (a.model === chosen ? -1 : b.model === chosen ? 1 : (a.AIC ?? Infinity) - (b.AIC ?? Infinity)));
  }, [estimate]);
  const option = useMemo(() => barChartOption({ categories: models.map((m) => m.model), series: [{ name: text.estimate, values: models.map((m) => m.abundance) }], unitLabel: '' }), [models, text.estimate]);

  if (query.isPending) return <Spinner label="…" />;
  if (query.isError) return <Alert tone="error">{query.error.message}</Alert>;
  if (!estimate) return <p>{text.noEstimate}</p>;
  return (
    <>
      <dl className="mon-facts">
        <div>
          <dt>{text.seen}</dt>
          <dd>{number(estimate.published.n)}</dd>
        </div>
        <div>
          <dt>{text.estimate}</dt>
          <dd>{number(estimate.chosen?.abundance)}</dd>
        </div>
        <div>
          <dt>{text.interval}</dt>
          <dd>
            {number(estimate.chosen?.lower)} – {number(estimate.chosen?.upper)}
          </dd>
        </div>
      </dl>
      <p>{estimate.explanation[locale]}</p>
      <p>{fill(text.sensitivity, { low: number(estimate.sensitivity.lowest), high: number(estimate.sensitivity.highest) })}</p>
      <EChart option={option} summary={text.modelsChart} height={320} />
      <Table
        caption={text.modelsCaption}
        columns={[
          { id: 'model', header: text.model, cell: (m: PrevalenceModel) => (m.model === estimate.chosen?.model ? `${m.model} (${text.chosen})` : m.model), isRowHeader: true },
          { id: 'estimate', header: text.estimate, cell: (m: PrevalenceModel) => number(m.abundance), className: 'mon-number' },
          { id: 'ci', header: text.interval, cell: (m: PrevalenceModel) => (m.profile ? `${number(m.profile.lower)} – ${number(m.profile.upper)}` : '–'), className: 'mon-number' },
          { id: 'aic', header: text.aic, cell: (m: PrevalenceModel) => (m.AIC === null ? '–' : m.AIC.toLocaleString(locale)), className: 'mon-number' },
        ]}
        rows={models}
        rowKey={(m) => m.model}
      />
    </>
  );
}
