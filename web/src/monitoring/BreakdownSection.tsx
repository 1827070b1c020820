import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { barChartOption } from '../../../src/monitoring/chart-options';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { EChart } from './EChart';
import { downloadUrl, monitoringApi, type Breakdown, type Catalogue } from './monitoring.api';
import { fill, useMonitoringText } from './monitoring.text';

type Row = Breakdown['rows'][number];

export function BreakdownSection({ catalogue, id, from, to }: { catalogue: Catalogue; id: string; from: string; to: string }) {
  const { text, locale } = useMonitoringText();
  const api = useApi();
  const table = useQuery({ queryKey: ['monitoring', 'breakdown', id, from, to, locale], queryFn: ({ signal }) => monitoringApi.breakdown(api, { id, from, to }, signal) });
  const data = table.data;
  const columnName = (code: string) => (code === 'FLANDERS_WIDE' ? text.flandersWide : (catalogue.regions.find((r) => r.code === code)?.name[locale] ?? code));

  const option = useMemo(
    () =>
      data
        ? barChartOption({
            categories: data.rows.map((r) => r.label),
            series: [{ name: columnName('VL'), values: data.rows.map((r) => r.total) }],
            unitLabel: text.units.count,
          })
        : null,
    // columnName follows the locale and catalogue, covered by `data` (fetched per locale).
    [data],
  );

  if (table.isPending) return <Spinner label={text.loading} />;
  if (table.isError) return <Alert tone="error">{table.error.message}</Alert>;
  if (!data || !option) return null;
  const show = (n: number | null) => (n === null ? text.suppressed : n.toLocaleString(locale));
  const totalRow: Row = { code: '__total', label: text.total, counts: data.totals, total: data.grandTotal };
  return (
    <>
      <EChart option={option} summary={fill(text.barSummary, { name: data.name })} height={360} />
      <Table
        caption={`${data.name} (${data.from} – ${data.to})`}
        columns={[
          { id: 'label', header: text.category, cell: (row: Row) => row.label, isRowHeader: true },
          ...data.columns.map((code, index) => ({
            id: code,
            header: columnName(code),
            cell: (row: Row) => show(index < row.counts.length ? (row.counts[index] ?? null) : row.total),
            className: 'mon-number',
          })),
        ]}
        rows={[...data.rows, totalRow]}
        rowKey={(row) => row.code}
      />
      <p className="mon-downloads">
        <a href={downloadUrl('/api/monitoring/breakdown/export', { id, from, to, format: 'csv' })} download>
          {text.downloadCsv}
        </a>
        <a href={downloadUrl('/api/monitoring/breakdown/export', { id, from, to, format: 'xlsx' })} download>
          {text.downloadXlsx}
        </a>
      </p>
    </>
  );
}
