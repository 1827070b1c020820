// While a MANO track runs: record when the family was informed (required before concluding), and
// conclude with one of the three outcomes on a second team decision. After "necessary, no
// cooperation" the letter to the prosecutor is generated from the file (see ManoSection).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeDateField, todayIso } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { DecisionSelect } from './DecisionSelect';
import { manoApi, manoOutcomes, type ConcludeManoDraft, type Track } from './mano.api';
import { useManoText } from './mano-text';

export function FamilyInformedForm({ caseId, track }: { caseId: string; track: Track }) {
  const { text } = useManoText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ familyInformedOn: '', familyInformedHow: track.familyInformedHow });
  const save = useMutation({ mutationFn: () => manoApi.update(api, caseId, track, { familyInformedOn: draft.familyInformedOn || null, familyInformedHow: draft.familyInformedHow }), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <FoldedForm summary={text.recordInformed}>
      <Form error={save.error} aria-label={text.recordInformed} onSubmit={() => save.mutate()}>
        <ConflictNotice error={save.error} message={text.conflict} />
        <NativeDateField label={text.familyInformedOn} name="familyInformedOn" isRequired max={todayIso()} value={draft.familyInformedOn} onChange={(familyInformedOn) => setDraft((d) => ({ ...d, familyInformedOn }))} />
        <TextField label={text.familyInformedHow} name="familyInformedHow" value={draft.familyInformedHow} onChange={(familyInformedHow) => setDraft((d) => ({ ...d, familyInformedHow }))} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.informedSubmit}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}

const empty: ConcludeManoDraft = { outcome: '', decisionId: '', rationale: '', outcomeOn: '' };

export function ConcludeManoForm({ caseId, track, userId }: { caseId: string; track: Track; userId: string }) {
  const { text } = useManoText();
  const api = useApi();
  const queryClient = useQueryClient();
  const stored = useDraft(`schakel.mano.conclude.${track.id}.${userId}`, empty);
  const { value: draft, update } = stored;
  const save = useMutation({ mutationFn: () => manoApi.conclude(api, caseId, track, draft), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <FoldedForm summary={text.conclude} openInitially={stored.restored}>
      <Form error={save.error} aria-label={text.conclude} onSubmit={() => save.mutate()}>
        <ConflictNotice error={save.error} message={text.conflict} />
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <ChoiceGroup legend={text.outcome} name="outcome" required choices={manoOutcomes.map((o) => ({ value: o, label: text.outcomes[o] }))} value={draft.outcome ? [draft.outcome] : []} onChange={([outcome]) => update((d) => ({ ...d, outcome: outcome ?? '' }))} />
        <DecisionSelect caseId={caseId} subject="mano_outcome" label={text.outcomeDecision} missing={text.noOutcomeDecision} value={draft.decisionId} onChange={(decisionId) => update((d) => ({ ...d, decisionId }))} />
        <TextAreaField label={text.outcomeRationale} name="rationale" rows={3} value={draft.rationale} onChange={(rationale) => update((d) => ({ ...d, rationale }))} />
        <NativeDateField label={text.outcomeOn} name="outcomeOn" description={text.todayHint} min={track.clock.startedOn} max={todayIso()} value={draft.outcomeOn} onChange={(outcomeOn) => update((d) => ({ ...d, outcomeOn }))} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.concludeSubmit}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}
