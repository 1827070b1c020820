import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { lineChartOption } from '../../../src/monitoring/chart-options';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { EChart } from './EChart';
import { downloadUrl, monitoringApi, seriesQuery, type Catalogue, type SeriesParams } from './monitoring.api';
import { fill, formatValue, useMonitoringText } from './monitoring.text';

export function SeriesSection({ catalogue, params }: { catalogue: Catalogue; params: SeriesParams }) {
  const { text, locale } = useMonitoringText();
  const api = useApi();
  const series = useQuery({ queryKey: ['monitoring', 'series', params], queryFn: ({ signal }) => monitoringApi.series(api, params, signal) });
  const indicator = catalogue.indicators.find((i) => i.id === params.indicator);
  const regionName = (code: string) => catalogue.regions.find((r) => r.code === code)?.name[locale] ?? code;
  const data = series.data;

  const option = useMemo(() => {
    if (!data || !indicator) return null;
    const vlTargets = data.targets.filter((t) => t.region === data.regions[0]?.region && t.target !== null);
    const target = vlTargets.length > 0 && vlTargets.every((t) => t.target === vlTargets[0]?.target) ? vlTargets[0]?.target ?? null : null;
    return lineChartOption({
      periods: data.periods,
      series: data.regions.map((r) => ({ name: regionName(r.region), values: r.points.map((p) => p.value) })),
      unitLabel: text.units[data.unit],
      target: target === null ? null : { label: text.target, value: target },
    });
    // regionName depends on the catalogue and locale, both covered by the keys below.
  }, [data, indicator, locale]);

  if (series.isPending) return <Spinner label={text.loading} />;
  if (series.isError) return <Alert tone="error">{series.error.message}</Alert>;
  if (!data || !indicator || !option) return null;

  const name = indicator.name[locale];
  const cell = (region: string, period: string): string => {
    const point = data.regions.find((r) => r.region === region)?.points.find((p) => p.period === period);
    if (!point || point.status === 'no_data') return '–';
    return point.status === 'suppressed' ? text.suppressed : formatValue(point.value, data.unit, locale);
  };
  const query = seriesQuery(params);
  return (
    <>
      <EChart option={option} summary={fill(text.chartSummary, { name, period: text.periodTypes[data.periodType], regions: data.regions.map((r) => regionName(r.region)).join(', ') })} />
      <Table
        caption={`${text.tableCaption}: ${name} (${text.units[data.unit]})`}
        columns={[
          { id: 'period', header: text.period, cell: (period: string) => period, isRowHeader: true },
          ...data.regions.map((r) => ({ id: r.region, header: regionName(r.region), cell: (period: string) => cell(r.region, period), className: 'mon-number' })),
        ]}
        rows={data.periods}
        rowKey={(period) => period}
      />
      <p className="mon-downloads">
        <a href={downloadUrl('/api/monitoring/series/export', { ...query, format: 'csv' })} download>
          {text.downloadCsv}
        </a>
        <a href={downloadUrl('/api/monitoring/series/export', { ...query, format: 'xlsx' })} download>
          {text.downloadXlsx}
        </a>
      </p>
    </>
  );
}
