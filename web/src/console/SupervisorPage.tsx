// The supervisor's view (/console/supervise): reports of acute danger first, with the emergency
// protocol and a record of what was done; then the queue, who talks to whom, and canned responses.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { useConsoleAction, type CannedResponse, type QueueEntry } from './console.api';
import { fill, useConsoleText, type ConsoleText } from './console-text';
import { EmergencyProtocol } from './ChatActions';
import { ChatSettingsForm } from './ChatSettingsForm';
import { describeChat } from './ConsolePage';
import { useConsoleConnection } from './useConsoleConnection';
import './console.css';

interface RiskAlert {
  id: string;
  conversationId: string;
  raisedBy: string;
  raisedAt: string;
}

interface Overview {
  queue: QueueEntry[];
  pairs: { id: string; counsellor: string; takenAt: string | null; urgency: number; ageBand: string | null; topic: string | null; riskLevel: string | null }[];
  counsellors: { id: string; displayName: string; status: string; online: boolean; capacity: number; active: number }[];
}

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' }) : '');

function AlertCard({ alert, text }: { alert: RiskAlert; text: ConsoleText }) {
  const [action, setAction] = useState('');
  const [note, setNote] = useState('');
  const record = useConsoleAction<void>(() => `/api/console/supervise/alerts/${alert.id}/action`, () => ({ action, ...(note.trim() ? { note } : {}) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action) record.mutate();
  };
  return (
    <li className="console-alert">
      <p className="console-alert__title">{text.riskTitle}</p>
      <p>{fill(text.alertRaised, { who: alert.raisedBy, time: time(alert.raisedAt) })}</p>
      <EmergencyProtocol text={text} />
      <form className="console-composer" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{text.action}</span>
          <select className="field__input" value={action} onChange={(e) => setAction(e.target.value)} required>
            <option value="" />
            {Object.entries(text.actions).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{text.actionNote}</span>
          <textarea className="field__input" rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {record.error ? <Alert tone="error">{record.error.message}</Alert> : null}
        <Button type="submit" variant="danger" isDisabled={!action} isPending={record.isPending}>
          {text.recordAction}
        </Button>
      </form>
    </li>
  );
}

function CannedEditor({ text }: { text: ConsoleText }) {
  const api = useApi();
  const list = useQuery({ queryKey: ['console', 'supervise', 'canned'], queryFn: ({ signal }) => api.get<{ responses: CannedResponse[] }>('/api/console/supervise/canned', { signal }) });
  const [draft, setDraft] = useState({ title: '', body: '' });
  const add = useConsoleAction<void>(() => '/api/console/supervise/canned', () => ({ ...draft, sort: list.data?.responses.length ?? 0 }));
  const remove = useConsoleAction<string>((id) => `/api/console/supervise/canned/${id}/delete`);
  return (
    <section className="console-box" aria-labelledby="canned-title">
      <h2 id="canned-title" className="console-box__title">
        {text.cannedTitle}
      </h2>
      <ul className="console-notes__list">
        {list.data?.responses.map((r) => (
          <li key={r.id} className="console-canned">
            <div>
              <strong>{r.title}</strong>
              <p>{r.body}</p>
            </div>
            <Button variant="quiet" aria-label={`${text.cannedDelete}: ${r.title}`} onPress={() => remove.mutate(r.id)}>
              {text.cannedDelete}
            </Button>
          </li>
        ))}
      </ul>
      <form className="console-composer" onSubmit={(e) => (e.preventDefault(), add.mutate(undefined, { onSuccess: () => setDraft({ title: '', body: '' }) }))}>
        <label className="field">
          <span className="field__label">{text.cannedTitleLabel}</span>
          <input className="field__input" maxLength={120} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{text.cannedBodyLabel}</span>
          <textarea className="field__input" rows={2} maxLength={2000} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
        </label>
        <Button type="submit" variant="secondary" isDisabled={!draft.title.trim() || !draft.body.trim()} isPending={add.isPending}>
          {text.cannedAdd}
        </Button>
      </form>
    </section>
  );
}

export function SupervisorPage() {
  const text = useConsoleText();
  const api = useApi();
  const overview = useQuery({ queryKey: ['console', 'supervise', 'overview'], queryFn: ({ signal }) => api.get<Overview>('/api/console/supervise/overview', { signal }), refetchInterval: 30_000 });
  const alerts = useQuery({ queryKey: ['console', 'supervise', 'alerts'], queryFn: ({ signal }) => api.get<{ alerts: RiskAlert[] }>('/api/console/supervise/alerts', { signal }) });
  const [, snapshot] = useConsoleConnection('/api/console/supervise/socket', () => void alerts.refetch());
  const data = overview.data;

  return (
    <>
      <PageHeader title={text.supervise} description={<p>{text.superviseIntro}</p>} />
      {snapshot?.connection === 'offline' ? <Alert tone="warning">{text.offline}</Alert> : null}
      <section className="console-box console-box--alerts" aria-labelledby="alerts-title" aria-live="assertive">
        <h2 id="alerts-title" className="console-box__title">
          {text.alerts}
        </h2>
        {alerts.data?.alerts.length ? (
          <ul className="console-alerts">
            {alerts.data.alerts.map((a) => (
              <AlertCard key={a.id} alert={a} text={text} />
            ))}
          </ul>
        ) : (
          <p className="console-muted">{text.noAlerts}</p>
        )}
      </section>
      <div className="console-grid">
        <section className="console-box" aria-labelledby="sv-queue-title">
          <h2 id="sv-queue-title" className="console-box__title">
            {text.queue} ({data?.queue.length ?? 0})
          </h2>
          {data?.queue.length ? (
            <ol className="console-queue">
              {data.queue.map((q) => (
                <li key={q.id} className="console-queue__item">
                  {describeChat(q, text)} · {time(q.queuedAt)}
                </li>
              ))}
            </ol>
          ) : (
            <p className="console-muted">{text.queueEmpty}</p>
          )}
        </section>
        <section className="console-box" aria-labelledby="sv-pairs-title">
          <h2 id="sv-pairs-title" className="console-box__title">
            {text.pairs}
          </h2>
          {data?.pairs.length ? (
            <ul className="console-queue">
              {data.pairs.map((p) => (
                <li key={p.id} className="console-queue__item">
                  <span>
                    {p.counsellor} · {describeChat(p, text)} · {time(p.takenAt)}
                  </span>
                  {p.riskLevel ? <Badge tone="negative">{text.acute}</Badge> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="console-muted">{text.noPairs}</p>
          )}
        </section>
        <section className="console-box" aria-labelledby="sv-counsellors-title">
          <h2 id="sv-counsellors-title" className="console-box__title">
            {text.counsellors}
          </h2>
          <ul className="console-queue">
            {data?.counsellors.map((c) => (
              <li key={c.id} className="console-queue__item">
                <span>{c.displayName}</span>
                <span className="console-muted">
                  {c.online && c.status === 'available' ? text.available : text.away} · {fill(text.load, { active: c.active, capacity: c.capacity })}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <CannedEditor text={text} />
        <ChatSettingsForm text={text} />
      </div>
    </>
  );
}
