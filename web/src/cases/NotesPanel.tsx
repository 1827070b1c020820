import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { casesApi, casesKeys, type CaseFile, type NoteKind } from './cases.api';
import { formatDate, formatDateTime, useCasesText } from './cases-text';
import { ChoiceGroup } from './ChoiceGroup';
import { TextAreaField } from './TextAreaField';
import { useDraft } from './useDraft';

const KINDS: NoteKind[] = ['contact', 'observation', 'consultation', 'decision', 'other'];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

interface NoteDraft {
  kind: string;
  concernsDate: string;
  body: string;
}

/** Notes with author and date; a contact note also records that the family was reached. */
export function NotesPanel({ file, userId }: { file: CaseFile; userId: string }) {
  const { text, locale } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  // The kind is chosen every time: a contact note meets a deadline, so it is never a default.
  const draft = useDraft<NoteDraft>(`schakel.cases.note.${file.id}.${userId}`, { kind: '', concernsDate: '', body: '' });
  const add = useMutation({
    mutationFn: (note: NoteDraft) => casesApi.addNote(api, file.id, { kind: note.kind as NoteKind, concernsDate: note.concernsDate || today(), body: note.body }),
    onSuccess: () => draft.discard(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
  return (
    <section className="section" aria-labelledby="notes-title">
      <h2 id="notes-title" className="section-title">
        {text.file.notes}
      </h2>
      {file.readOnly ? null : (
        <Form error={add.error} aria-label={text.file.addNote} onSubmit={() => add.mutate(draft.value)} className="note-form">
          <ChoiceGroup legend={text.file.noteKind} name="kind" required choices={KINDS.map((k) => ({ value: k, label: text.noteKinds[k] }))} value={draft.value.kind ? [draft.value.kind] : []} onChange={([kind]) => draft.update((d) => ({ ...d, kind: kind ?? '' }))} />
          <label className="field">
            <span className="field__label">{text.file.noteDate}</span>
            <input className="field__input" type="date" name="concernsDate" max={today()} value={draft.value.concernsDate || today()} onChange={(e) => draft.update((d) => ({ ...d, concernsDate: e.target.value }))} />
          </label>
          <TextAreaField label={text.file.noteBody} name="body" isRequired rows={4} value={draft.value.body} onChange={(body) => draft.update((d) => ({ ...d, body }))} />
          <div className="button-row">
            <Button type="submit" isPending={add.isPending}>
              {text.file.saveNote}
            </Button>
          </div>
        </Form>
      )}
      {file.notes.length === 0 ? <p className="muted">{text.file.noNotes}</p> : null}
      <ol className="notes">
        {file.notes.map((note) => (
          <li key={note.id} className={`note note--${note.kind}`}>
            <p className="note__meta">
              <strong>{formatDate(note.concernsDate, locale)}</strong> · {text.noteKinds[note.kind]} · {note.author.name} <span className="muted">({formatDateTime(note.createdAt, locale)})</span>
            </p>
            <p className="note__body">{note.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
