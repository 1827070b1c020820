// The counsellor's console (/console): availability and capacity, the queue, my chats, and the
// open chat. Live data comes over the console socket; the lists are refetched when it nudges.
import { useState } from 'react';
import { ApiError } from '../api/client';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { useConsoleAction, useConsoleState, type ConsoleState, type ConversationSummary } from './console.api';
import { fill, useConsoleText, type ConsoleText } from './console-text';
import { ConversationPanel } from './ConversationPanel';
import { useConsoleConnection } from './useConsoleConnection';
import './console.css';

export function describeChat(c: { ageBand: string | null; topic: string | null; urgency: number }, text: ConsoleText): string {
  return [c.ageBand ? text.ageBands[c.ageBand] : text.unknown, c.topic ? text.topics[c.topic] : text.unknown, text.urgency[c.urgency]].join(' · ');
}

const minutesSince = (iso: string) => Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 60_000));

function Availability({ state, text }: { state: ConsoleState; text: ConsoleText }) {
  const presence = useConsoleAction<{ status: 'available' | 'away'; capacity: number }>(() => '/api/console/presence', (body) => body);
  const { status, capacity } = state.presence;
  return (
    <section className="console-box" aria-labelledby="availability-title">
      <h2 id="availability-title" className="console-box__title">
        {text.availability}
      </h2>
      <p>
        <Badge tone={status === 'available' ? 'positive' : 'neutral'}>{status === 'available' ? text.available : text.away}</Badge>
      </p>
      <div className="console-row">
        <Button variant={status === 'available' ? 'secondary' : 'primary'} isPending={presence.isPending} onPress={() => presence.mutate({ status: status === 'available' ? 'away' : 'available', capacity })}>
          {status === 'available' ? text.makeAway : text.makeAvailable}
        </Button>
        <label className="console-inline">
          <span>{text.capacity}</span>
          <select className="field__input console-select" value={capacity} onChange={(e) => presence.mutate({ status, capacity: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}

function Queue({ state, text, onTaken }: { state: ConsoleState; text: ConsoleText; onTaken: (id: string) => void }) {
  const take = useConsoleAction<void, { conversationId: string }>(() => '/api/console/take-next');
  return (
    <section className="console-box" aria-labelledby="queue-title">
      <h2 id="queue-title" className="console-box__title">
        {text.queue} ({state.queue.length})
      </h2>
      {state.queue.length === 0 ? (
        <p className="console-muted">{text.queueEmpty}</p>
      ) : (
        <ol className="console-queue">
          {state.queue.map((q) => (
            <li key={q.id} className={q.urgency === 2 ? 'console-queue__item console-queue__item--urgent' : 'console-queue__item'}>
              <span>{describeChat(q, text)}</span>
              <span className="console-muted">
                {fill(text.waiting, { m: minutesSince(q.queuedAt) })}
                {q.returning ? ` · ${text.returning}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
      {take.error instanceof ApiError ? <Alert tone="warning">{take.error.message}</Alert> : null}
      <Button isDisabled={state.queue.length === 0} isPending={take.isPending} onPress={() => take.mutate(undefined, { onSuccess: (r) => onTaken(r.conversationId) })}>
        {text.takeNext}
      </Button>
    </section>
  );
}

function MyChats({ chats, selected, onSelect, text }: { chats: ConversationSummary[]; selected: string | null; onSelect: (id: string) => void; text: ConsoleText }) {
  return (
    <section className="console-box" aria-labelledby="my-chats-title">
      <h2 id="my-chats-title" className="console-box__title">
        {text.myChats}
      </h2>
      {chats.length === 0 ? <p className="console-muted">{text.noChats}</p> : null}
      <ul className="console-chats">
        {chats.map((c, i) => (
          <li key={c.id}>
            <button type="button" className="console-chat" aria-current={c.id === selected ? 'true' : undefined} onClick={() => onSelect(c.id)}>
              <span className="console-chat__name">{fill(text.chatWith, { n: i + 1 })}</span>
              <span className="console-muted">{describeChat(c, text)}</span>
              <span className="console-chat__badges">
                {c.riskLevel ? <Badge tone="negative">{text.acute}</Badge> : null}
                {c.status === 'ended' ? <Badge tone={c.registered ? 'positive' : 'neutral'}>{c.registered ? text.registered : text.toRegister}</Badge> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ConsolePage() {
  const text = useConsoleText();
  const state = useConsoleState();
  const [connection, snapshot] = useConsoleConnection('/api/console/socket');
  const [selected, setSelected] = useState<string | null>(null);
  const chats = state.data?.conversations ?? [];
  const current = chats.find((c) => c.id === selected) ?? chats.find((c) => c.status === 'active') ?? null;

  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      {snapshot?.connection === 'offline' ? <Alert tone="warning">{text.offline}</Alert> : null}
      {state.data === undefined ? (
        <Spinner />
      ) : (
        <div className="console">
          <div className="console__side">
            <Availability state={state.data} text={text} />
            <Queue state={state.data} text={text} onTaken={setSelected} />
            <MyChats chats={chats} selected={current?.id ?? null} onSelect={setSelected} text={text} />
          </div>
          <div className="console__main">
            {current && connection && snapshot ? (
              <ConversationPanel key={current.id} chat={current} connection={connection} snapshot={snapshot} text={text} />
            ) : (
              <EmptyState title={text.chooseChat} />
            )}
          </div>
        </div>
      )}
    </>
  );
}
