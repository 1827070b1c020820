// The team lead's waiting list: long waits come first on the screen (an alert with the count),
// then the list in order of urgency and waiting time with the expected start, and per case the
// two actions a lead takes while a case waits: assign it, or re-triage its urgency.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { casesApi, casesKeys, type Term, type WaitingEntry, type WorkerLoad } from './cases.api';
import { CapacityTable } from './CapacityTable';
import { CaseTable } from './CaseTable';
import { fill, useCasesText } from './cases-text';
import './cases.css';

function AssignControl({ entry, workers }: { entry: WaitingEntry; workers: readonly WorkerLoad[] }) {
  const { text } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const candidates = workers.filter((w) => w.teamId === entry.teamId);
  const [ownerId, setOwnerId] = useState('');
  const assign = useMutation({
    mutationFn: () => casesApi.assign(api, entry.id, { version: entry.version, ownerId, memberIds: [] }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
  return (
    <div className="row-action">
      <label className="visually-hidden" htmlFor={`assign-${entry.id}`}>
        {`${text.waiting.assignTo} ${entry.number}`}
      </label>
      <select id={`assign-${entry.id}`} className="field__input field__input--compact" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
        <option value="">{text.waiting.assignTo}…</option>
        {candidates.map((w) => (
          <option key={w.id} value={w.id}>
            {`${w.name} (${w.activeCases}/${w.capacity})`}
          </option>
        ))}
      </select>
      <Button variant="secondary" isDisabled={!ownerId} isPending={assign.isPending} onPress={() => assign.mutate()} aria-label={`${text.waiting.assign} ${entry.number}`}>
        {text.waiting.assign}
      </Button>
      {assign.isError ? <span className="field__error" role="alert">{assign.error.message}</span> : null}
    </div>
  );
}

function RetriageControl({ entry, terms }: { entry: WaitingEntry; terms: readonly Term[] | undefined }) {
  const { text, locale } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const retriage = useMutation({
    mutationFn: (urgency: string) => casesApi.retriage(api, entry.id, { version: entry.version, urgency }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
  return (
    <>
      <label className="visually-hidden" htmlFor={`urgency-${entry.id}`}>
        {`${text.waiting.retriage} ${entry.number}`}
      </label>
      <select id={`urgency-${entry.id}`} className="field__input field__input--compact" value={entry.urgency} disabled={retriage.isPending} onChange={(e) => retriage.mutate(e.target.value)}>
        {(terms ?? []).filter((t) => t.kind === 'urgency' && t.active).map((t) => (
          <option key={t.code} value={t.code}>
            {locale === 'en' ? t.labelEn : t.labelNl}
          </option>
        ))}
      </select>
      {retriage.isError ? <span className="field__error" role="alert">{retriage.error.message}</span> : null}
    </>
  );
}

export function WaitingListPage() {
  const { text } = useCasesText();
  const api = useApi();
  const taxonomy = useQuery({ queryKey: casesKeys.taxonomy, queryFn: () => casesApi.taxonomy(api), staleTime: 10 * 60_000 });
  const list = useQuery({ queryKey: casesKeys.waiting, queryFn: () => casesApi.waitingList(api) });
  const capacity = useQuery({ queryKey: casesKeys.capacity, queryFn: () => casesApi.capacity(api) });
  const summary = list.data?.summary;
  return (
    <>
      <PageHeader title={text.waiting.title} description={<p>{text.waiting.intro}</p>} />
      {list.isPending ? <Spinner /> : null}
      {list.isError ? <Alert tone="error">{list.error.message}</Alert> : null}
      {summary && summary.overdue > 0 ? (
        <Alert tone="error" title={fill(text.waiting.overdue, { n: summary.overdue })}>
          <p>{fill(text.waiting.longest, { n: summary.longestWaitDays })}</p>
        </Alert>
      ) : null}
      {summary ? (
        <p className="waiting-summary">
          {fill(text.waiting.summary, { waiting: summary.waiting, free: summary.freeSlots, capacity: summary.capacity, pace: summary.startsPerWeek })}
        </p>
      ) : null}
      {list.data?.entries.length === 0 ? <EmptyState title={text.waiting.empty} /> : null}
      {list.data?.entries.length ? (
        <CaseTable
          caption={text.waiting.title}
          captionHidden
          rows={list.data.entries}
          terms={taxonomy.data}
          hide={['status', 'owner', 'urgency']}
          leading={[{ id: 'position', header: text.waiting.position, className: 'numeric', cell: (row) => row.position }]}
          trailing={[
            { id: 'expected', header: text.waiting.expected, cell: (row) => (row.expectedWaitWeeks === null ? text.waiting.unknown : row.expectedWaitWeeks === 0 ? text.waiting.now : fill(text.waiting.weeks, { n: row.expectedWaitWeeks })) },
            { id: 'retriage', header: text.waiting.retriage, cell: (row) => <RetriageControl entry={row} terms={taxonomy.data} /> },
            { id: 'assign', header: text.waiting.assign, cell: (row) => <AssignControl entry={row} workers={capacity.data ?? []} /> },
          ]}
        />
      ) : null}
      {capacity.data ? <CapacityTable workers={capacity.data} /> : null}
    </>
  );
}
