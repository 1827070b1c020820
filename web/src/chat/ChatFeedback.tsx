// The one optional question after a chat. One tap answers it; "liever niet" is always there. The
// answer is only counted (per month), never kept with the conversation.
import { useState } from 'react';
import { chatApi, ChatApiError } from './chat.api';
import type { ChatLocale, ChatText } from './chat-text';

type Answer = keyof ChatText['feedbackAnswers'] | 'rather_not';

export function ChatFeedback({ token, text }: { token: string; text: ChatText }) {
  const [state, setState] = useState<'asking' | 'sending' | 'done'>('asking');
  const answer = async (value: Answer) => {
    setState('sending');
    const locale: ChatLocale = document.documentElement.lang === 'en' ? 'en' : 'nl-BE';
    try {
      await chatApi.feedback(locale, token, value);
    } catch (error) {
      // Already answered (a reload) counts as done; anything else must not bother the child.
      if (!(error instanceof ChatApiError)) throw error;
    }
    setState('done');
  };
  if (state === 'done') {
    return (
      <p className="chat-feedback chat-ok" role="status">
        {text.feedbackThanks}
      </p>
    );
  }
  return (
    <fieldset className="chat-feedback" disabled={state === 'sending'}>
      <legend className="chat-feedback__question">{text.feedbackQuestion}</legend>
      <p className="chat-note">{text.feedbackHint}</p>
      <div className="chat-feedback__answers">
        {(Object.entries(text.feedbackAnswers) as [Answer, string][]).map(([value, label]) => (
          <button key={value} type="button" className="chat-button chat-button--secondary" onClick={() => void answer(value)}>
            {label}
          </button>
        ))}
      </div>
      <button type="button" className="chat-link-button" onClick={() => void answer('rather_not')}>
        {text.feedbackSkip}
      </button>
    </fieldset>
  );
}
