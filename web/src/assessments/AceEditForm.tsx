// Correcting an ACE screening (a date typed wrong, an answer that turned out differently). Every
// item keeps an explicit answer; the score is computed again by the server. Typing is a draft;
// a colleague's correction in between is said plainly and shown below, the worker's answers stay.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { fill, formatDate } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { Button } from '../ui/Button';
import { ConflictNotice, SavedMeanwhile, useRecordDraft, useSavedShape } from '../ui/ConflictNotice';
import { Form } from '../ui/Form';
import { NativeDateField, todayIso } from '../ui/NativeField';
import { aceAnswers, aceItems, assessmentsApi, type AceAnswer, type AceItem, type AceScreening } from './assessments.api';
import { useAssessmentsText } from './assessments-text';

type Answers = Partial<Record<AceItem, AceAnswer>>;

/** The ten items, each a group of explicit answers ("don't know" included): never a silent "no". */
export function AceAnswerFields({ answers, onChange }: { answers: Answers; onChange: (item: AceItem, answer: AceAnswer) => void }) {
  const { text } = useAssessmentsText();
  return aceItems.map((item) => (
    <ChoiceGroup
      key={item}
      legend={text.items[item]}
      name={`answers.${item}`}
      required
      choices={aceAnswers.map((a) => ({ value: a, label: text.answers[a] }))}
      value={answers[item] ? [answers[item]] : []}
      onChange={([a]) => onChange(item, a as AceAnswer)}
    />
  ));
}

export const aceEditKey = (screeningId: string, userId: string) => `schakel.assessments.ace-edit.${screeningId}.${userId}`;
const aceShape = (s: AceScreening) => ({ screenedOn: s.screenedOn, note: s.note, answers: { ...s.answers } as Answers });
type AceFields = ReturnType<typeof aceShape>;

export function AceEditForm({ caseId, userId, screening, onDone }: { caseId: string; userId: string; screening: AceScreening; onDone?: () => void }) {
  const { text, locale } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useSavedShape(screening, aceShape);
  const draft = useRecordDraft(aceEditKey(screening.id, userId), saved);
  const d = draft.value;
  const save = useMutation({
    mutationFn: (value: AceFields) => assessmentsApi.updateAce(api, caseId, screening.id, { version: screening.version, ...(value.screenedOn ? { screenedOn: value.screenedOn } : {}), answers: value.answers, note: value.note }),
    onSuccess: () => {
      draft.onSaved();
      onDone?.();
    },
    onError: draft.onError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const changedAnswers = aceItems.filter((item) => saved.answers[item] !== d.answers[item]);
  return (
    <Form error={save.error} aria-label={fill(text.aceEditOf, { name: screening.person.name, date: formatDate(screening.screenedOn, locale) })} onSubmit={() => save.mutate(d)}>
      <ConflictNotice error={save.error} message={text.aceConflict} />
      {draft.restored ? <p className="muted">{text.restored}</p> : null}
      <NativeDateField label={text.screenedOn} name="screenedOn" value={d.screenedOn} onChange={(screenedOn) => draft.update((c) => ({ ...c, screenedOn }))} max={todayIso()} />
      <SavedMeanwhile show={draft.inConflict('screenedOn')} label={text.savedNow}>
        {formatDate(saved.screenedOn, locale)}
      </SavedMeanwhile>
      <AceAnswerFields answers={d.answers} onChange={(item, answer) => draft.update((c) => ({ ...c, answers: { ...c.answers, [item]: answer } }))} />
      <SavedMeanwhile show={draft.inConflict('answers') && changedAnswers.length > 0} label={text.savedNow}>
        {changedAnswers.map((item) => `${text.items[item]}: ${text.answers[saved.answers[item]!]}`).join(' · ')}
      </SavedMeanwhile>
      <TextAreaField label={text.aceNote} name="note" rows={2} value={d.note} onChange={(note) => draft.update((c) => ({ ...c, note }))} />
      <SavedMeanwhile show={draft.inConflict('note')} label={text.savedNow}>
        {saved.note}
      </SavedMeanwhile>
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.saveAce}
        </Button>
      </div>
    </Form>
  );
}
