import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { auditApi } from './audit.api';
import { hasAuditFilters } from './audit-search';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFiltersForm } from './AuditFiltersForm';
import { ChainVerification } from './ChainVerification';

const auditRoute = getRouteApi('/app/audit');

/** The DPO's view of who did what, to which record, and why; filters live in the URL. */
export function AuditPage() {
  const { t } = useTranslation();
  const api = useApi();
  const filters = auditRoute.useSearch();
  const navigate = auditRoute.useNavigate();
  const events = useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam, signal }) => auditApi.events(api, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];
  // Errors about particular filters belong on those fields; anything else is about the list.
  const filterError =
    events.error instanceof ApiError && events.error.fields.length > 0 ? events.error : null;

  return (
    <>
      <PageHeader title={t('audit.title')} description={<p>{t('audit.intro')}</p>} />
      <ChainVerification />
      <section className="section" aria-labelledby="audit-events-title">
        <h2 id="audit-events-title" className="section-title">
          {t('audit.eventsTitle')}
        </h2>
        <AuditFiltersForm
          // Remount when the URL changes (back button) so the fields show the filters in force.
          key={JSON.stringify(filters)}
          filters={filters}
          error={filterError}
          onApply={(next) => void navigate({ search: next })}
        />
        {events.isPending ? <Spinner label={t('audit.loading')} /> : null}
        {events.isError && filterError === null ? (
          <Alert tone="error">{events.error.message}</Alert>
        ) : null}
        {events.isSuccess && rows.length === 0 ? (
          <EmptyState
            title={t('audit.empty.title')}
            description={
              hasAuditFilters(filters) ? t('audit.empty.filtered') : t('audit.empty.none')
            }
          />
        ) : null}
        {rows.length > 0 ? (
          <AuditEventsTable events={rows} onFilter={(next) => void navigate({ search: next })} />
        ) : null}
        {events.hasNextPage ? (
          <Button
            variant="secondary"
            isPending={events.isFetchingNextPage}
            onPress={() => void events.fetchNextPage()}
          >
            {t('audit.loadMore')}
          </Button>
        ) : null}
      </section>
    </>
  );
}
