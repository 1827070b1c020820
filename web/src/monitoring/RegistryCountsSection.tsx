import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { studiesApi, type RegistryCount } from './studies.api';
import { useStudiesText } from './studies.text';

const REGIONS = ['ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU', 'VL'] as const;

/** Aggregated counts imported from other registries, per province, small counts withheld. */
export function RegistryCountsSection({ year, regionName }: { year: number; regionName: (code: string) => string }) {
  const { text, locale } = useStudiesText();
  const api = useApi();
  const query = useQuery({ queryKey: ['monitoring', 'registry-counts', year], queryFn: ({ signal }) => studiesApi.registryCounts(api, year, signal) });
  if (query.isPending) return <Spinner label="…" />;
  if (query.isError) return <Alert tone="error">{query.error.message}</Alert>;
  if (query.data.registries.length === 0) return <p>{text.noRegistryCounts}</p>;
  const show = (n: number | null | undefined) => (n === null || n === undefined ? text.suppressed : n.toLocaleString(locale));
  return (
    <Table
      caption={`${text.registryCountsTitle} ${year}`}
      columns={[
        { id: 'registry', header: text.registry, cell: (r: RegistryCount) => `${r.registry}: ${r.measure}`, isRowHeader: true },
        ...REGIONS.map((code) => ({ id: code, header: regionName(code), cell: (r: RegistryCount) => show(r.counts[code]), className: 'mon-number' })),
      ]}
      rows={query.data.registries}
      rowKey={(r) => `${r.registry}-${r.measure}`}
    />
  );
}
