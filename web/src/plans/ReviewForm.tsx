// A review of the safety plan: it continues (with the next review date) or it ends. A review
// that changes the plan is a new version instead (see SafetyPlanForm, "outcome of a review").
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { FoldedForm } from '../ui/FoldedForm';
import { NativeDateField } from '../ui/NativeField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { plansApi, type SafetyPlan } from './plans.api';
import { usePlansText } from './plans-text';

const EMPTY = { outcome: 'continue', nextReviewOn: '', note: '' };

function ReviewFormBody({ caseId, userId, plan }: { caseId: string; userId: string; plan: SafetyPlan }) {
  const { text } = usePlansText();
  const api = useApi();
  const queryClient = useQueryClient();
  const draft = useDraft(`schakel.plans.review.${caseId}.${userId}`, EMPTY);
  const d = draft.value;
  const outcome = d.outcome === 'ended' ? 'ended' : 'continue';
  const save = useMutation({
    mutationFn: () => plansApi.review(api, caseId, { version: plan.version, outcome, note: d.note, nextReviewOn: outcome === 'continue' ? d.nextReviewOn || null : null }),
    onSuccess: draft.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={text.reviewTitle} onSubmit={() => save.mutate()}>
      <ChoiceGroup legend={text.outcome} name="outcome" required choices={(['continue', 'ended'] as const).map((o) => ({ value: o, label: text.outcomes[o] }))} value={[outcome]} onChange={([o]) => draft.update((c) => ({ ...c, outcome: o ?? 'continue' }))} />
      {outcome === 'continue' ? <NativeDateField label={text.nextReview} name="nextReviewOn" isRequired value={d.nextReviewOn} onChange={(nextReviewOn) => draft.update((c) => ({ ...c, nextReviewOn }))} /> : null}
      <TextAreaField label={text.note} name="note" rows={2} value={d.note} onChange={(note) => draft.update((c) => ({ ...c, note }))} />
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          {text.saveReview}
        </Button>
        {save.isSuccess ? <span role="status">{text.reviewSaved}</span> : null}
      </div>
    </Form>
  );
}

export function ReviewForm(props: { caseId: string; userId: string; plan: SafetyPlan }) {
  const { text } = usePlansText();
  return (
    <FoldedForm summary={text.reviewTitle} draftKey={`schakel.plans.review.${props.caseId}.${props.userId}`}>
      <ReviewFormBody {...props} />
    </FoldedForm>
  );
}
