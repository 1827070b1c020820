// The centre's consult questions: open, mine, those whose follow-up is due now, or all; newest or
// most urgent first. Missed follow-ups are announced at the top, whichever list is open.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { formatDateTime } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { buttonClassName } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { Table } from '../ui/Table';
import { consultApi, consultKeys, type ConsultListItem, type ConsultSort, type ConsultView } from './consult.api';
import { useConsultText } from './consult-text';
import { FollowUpText } from './FollowUpText';
import '../cases/cases.css';
import './consult.css';

const listRoute = getRouteApi('/app/consult');
const VIEWS: ConsultView[] = ['open', 'mine', 'due', 'all'];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function ConsultListPage() {
  const { text, locale } = useConsultText();
  const api = useApi();
  const navigate = useNavigate();
  const { view, sort } = listRoute.useSearch();
  const list = useQuery({ queryKey: consultKeys.list(view, sort), queryFn: () => consultApi.list(api, view, sort) });
  const due = useQuery({ queryKey: consultKeys.list('due', 'urgent'), queryFn: () => consultApi.list(api, 'due', 'urgent') });
  const missed = (due.data?.requests ?? []).filter((r) => r.followUpState === 'overdue').length;

  // N starts a new question, as a worker picks up the phone.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      void navigate({ to: '/consult/new' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  const columns = [
    { id: 'reference', header: text.list.reference, isRowHeader: true, cell: (r: ConsultListItem) => <Link to="/consult/$consultId" params={{ consultId: r.id }} className="case-number">{r.reference}</Link> },
    { id: 'received', header: text.list.received, cell: (r: ConsultListItem) => <>{formatDateTime(r.createdAt, locale)} · {text.channels[r.channel]}</> },
    { id: 'from', header: text.list.from, cell: (r: ConsultListItem) => <>{text.sectors[r.professionalSector]}{r.organisation ? ` · ${r.organisation}` : ''} · {r.familyNamed ? text.list.namedFamily : text.list.anonymousFamily}</> },
    { id: 'urgency', header: text.list.urgency, cell: (r: ConsultListItem) => <span className={`urgency--${r.urgency}`}>{text.urgencies[r.urgency]}</span> },
    { id: 'status', header: text.list.status, cell: (r: ConsultListItem) => text.statuses[r.status] },
    { id: 'assignee', header: text.list.assignee, cell: (r: ConsultListItem) => r.assignedTo?.name ?? <em>{text.list.nobody}</em> },
    { id: 'followUp', header: text.list.followUp, cell: (r: ConsultListItem) => <FollowUpText on={r.followUpOn} state={r.followUpState} /> },
  ];

  return (
    <>
      <PageHeader
        title={text.list.title}
        description={<p>{text.list.intro}</p>}
        actions={
          <Link to="/consult/new" className={buttonClassName('primary')}>
            {text.list.newRequest}
          </Link>
        }
      />
      {missed > 0 ? (
        <Alert tone="error" title={missed === 1 ? text.list.missed.one : text.list.missed.other.replace('{n}', String(missed))}>
          <Link to="/consult" search={{ view: 'due', sort: 'urgent' }}>
            {text.list.showMissed}
          </Link>
        </Alert>
      ) : null}
      <nav aria-label={text.list.viewsLabel}>
        <ul className="consult-views">
          {VIEWS.map((v) => (
            <li key={v}>
              <Link to="/consult" search={{ view: v, sort }} aria-current={v === view ? 'page' : undefined}>
                {text.list.views[v]}
              </Link>
            </li>
          ))}
          {(['newest', 'urgent'] as ConsultSort[]).map((s) => (
            <li key={s}>
              <Link to="/consult" search={{ view, sort: s }} aria-current={s === sort ? 'page' : undefined}>
                {s === 'newest' ? text.list.newest : text.list.urgent}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending ? <Spinner /> : null}
      {list.isError ? <Alert tone="error">{list.error.message}</Alert> : null}
      {list.data?.requests.length === 0 ? <EmptyState title={text.list.empty} /> : null}
      {list.data?.requests.length ? <Table caption={`${text.list.title}: ${text.list.views[view]}`} captionHidden columns={columns} rows={list.data.requests} rowKey={(r) => r.id} /> : null}
      {list.data?.more ? <p className="muted">{text.list.more}</p> : null}
    </>
  );
}
