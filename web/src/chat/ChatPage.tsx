// The public chat for children and young people (/chat). No account, no cookie, no request to
// anyone else. "Snel weg" is always on screen and Escape twice does the same.
import { useCallback, useEffect, useState } from 'react';
import { chatApi, type ChatStatus } from './chat.api';
import { chatStorage } from './chat-storage';
import { chatTexts, type ChatLocale } from './chat-text';
import { ChatClosed } from './ChatClosed';
import { ChatRoom } from './ChatRoom';
import { ChatWelcome } from './ChatWelcome';
import { DEFAULT_EXIT_URL, quickExit, useDoubleEscape } from './quick-exit';
import './chat.css';

type Loaded = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; status: ChatStatus };

export function ChatPage() {
  const [locale, setLocale] = useState<ChatLocale>('nl-BE');
  const text = chatTexts[locale];
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [token, setToken] = useState<string | null>(() => chatStorage.readToken());
  const exitUrl = loaded.kind === 'ready' ? loaded.status.quickExitUrl : DEFAULT_EXIT_URL;
  const exit = useCallback(() => quickExit(exitUrl, chatStorage.readToken()), [exitUrl]);
  useDoubleEscape(exit);

  useEffect(() => {
    document.title = text.pageTitle;
    document.documentElement.lang = locale;
  }, [locale, text.pageTitle]);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      chatApi.status(locale).then(
        (status) => !cancelled && setLoaded({ kind: 'ready', status }),
        () => !cancelled && setLoaded((current) => (current.kind === 'ready' ? current : { kind: 'error' })),
      );
    void load();
    // The queue and the hours change while a child reads the page.
    const timer = setInterval(() => void load(), 30_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [locale]);

  const started = (fresh: string) => {
    chatStorage.writeToken(fresh);
    setToken(fresh);
  };
  const startOver = () => {
    chatStorage.writeToken(null);
    chatStorage.writeOutbox([]);
    setToken(null);
  };

  let content;
  if (token !== null) content = <ChatRoom key={token} token={token} text={text} onStartOver={startOver} />;
  else if (loaded.kind === 'loading') content = <p className="chat-note">{text.loading}</p>;
  else if (loaded.kind === 'error') content = <p className="chat-note">{text.unavailable}</p>;
  else if (!loaded.status.open) content = <ChatClosed status={loaded.status} text={text} />;
  else content = <ChatWelcome status={loaded.status} text={text} locale={locale} onStarted={started} />;

  return (
    <div className="chat-page">
      <header className="chat-top">
        <span className="chat-top__brand" aria-hidden="true">
          Praat erover
        </span>
        <button type="button" className="chat-top__language" lang={locale === 'en' ? 'nl-BE' : 'en'} aria-label={text.languageLabel} onClick={() => setLocale(locale === 'en' ? 'nl-BE' : 'en')}>
          {text.language}
        </button>
        <button type="button" className="chat-exit" onClick={exit}>
          {text.quickExit}
        </button>
      </header>
      <main className="chat-main">
        <p className="chat-danger">{text.danger}</p>
        {content}
      </main>
      <footer className="chat-footer">
        <p>{text.quickExitHint}</p>
      </footer>
    </div>
  );
}
