import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type KeyboardEvent } from 'react';
import { chatApi, ChatApiError } from './chat.api';
import { ChatFeedback } from './ChatFeedback';
import { ChatConnection, type ChatMessage, type ChatSnapshot, type PendingMessage } from './chat-connection';
import { fill, type ChatText } from './chat-text';
import { socketUrl } from './reconnecting-socket';

interface Props {
  token: string;
  text: ChatText;
  onStartOver: () => void;
}

const idle = { subscribe: () => () => undefined, getSnapshot: (): ChatSnapshot | null => null };

/** One connection per token, opened in an effect so a remount (Strict Mode) never reuses a closed one. */
function useChat(token: string): [ChatConnection | null, ChatSnapshot | null] {
  const [connection, setConnection] = useState<ChatConnection | null>(null);
  useEffect(() => {
    const fresh = new ChatConnection({ url: socketUrl('/api/chat/socket'), token });
    setConnection(fresh);
    return () => fresh.stop();
  }, [token]);
  const store = connection ?? idle;
  const snapshot = useSyncExternalStore<ChatSnapshot | null>(store.subscribe, store.getSnapshot);
  return [connection, snapshot];
}

function mark(message: ChatMessage, snapshot: ChatSnapshot, text: ChatText): string {
  if (message.seq <= snapshot.receipt.read) return text.read;
  if (message.seq <= snapshot.receipt.delivered) return text.delivered;
  return text.stored;
}

function StatusLine({ snapshot, text }: { snapshot: ChatSnapshot; text: ChatText }) {
  const c = snapshot.conversation;
  if (!c) return <p className="chat-status">{text.connecting}</p>;
  if (c.status === 'active') return <p className="chat-status chat-status--active">{fill(text.talkingWith, { name: c.counsellor ?? text.counsellor })}</p>;
  if (c.status === 'ended') return <p className="chat-status">{text.ended}</p>;
  const ahead = (c.position ?? 1) - 1;
  const wait = c.expectedWaitMinutes;
  return (
    <div className="chat-status chat-status--waiting">
      <p>{ahead === 0 ? text.waitingFirst : fill(text.waitingNow, { n: ahead })}</p>
      <p>{wait === null ? text.waitUnknown : wait <= 1 ? text.waitSoon : fill(text.waitAbout, { m: wait })}</p>
      <p className="chat-note">{text.typeAlready}</p>
    </div>
  );
}

function Bubble({ from, body, note, text }: { from: ChatMessage['from']; body: string; note?: string; text: ChatText }) {
  if (from === 'system') return <li className="chat-bubble chat-bubble--system">{text.system[body as keyof ChatText['system']] ?? ''}</li>;
  return (
    <li className={`chat-bubble chat-bubble--${from}`}>
      <span className="visually-hidden">{from === 'child' ? text.you : text.counsellor}: </span>
      <span className="chat-bubble__body">{body}</span>
      {note ? <span className="chat-bubble__mark">{note}</span> : null}
    </li>
  );
}

const pendingNote = (p: PendingMessage, text: ChatText) => (p.state === 'failed' ? text.failed : p.state === 'stored' ? text.stored : text.sending);

export function ChatRoom({ token, text, onStartOver }: Props) {
  const [connection, snapshot] = useChat(token);
  if (!connection || !snapshot) return <p className="chat-status">{text.connecting}</p>;
  return <Room connection={connection} snapshot={snapshot} token={token} text={text} onStartOver={onStartOver} />;
}

function Room({ connection, snapshot, token, text, onStartOver }: Props & { connection: ChatConnection; snapshot: ChatSnapshot }) {
  const [draft, setDraft] = useState('');
  const listEnd = useRef<HTMLLIElement>(null);
  const ended = snapshot.conversation?.status === 'ended' || snapshot.final !== null;
  // The after-chat question only follows a chat that someone really had with the child.
  const held = snapshot.messages.some((m) => m.from === 'counsellor' || (m.from === 'system' && m.body === 'joined'));

  // Read marks only when the page is really in front of the child.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && connection.markRead();
    onVisible();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [connection, snapshot.messages.length]);

  useEffect(() => {
    // A block body: newer browsers return a Promise from scrollIntoView, which is no cleanup.
    listEnd.current?.scrollIntoView?.({ block: 'end' });
  }, [snapshot.messages.length, snapshot.pending.length]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const body = draft.trim();
    if (!body || ended) return;
    connection.send(body);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) submit(event);
  };
  const stop = () => connection.leave('child_left');

  if (snapshot.final) {
    const message = snapshot.final === 'blocked' ? text.finalBlocked : snapshot.final === 'replaced' ? text.finalReplaced : text.finalUnknown;
    return (
      <section className="chat-card">
        <p className="chat-lead">{message}</p>
        {snapshot.final === 'blocked' ? null : (
          <button type="button" className="chat-button" onClick={onStartOver}>
            {text.newChat}
          </button>
        )}
      </section>
    );
  }

  return (
    <section className="chat-room" aria-label={text.conversationLabel}>
      <StatusLine snapshot={snapshot} text={text} />
      {snapshot.connection === 'offline' ? (
        <p className="chat-offline" role="status">
          {text.offline}
        </p>
      ) : null}
      <ol className="chat-messages" aria-live="polite" aria-relevant="additions">
        {snapshot.messages.map((m) => (
          <Bubble key={m.seq} from={m.from} body={m.body} text={text} note={m.from === 'child' ? mark(m, snapshot, text) : undefined} />
        ))}
        {snapshot.pending.map((p) => (
          <Bubble key={p.clientId} from="child" body={p.body} text={text} note={pendingNote(p, text)} />
        ))}
        <li ref={listEnd} aria-hidden="true" className="chat-messages__end" />
      </ol>
      {ended ? (
        <>
          {held ? <ChatFeedback token={token} text={text} /> : null}
          <button type="button" className="chat-button" onClick={onStartOver}>
            {text.newChat}
          </button>
        </>
      ) : (
        <>
          <form className="chat-composer" onSubmit={submit}>
            <label htmlFor="chat-message" className="visually-hidden">
              {text.messageLabel}
            </label>
            <textarea id="chat-message" rows={2} maxLength={2000} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} placeholder={text.messageLabel} />
            <button type="submit" className="chat-button">
              {text.send}
            </button>
          </form>
          <div className="chat-room__tools">
            <CodeWord token={token} text={text} />
            <button type="button" className="chat-button chat-button--secondary" onClick={stop}>
              {text.stop}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function CodeWord({ token, text }: { token: string; text: ChatText }) {
  const [word, setWord] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const locale = document.documentElement.lang === 'en' ? 'en' : 'nl-BE';
      const { expiresAt } = await chatApi.saveCodeWord(locale, token, word);
      const date = new Date(expiresAt).toLocaleString(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
      setResult({ ok: true, message: fill(text.codeWordSaved, { date }) });
      setWord('');
    } catch (error) {
      setResult({ ok: false, message: error instanceof ChatApiError && error.message ? error.message : text.unavailable });
    }
  };
  return (
    <details className="chat-codeword">
      <summary>{text.codeWordTitle}</summary>
      <p>{text.codeWordText}</p>
      <form onSubmit={(e) => void save(e)} className="chat-inline-form">
        <label htmlFor="chat-codeword">{text.codeWordLabel}</label>
        <input id="chat-codeword" type="password" autoComplete="off" minLength={8} maxLength={64} value={word} onChange={(e) => setWord(e.target.value)} />
        <button type="submit" className="chat-button chat-button--secondary">
          {text.codeWordSave}
        </button>
      </form>
      {result ? (
        <p role="status" className={result.ok ? 'chat-ok' : 'chat-problem'}>
          {result.message}
        </p>
      ) : null}
    </details>
  );
}
