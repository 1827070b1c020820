// Starting a MANO track: the team decision it rests on, why the situation is concerning, how
// voluntary help is stuck or refused, what help was offered, and when and how the family was
// informed. The 65 working days start counting from the start date. Typed work is kept as a draft.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeDateField, todayIso } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { DecisionSelect } from './DecisionSelect';
import { manoApi, type StartManoDraft } from './mano.api';
import { useManoText } from './mano-text';

const empty: StartManoDraft = { decisionId: '', justification: '', concerning: [], voluntaryHelp: '', helpOffered: '', startedOn: '', familyInformedOn: '', familyInformedHow: '' };

export function StartManoForm({ caseId, userId }: { caseId: string; userId: string }) {
  const { text } = useManoText();
  const api = useApi();
  const queryClient = useQueryClient();
  const stored = useDraft(`schakel.mano.start.${caseId}.${userId}`, empty);
  const { value: draft, update } = stored;
  const save = useMutation({ mutationFn: () => manoApi.start(api, caseId, draft), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  const set = <K extends keyof StartManoDraft>(key: K) => (value: StartManoDraft[K]) => update((d) => ({ ...d, [key]: value }));
  const today = todayIso();
  return (
    <FoldedForm summary={text.start} openInitially={stored.restored}>
      <Form error={save.error} aria-label={text.start} onSubmit={() => save.mutate()}>
        <p className="muted">{text.startIntro}</p>
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <DecisionSelect caseId={caseId} subject="mano_start" label={text.decision} missing={text.noDecision} value={draft.decisionId} onChange={set('decisionId')} />
        <TextAreaField label={text.justification} name="justification" isRequired rows={4} value={draft.justification} onChange={set('justification')} />
        <ChoiceGroup
          legend={text.concerning}
          name="developmentThreatened"
          multiple
          choices={[
            { value: 'developmentThreatened', label: text.developmentThreatened },
            { value: 'integrityHarmed', label: text.integrityHarmed },
          ]}
          value={draft.concerning}
          onChange={set('concerning')}
        />
        <ChoiceGroup legend={text.voluntaryHelp} name="voluntaryHelp" required choices={(['stuck', 'refused'] as const).map((v) => ({ value: v, label: text.voluntaryHelpStates[v] ?? v }))} value={draft.voluntaryHelp ? [draft.voluntaryHelp] : []} onChange={([v]) => set('voluntaryHelp')(v ?? '')} />
        <TextAreaField label={text.helpOffered} name="helpOffered" isRequired rows={3} value={draft.helpOffered} onChange={set('helpOffered')} />
        <NativeDateField label={text.startedOn} name="startedOn" description={text.todayHint} max={today} value={draft.startedOn} onChange={set('startedOn')} />
        <NativeDateField label={text.familyInformedOn} name="familyInformedOn" description={text.familyLater} max={today} value={draft.familyInformedOn} onChange={set('familyInformedOn')} />
        <TextField label={text.familyInformedHow} name="familyInformedHow" value={draft.familyInformedHow} onChange={set('familyInformedHow')} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.startSubmit}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}
