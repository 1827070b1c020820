// ACE screenings of the case: the score in the server's own careful words (a signal for the
// team, never a verdict), and a form where every item needs an explicit answer — "don't know"
// included — so an unasked question is never silently counted as "no".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import type { CaseFile } from '../cases/cases.api';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { formatDate } from '../cases/cases-text';
import { useDraft } from '../cases/useDraft';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { AceAnswerFields, aceEditKey, AceEditForm } from './AceEditForm';
import { assessmentsApi, type AceAnswer, type AceItem, type AceScreening } from './assessments.api';
import { useAssessmentsText } from './assessments-text';
import { FoldedForm } from '../ui/FoldedForm';

const aceDraftKey = (caseId: string, userId: string) => `schakel.assessments.ace.${caseId}.${userId}`;

function AceForm({ file, userId }: { file: CaseFile; userId: string }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const people = file.persons.filter((p) => p.kind === 'child' || p.kind === 'parent');
  const draft = useDraft<{ personId: string; answers: Partial<Record<AceItem, AceAnswer>> }>(aceDraftKey(file.id, userId), { personId: people[0]?.id ?? '', answers: {} });
  const { personId, answers } = draft.value;
  const save = useMutation({
    mutationFn: () => assessmentsApi.recordAce(api, file.id, { personId, answers: answers as Record<AceItem, AceAnswer>, note: '' }),
    onSuccess: draft.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={text.aceRecord} onSubmit={() => save.mutate()}>
        <ChoiceGroup legend={text.aboutWhom} name="personId" required choices={people.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}`.trim() || p.roleLabel }))} value={personId ? [personId] : []} onChange={([id]) => draft.update((d) => ({ ...d, personId: id ?? '' }))} />
        <AceAnswerFields answers={answers} onChange={(item, answer) => draft.update((d) => ({ ...d, answers: { ...d.answers, [item]: answer } }))} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.saveAce}
          </Button>
        </div>
      </Form>
  );
}

export function AceScreenings({ file, userId, screenings }: { file: CaseFile; userId: string; screenings: readonly AceScreening[] }) {
  const { text, locale } = useAssessmentsText();
  return (
    <section className="glance__block" aria-labelledby="ace-title">
      <h3 id="ace-title">{text.ace}</h3>
      <p className="muted">{text.aceIntro}</p>
      {screenings.length === 0 ? <p className="muted">{text.aceNone}</p> : null}
      <ul className="casework-list">
        {screenings.map((s) => (
          <li key={s.id}>
            <p>
              <strong>{s.person.name}</strong> · {formatDate(s.screenedOn, locale)} · <Badge tone={s.signal ? 'negative' : 'neutral'}>{text.score.replace('{score}', String(s.score))}</Badge>
            </p>
            {s.interpretation.map((line) => (
              <p key={line} className="casework-note">
                {line}
              </p>
            ))}
            {s.note ? <p className="muted">{s.note}</p> : null}
            {file.readOnly ? null : (
              <FoldedForm summary={text.aceEdit} draftKey={aceEditKey(s.id, userId)}>
                {(close) => <AceEditForm caseId={file.id} userId={userId} screening={s} onDone={close} />}
              </FoldedForm>
            )}
          </li>
        ))}
      </ul>
      {file.readOnly ? null : (
        <FoldedForm summary={text.aceRecord} draftKey={aceDraftKey(file.id, userId)}>
          <AceForm file={file} userId={userId} />
        </FoldedForm>
      )}
    </section>
  );
}
