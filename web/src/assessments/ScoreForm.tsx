// One person's score on the 0–10 safety scale. A new score never replaces an old one, so the
// form only adds; who scored is asked explicitly, because the point is to see the worker's, the
// parents' and the child's view side by side.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { assessmentsApi, type ScorerKind } from './assessments.api';
import { useAssessmentsText } from './assessments-text';
import { FoldedForm } from '../ui/FoldedForm';

const SCORERS: ScorerKind[] = ['worker', 'parent', 'child', 'partner', 'network'];
const EMPTY = { scorerKind: '', scorerLabel: '', score: '', explanation: '' };

function ScoreFormBody({ caseId, assessmentId, userId }: { caseId: string; assessmentId: string; userId: string }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const draft = useDraft(`schakel.assessments.score.${assessmentId}.${userId}`, EMPTY);
  const d = draft.value;
  const save = useMutation({
    // An empty score is sent as null, so the server names the field rather than reading 0.
    mutationFn: () => assessmentsApi.addScore(api, caseId, assessmentId, { scorerKind: d.scorerKind as ScorerKind, scorerLabel: d.scorerLabel, score: d.score.trim() === '' ? null : Number(d.score), explanation: d.explanation }),
    onSuccess: draft.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={text.addScore} onSubmit={() => save.mutate()}>
      <ChoiceGroup legend={text.scorer} name="scorerKind" required choices={SCORERS.map((k) => ({ value: k, label: text.scorers[k] }))} value={d.scorerKind ? [d.scorerKind] : []} onChange={([k]) => draft.update((c) => ({ ...c, scorerKind: k ?? '' }))} />
      <TextField label={text.scorerLabel} name="scorerLabel" isRequired value={d.scorerLabel} onChange={(v) => draft.update((c) => ({ ...c, scorerLabel: v }))} />
      <TextField label={text.scoreValue} name="score" isRequired inputMode="numeric" value={d.score} onChange={(v) => draft.update((c) => ({ ...c, score: v }))} />
      <TextAreaField label={text.explanation} name="explanation" rows={2} value={d.explanation} onChange={(v) => draft.update((c) => ({ ...c, explanation: v }))} />
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.saveScore}
        </Button>
      </div>
    </Form>
  );
}

export function ScoreForm(props: { caseId: string; assessmentId: string; userId: string }) {
  const { text } = useAssessmentsText();
  return (
    <FoldedForm summary={text.addScore} draftKey={`schakel.assessments.score.${props.assessmentId}.${props.userId}`}>
      <ScoreFormBody {...props} />
    </FoldedForm>
  );
}
