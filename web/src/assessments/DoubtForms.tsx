// Working on one recorded doubt: sharpening the question (what we do not know, why it matters,
// what would resolve it, and its kind when it was filed as the wrong one) while it is open, and resolving it with how it was answered. Both keep
// what the worker typed as a draft until it is saved; a colleague's change in between is said
// plainly, with what is saved now under the field, and the worker's text stays in the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { ConflictNotice, SavedMeanwhile, useRecordDraft, useSavedShape } from '../ui/ConflictNotice';
import { Form } from '../ui/Form';
import { assessmentsApi, doubtKinds, type Doubt } from './assessments.api';
import { useAssessmentsText } from './assessments-text';

export const doubtEditKey = (doubtId: string, userId: string) => `schakel.assessments.doubt-edit.${doubtId}.${userId}`;
const doubtShape = (d: Doubt) => ({ kind: d.kind, question: d.question, whyItMatters: d.whyItMatters, wouldResolve: d.wouldResolve });
type DoubtFields = ReturnType<typeof doubtShape>;

interface Props {
  caseId: string;
  userId: string;
  doubt: Doubt;
}

export function EditDoubtForm({ caseId, userId, doubt, onDone }: Props & { onDone?: () => void }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useSavedShape(doubt, doubtShape);
  const draft = useRecordDraft(doubtEditKey(doubt.id, userId), saved);
  const d = draft.value;
  const save = useMutation({
    mutationFn: (value: DoubtFields) => assessmentsApi.updateDoubt(api, caseId, doubt.id, { version: doubt.version, ...value }),
    onSuccess: () => {
      draft.onSaved();
      onDone?.();
    },
    onError: draft.onError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const field = (name: Exclude<keyof DoubtFields, 'kind'>, label: string, isRequired: boolean) => (
    <>
      <TextAreaField label={label} name={name} isRequired={isRequired} rows={2} value={d[name]} onChange={(v) => draft.update((c) => ({ ...c, [name]: v }))} />
      <SavedMeanwhile show={draft.inConflict(name)} label={text.savedNow}>
        {saved[name]}
      </SavedMeanwhile>
    </>
  );
  return (
    <Form error={save.error} aria-label={fill(text.editDoubtOf, { question: doubt.question })} onSubmit={() => save.mutate(d)}>
      <ConflictNotice error={save.error} message={text.doubtConflict} />
      {draft.restored ? <p className="muted">{text.restored}</p> : null}
      <ChoiceGroup legend={text.kind} name="kind" required choices={doubtKinds.map((k) => ({ value: k, label: text.kinds[k] }))} value={d.kind ? [d.kind] : []} onChange={([k]) => draft.update((c) => ({ ...c, kind: k as Doubt['kind'] }))} />
      <SavedMeanwhile show={draft.inConflict('kind')} label={text.savedNow}>
        {text.kinds[saved.kind]}
      </SavedMeanwhile>
      {field('question', text.question, true)}
      {field('whyItMatters', text.whyItMatters, false)}
      {field('wouldResolve', text.wouldResolve, true)}
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.saveDoubt}
        </Button>
      </div>
    </Form>
  );
}

export function ResolveDoubtForm({ caseId, userId, doubt }: Props) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const stored = useDraft(`schakel.assessments.doubt-answer.${doubt.id}.${userId}`, { answer: '' });
  const save = useMutation({
    mutationFn: () => assessmentsApi.resolveDoubt(api, caseId, doubt.id, { version: doubt.version, answer: stored.value.answer }),
    onSuccess: stored.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={`${text.resolve}: ${doubt.question}`} onSubmit={() => save.mutate()}>
      <ConflictNotice error={save.error} message={text.doubtConflict} />
      <TextAreaField label={text.answer} name="answer" isRequired rows={2} value={stored.value.answer} onChange={(answer) => stored.update(() => ({ answer }))} />
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.resolve}
        </Button>
      </div>
    </Form>
  );
}
