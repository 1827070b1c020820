// A progress note on the recovery plan. Internal unless the worker marks it shareable: partners
// who see the progress see only those notes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { FoldedForm } from '../ui/FoldedForm';
import { NativeDateField } from '../ui/NativeField';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { plansApi } from './plans.api';
import { usePlansText } from './plans-text';

const EMPTY = { concernsDate: '', body: '', shareable: false };

function ProgressNoteFormBody({ caseId, userId, planId }: { caseId: string; userId: string; planId: string }) {
  const { text } = usePlansText();
  const api = useApi();
  const queryClient = useQueryClient();
  const draft = useDraft(`schakel.plans.progress.${caseId}.${userId}`, EMPTY);
  const d = draft.value;
  const save = useMutation({
    mutationFn: () => plansApi.addProgress(api, caseId, planId, { ...(d.concernsDate ? { concernsDate: d.concernsDate } : {}), body: d.body, shareable: d.shareable }),
    onSuccess: draft.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={text.addNote} onSubmit={() => save.mutate()}>
      <NativeDateField label={text.noteDate} name="concernsDate" value={d.concernsDate} max={new Date().toISOString().slice(0, 10)} onChange={(concernsDate) => draft.update((c) => ({ ...c, concernsDate }))} />
      <TextAreaField label={text.noteBody} name="body" isRequired rows={3} value={d.body} onChange={(body) => draft.update((c) => ({ ...c, body }))} />
      <label className="choice-group__option">
        <input type="checkbox" name="shareable" checked={d.shareable} onChange={(e) => draft.update((c) => ({ ...c, shareable: e.target.checked }))} />
        <span>{text.noteShareable}</span>
      </label>
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.saveNote}
        </Button>
      </div>
    </Form>
  );
}

export function ProgressNoteForm(props: { caseId: string; userId: string; planId: string }) {
  const { text } = usePlansText();
  return (
    <FoldedForm summary={text.addNote} draftKey={`schakel.plans.progress.${props.caseId}.${props.userId}`}>
      <ProgressNoteFormBody {...props} />
    </FoldedForm>
  );
}
