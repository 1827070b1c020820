import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { barChartOption } from '../../../src/monitoring/chart-options';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { EChart } from './EChart';
import { studiesApi, type Interval, type Surveys } from './studies.api';
import { SurveyForm } from './SurveyForm';
import { useStudiesText } from './studies.text';

type Row = { key: string; name: string; instrument: string; sample: string; four: Interval | null; one: Interval | null };

/** ACE prevalence from population surveys, with intervals, beside the published references. */
export function SurveySection() {
  const { text, locale } = useStudiesText();
  const api = useApi();
  const query = useQuery({ queryKey: ['monitoring', 'surveys'], queryFn: ({ signal }) => studiesApi.surveys(api, signal) });
  const data: Surveys | undefined = query.data;
  const rows: Row[] = useMemo(
    () =>
      data
        ? [
            ...data.surveys.map((s, i) => ({ key: `s${i}`, name: `${s.name} (${s.year})`, instrument: s.instrument, sample: s.sampleSize.toLocaleString(locale), four: s.fourOrMore, one: s.atLeastOne })),
            ...data.references.map((r) => ({ key: r.id, name: `${text.references}: ${r.label[locale]}`, instrument: '', sample: '', four: { share: r.fourOrMore, lower: r.fourOrMore, upper: r.fourOrMore }, one: null })),
          ]
        : [],
    [data, locale, text.references],
  );
  const option = useMemo(() => barChartOption({ categories: rows.map((r) => r.name), series: [{ name: text.fourPlus, values: rows.map((r) => (r.four ? Math.round(r.four.share * 1000) / 10 : null)) }], unitLabel: '%' }), [rows, text.fourPlus]);
  if (query.isPending) return <Spinner label="…" />;
  if (query.isError) return <Alert tone="error">{query.error.message}</Alert>;
  const pct = (x: Interval | null, withInterval: boolean) =>
    x === null ? '–' : withInterval && x.lower !== x.upper ? `${(x.share * 100).toFixed(1)} % (${(x.lower * 100).toFixed(1)}–${(x.upper * 100).toFixed(1)})` : `${(x.share * 100).toFixed(1)} %`;
  return (
    <>
      {data && data.surveys.length === 0 ? <p>{text.noSurvey}</p> : null}
      <EChart option={option} summary={text.aceChart} height={320} />
      <Table
        caption={text.surveyTitle}
        captionHidden
        columns={[
          { id: 'name', header: text.survey, cell: (r: Row) => r.name, isRowHeader: true },
          { id: 'instrument', header: text.instrument, cell: (r: Row) => r.instrument },
          { id: 'n', header: text.sample, cell: (r: Row) => r.sample, className: 'mon-number' },
          { id: 'four', header: text.fourPlus, cell: (r: Row) => pct(r.four, true), className: 'mon-number' },
          { id: 'one', header: text.onePlus, cell: (r: Row) => pct(r.one, true), className: 'mon-number' },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
      <p className="mon-note">{text.aceNote}</p>
      <SurveyForm />
    </>
  );
}
