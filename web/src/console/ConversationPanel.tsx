// One chat on the console: what was said (live), the composer with canned responses, private
// notes, the actions, and after the end the contact registration.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ContactForm, contactPayload, type ContactValues } from '../hotline/ContactForm';
import { useCanned, useConsoleAction, type ConversationSummary } from './console.api';
import type { ConsoleConnection, ConsoleSnapshot } from './console-connection';
import { type ConsoleText } from './console-text';
import { describeChat } from './ConsolePage';
import { ChatActions } from './ChatActions';
import { ChatNotes } from './ChatNotes';
import { HandoffStep } from '../handoff/HandoffStep';

interface Props {
  chat: ConversationSummary;
  connection: ConsoleConnection;
  snapshot: ConsoleSnapshot;
  text: ConsoleText;
}

function Transcript({ chat, snapshot, text }: Omit<Props, 'connection'>) {
  const messages = snapshot.messages[chat.id] ?? [];
  const pending = snapshot.pending[chat.id] ?? [];
  const receipt = snapshot.receipts[chat.id] ?? { delivered: chat.childDeliveredSeq, read: chat.childReadSeq };
  const list = useRef<HTMLOListElement>(null);
  // Only the transcript scrolls to its newest line; the page stays where the counsellor is.
  useEffect(() => {
    if (list.current) list.current.scrollTop = list.current.scrollHeight;
  }, [messages.length, pending.length]);
  const mark = (seq: number) => (seq <= receipt.read ? text.read : seq <= receipt.delivered ? text.delivered : text.stored);
  return (
    <ol ref={list} className="console-transcript" tabIndex={0} aria-live="polite" aria-relevant="additions" aria-label={text.chatWith.replace('{n}', '')}>
      {messages.map((m) =>
        m.from === 'system' ? (
          <li key={m.seq} className="console-line console-line--system">
            {text.system[m.body] ?? m.body}
          </li>
        ) : (
          <li key={m.seq} className={`console-line console-line--${m.from}`}>
            <span className="console-line__who">{m.from === 'child' ? text.child : text.you}</span>
            <span className="console-line__body">{m.body}</span>
            <span className="console-line__meta">
              <time dateTime={m.sentAt}>{new Date(m.sentAt).toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' })}</time>
              {m.from === 'counsellor' ? ` · ${mark(m.seq)}` : ''}
            </span>
          </li>
        ),
      )}
      {pending.map((p) => (
        <li key={p.clientId} className="console-line console-line--counsellor">
          <span className="console-line__who">{text.you}</span>
          <span className="console-line__body">{p.body}</span>
          <span className="console-line__meta">{p.state === 'failed' ? text.failed : p.state === 'stored' ? text.stored : text.sending}</span>
        </li>
      ))}
    </ol>
  );
}

function Composer({ chat, connection, text }: Omit<Props, 'snapshot'>) {
  const [draft, setDraft] = useState('');
  const canned = useCanned();
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = draft.trim();
    if (!body) return;
    connection.send(chat.id, body);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) submit(event);
  };
  return (
    <form className="console-composer" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{text.message}</span>
        <textarea className="field__input console-composer__input" rows={3} maxLength={2000} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />
      </label>
      <div className="console-row">
        <label className="console-inline">
          <span>{text.canned}</span>
          <select
            className="field__input console-select"
            value=""
            onChange={(e) => {
              const chosen = canned.data?.responses.find((r) => r.id === e.target.value);
              if (chosen) setDraft((current) => (current ? `${current} ${chosen.body}` : chosen.body));
            }}
          >
            <option value="">{text.cannedNone}</option>
            {canned.data?.responses.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">{text.send}</Button>
      </div>
    </form>
  );
}

function Registration({ chat, text }: { chat: ConversationSummary; text: ConsoleText }) {
  const register = useConsoleAction<ContactValues, { id: string }>(
    () => `/api/console/conversations/${chat.id}/registration`,
    (values) => contactPayload(values),
  );
  if (chat.registered) {
    return (
      <>
        <p className="console-done">{text.registerDone}</p>
        {chat.contactId ? <HandoffStep contactId={chat.contactId} channel="chat" /> : null}
      </>
    );
  }
  return (
    <section className="console-registration" aria-labelledby={`register-${chat.id}`}>
      <h3 id={`register-${chat.id}`}>{text.registerTitle}</h3>
      <ContactForm mode="chat" initial={{ callerRole: 'child', relationToChild: 'self', ageBand: chat.ageBand && chat.ageBand !== '18_plus' ? chat.ageBand : '' }} isPending={register.isPending} error={register.error} onSubmit={(values) => register.mutate(values)} />
    </section>
  );
}

export function ConversationPanel({ chat, connection, snapshot, text }: Props) {
  const lastSeq = (snapshot.messages[chat.id] ?? []).at(-1)?.seq ?? 0;
  // The chat on screen counts as read while the console window is in front.
  useEffect(() => {
    const markRead = () => document.visibilityState === 'visible' && connection.markRead(chat.id);
    markRead();
    document.addEventListener('visibilitychange', markRead);
    return () => document.removeEventListener('visibilitychange', markRead);
  }, [connection, chat.id, lastSeq]);

  return (
    <article className="console-panel" aria-labelledby={`chat-${chat.id}`}>
      <header className="console-panel__header">
        <h2 id={`chat-${chat.id}`}>{describeChat(chat, text)}</h2>
        <p className="console-row">
          {chat.status === 'ended' ? <Badge>{text.ended}</Badge> : <Badge tone={chat.childOnline ? 'positive' : 'neutral'}>{chat.childOnline ? text.childOnline : text.childOffline}</Badge>}
          {chat.riskLevel ? <Badge tone="negative">{text.acute}</Badge> : null}
        </p>
      </header>
      <Transcript chat={chat} snapshot={snapshot} text={text} />
      {chat.status === 'active' ? (
        <>
          <Composer chat={chat} connection={connection} text={text} />
          <ChatActions chat={chat} text={text} />
        </>
      ) : (
        <Registration chat={chat} text={text} />
      )}
      <ChatNotes chat={chat} text={text} />
    </article>
  );
}
