// Doubts, open questions and disagreements, open ones first: what we do not know, why it
// matters, what would resolve it — and, once resolved, the answer next to the question. An open
// one can be sharpened or answered (DoubtForms).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { assessmentsApi, doubtKinds, type Doubt, type DoubtKind } from './assessments.api';
import { useAssessmentsText } from './assessments-text';
import { FoldedForm } from '../ui/FoldedForm';
import { doubtEditKey, EditDoubtForm, ResolveDoubtForm } from './DoubtForms';

const raiseDraftKey = (caseId: string, userId: string) => `schakel.assessments.doubt.${caseId}.${userId}`;
const EMPTY = { kind: '', question: '', whyItMatters: '', wouldResolve: '' };

function RaiseForm({ caseId, userId }: { caseId: string; userId: string }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const stored = useDraft(raiseDraftKey(caseId, userId), EMPTY);
  const draft = stored.value;
  const setDraft = stored.update;
  const save = useMutation({
    mutationFn: () => assessmentsApi.raiseDoubt(api, caseId, { ...draft, kind: draft.kind as DoubtKind }),
    onSuccess: stored.discard,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={save.error} aria-label={text.raise} onSubmit={() => save.mutate()}>
        <ChoiceGroup legend={text.kind} name="kind" required choices={doubtKinds.map((k) => ({ value: k, label: text.kinds[k] }))} value={draft.kind ? [draft.kind] : []} onChange={([k]) => setDraft((d) => ({ ...d, kind: k ?? '' }))} />
        <TextAreaField label={text.question} name="question" isRequired rows={2} value={draft.question} onChange={(v) => setDraft((d) => ({ ...d, question: v }))} />
        <TextAreaField label={text.whyItMatters} name="whyItMatters" rows={2} value={draft.whyItMatters} onChange={(v) => setDraft((d) => ({ ...d, whyItMatters: v }))} />
        <TextAreaField label={text.wouldResolve} name="wouldResolve" isRequired rows={2} value={draft.wouldResolve} onChange={(v) => setDraft((d) => ({ ...d, wouldResolve: v }))} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.raise}
          </Button>
        </div>
      </Form>
  );
}

export function DoubtsPanel({ caseId, userId, doubts, readOnly }: { caseId: string; userId: string; doubts: readonly Doubt[]; readOnly: boolean }) {
  const { text } = useAssessmentsText();
  return (
    <section className="glance__block" aria-labelledby="doubts-title">
      <h3 id="doubts-title">{text.doubts}</h3>
      <p className="muted">{text.doubtsIntro}</p>
      {doubts.length === 0 ? <p className="muted">{text.doubtsNone}</p> : null}
      <ul className="casework-list">
        {doubts.map((d) => (
          <li key={d.id} className={d.resolved ? 'doubt doubt--resolved' : 'doubt'}>
            <p>
              <strong>{text.kinds[d.kind]}</strong> · {d.question} {d.resolved ? null : <span className="muted">({text.open})</span>}
            </p>
            {d.whyItMatters ? <p className="muted">{d.whyItMatters}</p> : null}
            <p>
              {text.wouldResolve} {d.wouldResolve}
            </p>
            {d.resolved ? (
              <p className="casework-note">
                {d.answer} <span className="muted">— {text.resolvedBy.replace('{name}', d.resolvedBy?.name ?? '')}</span>
              </p>
            ) : readOnly ? null : (
              <>
                <ResolveDoubtForm caseId={caseId} userId={userId} doubt={d} />
                <FoldedForm summary={text.editDoubt} draftKey={doubtEditKey(d.id, userId)}>
                  {(close) => <EditDoubtForm caseId={caseId} userId={userId} doubt={d} onDone={close} />}
                </FoldedForm>
              </>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <FoldedForm summary={text.raise} draftKey={raiseDraftKey(caseId, userId)}>
          <RaiseForm caseId={caseId} userId={userId} />
        </FoldedForm>
      )}
    </section>
  );
}
