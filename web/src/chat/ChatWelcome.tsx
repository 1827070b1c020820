import { useState, type FormEvent } from 'react';
import { chatApi, ChatApiError, type ChatStatus } from './chat.api';
import { chatStorage } from './chat-storage';
import { fill, type ChatLocale, type ChatText } from './chat-text';
import { OpeningHours } from './ChatClosed';

interface Props {
  status: ChatStatus;
  text: ChatText;
  locale: ChatLocale;
  onStarted: (token: string) => void;
}

const ageBands = ['under_12', '12_14', '15_17', '18_plus'] as const;
const topics = ['home', 'hurt', 'touch', 'online', 'friend', 'other'] as const;

function Choices<T extends string>({ legend, name, options, labels, value, onChange }: { legend: string; name: string; options: readonly T[]; labels: Record<T, string>; value: T | ''; onChange: (v: T) => void }) {
  return (
    <fieldset className="chat-choices">
      <legend>{legend}</legend>
      <div className="chat-choices__options">
        {options.map((option) => (
          <label key={option} className="chat-choice">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The first screen: what this is, a few optional questions, and the way back with a code word. */
export function ChatWelcome({ status, text, locale, onStarted }: Props) {
  const [ageBand, setAgeBand] = useState<(typeof ageBands)[number] | ''>('');
  const [topic, setTopic] = useState<(typeof topics)[number] | ''>('');
  const [urgency, setUrgency] = useState<'0' | '1' | '2' | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [codeWord, setCodeWord] = useState('');

  const run = async (action: () => Promise<{ token: string }>) => {
    setBusy(true);
    setProblem(null);
    try {
      onStarted((await action()).token);
    } catch (error) {
      setProblem(error instanceof ChatApiError && error.message ? error.message : text.unavailable);
      setBusy(false);
    }
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    const answers = { urgency: urgency === '' ? 1 : Number(urgency), ...(ageBand ? { ageBand } : {}), ...(topic ? { topic } : {}) };
    // A blocked sender stays blocked when they start again in the same tab.
    void run(() => chatApi.start(locale, answers, chatStorage.readToken()));
  };

  const resume = (event: FormEvent) => {
    event.preventDefault();
    void run(() => chatApi.resume(locale, codeWord));
  };

  const wait = status.expectedWaitMinutes;
  return (
    <>
      <section className="chat-card" aria-labelledby="chat-title">
        <h1 id="chat-title">{text.title}</h1>
        <p className="chat-lead">{text.intro}</p>
        <p>{text.anonymous}</p>
        <p className="chat-note">{wait === null ? text.waitUnknown : wait <= 1 ? text.waitSoon : fill(text.waitAbout, { m: wait })}</p>
        {problem ? (
          <p className="chat-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <form onSubmit={start} className="chat-form">
          <h2>{text.prechatTitle}</h2>
          <p className="chat-note">{text.prechatSkip}</p>
          <Choices legend={text.ageQuestion} name="ageBand" options={ageBands} labels={text.ages} value={ageBand} onChange={setAgeBand} />
          <Choices legend={text.topicQuestion} name="topic" options={topics} labels={text.topics} value={topic} onChange={setTopic} />
          <Choices legend={text.urgencyQuestion} name="urgency" options={['2', '1', '0'] as const} labels={{ '0': text.urgencies[0]!, '1': text.urgencies[1]!, '2': text.urgencies[2]! }} value={urgency} onChange={setUrgency} />
          <button type="submit" className="chat-button chat-button--big" disabled={busy}>
            {text.start}
          </button>
        </form>
      </section>
      <section className="chat-card chat-card--quiet" aria-labelledby="chat-resume-title">
        <h2 id="chat-resume-title">{text.resumeTitle}</h2>
        <form onSubmit={resume} className="chat-inline-form">
          <label htmlFor="chat-resume-word">{text.resumeLabel}</label>
          <input id="chat-resume-word" type="password" autoComplete="off" value={codeWord} onChange={(e) => setCodeWord(e.target.value)} maxLength={64} />
          <button type="submit" className="chat-button chat-button--secondary" disabled={busy || codeWord.trim().length === 0}>
            {text.resume}
          </button>
        </form>
      </section>
      <section className="chat-card chat-card--quiet" aria-label={text.hoursTitle}>
        <OpeningHours status={status} text={text} />
      </section>
    </>
  );
}
