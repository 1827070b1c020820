import { useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { useConsoleAction, useNotes, type ConversationSummary } from './console.api';
import type { ConsoleText } from './console-text';

/** Private notes on a chat: for colleagues (a transfer note lands here too), never for the child. */
export function ChatNotes({ chat, text }: { chat: ConversationSummary; text: ConsoleText }) {
  const notes = useNotes(chat.id);
  const [draft, setDraft] = useState('');
  const add = useConsoleAction<string>(() => `/api/console/conversations/${chat.id}/notes`, (body) => ({ body }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    add.mutate(draft, { onSuccess: () => setDraft('') });
  };
  return (
    <details className="console-notes">
      <summary>
        {text.notes} ({notes.data?.notes.length ?? 0})
      </summary>
      <p className="console-muted">{text.notesHint}</p>
      <ul className="console-notes__list">
        {notes.data?.notes.map((n) => (
          <li key={n.id}>
            <span className="console-muted">
              {n.author} · {new Date(n.createdAt).toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit' })}
            </span>
            <p>{n.body}</p>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="console-composer">
        <label className="field">
          <span className="field__label">{text.noteLabel}</span>
          <textarea className="field__input" rows={2} maxLength={4000} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <Button type="submit" variant="secondary" isPending={add.isPending}>
          {text.addNote}
        </Button>
      </form>
    </details>
  );
}
