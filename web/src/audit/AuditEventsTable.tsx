import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format';
import { Table, type TableColumn } from '../ui/Table';
import type { AuditEvent } from './audit.api';
import type { AuditFilters } from './audit-search';

/** Enough of the hash to compare two rows by eye; the full value is in the tooltip. */
const SHORT_HASH_LENGTH = 12;
/** Record ids are UUIDs: the first block tells rows apart, the full id is one click away as a filter. */
const SHORT_ID_LENGTH = 8;

export interface AuditEventsTableProps {
  events: readonly AuditEvent[];
  /** Narrows the log to one person or one record, the DPO's usual next question. */
  onFilter: (filters: AuditFilters) => void;
}

export function AuditEventsTable({ events, onFilter }: AuditEventsTableProps) {
  const { t, i18n } = useTranslation();
  const columns: TableColumn<AuditEvent>[] = [
    {
      id: 'seq',
      header: t('audit.table.seq'),
      cell: (event) => `#${event.seq}`,
      isRowHeader: true,
      className: 'table__cell--number',
    },
    {
      id: 'occurredAt',
      header: t('audit.table.occurredAt'),
      cell: (event) => (
        <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
      ),
      className: 'table__cell--nowrap',
    },
    {
      id: 'actor',
      header: t('audit.table.actor'),
      cell: (event) =>
        event.actor === null ? (
          <span className="muted">{t('audit.table.system')}</span>
        ) : (
          <>
            {event.actor.displayName}
            <button
              type="button"
              className="link-button table__secondary"
              onClick={() => event.actor && onFilter({ actor: event.actor.email })}
            >
              {event.actor.email}
              <span className="visually-hidden">, {t('audit.table.filterOnActor')}</span>
            </button>
          </>
        ),
    },
    { id: 'action', header: t('audit.table.action'), cell: (event) => <code>{event.action}</code> },
    {
      id: 'record',
      header: t('audit.table.record'),
      cell: (event) =>
        event.recordType === null ? (
          <span className="muted">—</span>
        ) : (
          <>
            {event.recordType}
            {event.recordId === null ? null : (
              <button
                type="button"
                className="link-button record-id"
                title={event.recordId}
                onClick={() =>
                  onFilter({
                    recordType: event.recordType ?? undefined,
                    recordId: event.recordId ?? undefined,
                  })
                }
              >
                {event.recordId.length > SHORT_ID_LENGTH
                  ? `${event.recordId.slice(0, SHORT_ID_LENGTH)}…`
                  : event.recordId}
                <span className="visually-hidden">, {t('audit.table.filterOnRecord')}</span>
              </button>
            )}
          </>
        ),
    },
    {
      id: 'purpose',
      header: t('audit.table.purpose'),
      cell: (event) => event.purpose ?? <span className="muted">—</span>,
    },
    {
      id: 'route',
      header: t('audit.table.route'),
      cell: (event) =>
        event.route === null ? <span className="muted">—</span> : <code>{event.route}</code>,
    },
    {
      id: 'hash',
      header: t('audit.table.hash'),
      cell: (event) => (
        <code title={event.hash} className="hash">
          {event.hash.slice(0, SHORT_HASH_LENGTH)}…
        </code>
      ),
    },
  ];
  return (
    <Table
      caption={t('audit.table.caption')}
      captionHidden
      columns={columns}
      rows={events}
      rowKey={(event) => String(event.seq)}
    />
  );
}
