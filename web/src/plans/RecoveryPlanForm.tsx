// Making or editing the recovery plan: goals for the child and for the family, protective
// factors to build, and actions each with an owner — a colleague of the case team, a partner
// service from the directory, or someone in the family or network — with a date and progress.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { SavedMeanwhile, useRecordDraft, useSavedShape } from '../ui/ConflictNotice';
import { ItemList } from '../assessments/ItemList';
import { NativeDateField, NativeSelectField } from '../ui/NativeField';
import type { CaseFile } from '../cases/cases.api';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { partnersApi, partnersKeys } from '../partners/partners.api';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { ownerKinds, plansApi, progressStates, type Action, type Factor, type Goal, type OwnerKind, type Progress, type RecoveryLists, type RecoveryPlan } from './plans.api';
import { usePlansText } from './plans-text';

export const recoveryDraftKey = (caseId: string, userId: string) => `schakel.plans.recovery.${caseId}.${userId}`;

const listsOf = (plan: RecoveryPlan | null): RecoveryLists =>
  plan ? { childGoals: plan.childGoals, familyGoals: plan.familyGoals, protectiveFactors: plan.protectiveFactors, actions: plan.actions } : { childGoals: [], familyGoals: [], protectiveFactors: [], actions: [] };
const blankGoal = (): Goal => ({ personId: null, goal: '', progress: 'planned' });
const blankFactor = (): Factor => ({ factor: '', progress: 'planned' });
const blankAction = (): Action => ({ what: '', ownerKind: 'staff', ownerUserId: null, ownerPartnerId: null, ownerLabel: '', dueOn: null, progress: 'planned' });

function ProgressSelect({ name, value, onChange }: { name: string; value: Progress; onChange: (p: Progress) => void }) {
  const { text } = usePlansText();
  return <NativeSelectField label={text.progressLabel} name={name} value={value} onChange={(p) => onChange(p as Progress)} options={progressStates.map((p) => ({ value: p, label: text.progress[p] }))} />;
}

function ActionOwner({ file, action: a, index: i, patch }: { file: CaseFile; action: Action; index: number; patch: (p: Partial<Action>) => void }) {
  const { text } = usePlansText();
  const api = useApi();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000, enabled: a.ownerKind === 'partner' });
  const team = [...(file.owner ? [file.owner] : []), ...file.members.filter((m) => m.id !== file.owner?.id)];
  return (
    <>
      <ChoiceGroup legend={text.owner} name={`actions.${i}.ownerKind`} required choices={ownerKinds.map((k) => ({ value: k, label: text.ownerKinds[k] }))} value={[a.ownerKind]} onChange={([k]) => patch({ ownerKind: (k ?? 'staff') as OwnerKind })} />
      {a.ownerKind === 'staff' ? <NativeSelectField label={text.ownerStaff} name={`actions.${i}.ownerUserId`} isRequired placeholder={text.choose} value={a.ownerUserId ?? ''} onChange={(id) => patch({ ownerUserId: id || null })} options={team.map((m) => ({ value: m.id, label: m.name }))} /> : null}
      {a.ownerKind === 'partner' ? (
        <NativeSelectField label={text.ownerPartner} name={`actions.${i}.ownerPartnerId`} isRequired placeholder={text.choose} value={a.ownerPartnerId ?? ''} onChange={(id) => patch({ ownerPartnerId: id || null })} options={(directory.data ?? []).map((p) => ({ value: p.id, label: p.province ? `${p.name} (${p.province})` : p.name }))} />
      ) : null}
      {a.ownerKind === 'family' ? <TextField label={text.ownerLabel} name={`actions.${i}.ownerLabel`} isRequired value={a.ownerLabel} onChange={(ownerLabel) => patch({ ownerLabel })} /> : null}
    </>
  );
}

export function RecoveryPlanForm({ file, userId, plan }: { file: CaseFile; userId: string; plan: RecoveryPlan | null }) {
  const { text } = usePlansText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useSavedShape(plan, listsOf);
  const draft = useRecordDraft(recoveryDraftKey(file.id, userId), saved);
  const d = draft.value;
  const save = useMutation({
    mutationFn: (lists: RecoveryLists) => {
      // A staff or partner owner is named by the server from its id; a label typed earlier for
      // another kind of owner must not stick to it.
      const actions = lists.actions.map((a) => ({ ...a, ownerLabel: a.ownerKind === 'family' ? a.ownerLabel : '', dueOn: a.dueOn || null }));
      const body = { ...lists, actions };
      return plan ? plansApi.updateRecovery(api, file.id, plan.id, plan.version, body) : plansApi.createRecovery(api, file.id, body);
    },
    onSuccess: () => (plan ? draft.onSaved() : draft.discard()),
    onError: draft.onError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const set = <K extends keyof RecoveryLists>(key: K) => (value: RecoveryLists[K]) => draft.update((c) => ({ ...c, [key]: value }));
  const children = file.persons.filter((p) => p.kind === 'child').map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}`.trim() || p.roleLabel }));
  const savedList = (field: keyof RecoveryLists, words: string[]) => (
    <SavedMeanwhile show={draft.inConflict(field)} label={text.savedNow}>
      {words.join(' · ')}
    </SavedMeanwhile>
  );
  return (
    <Form error={save.error} aria-label={plan ? text.editRecovery : text.createRecovery} onSubmit={() => save.mutate(d)} requiredHint>
      {draft.restored ? <Alert tone="info">{text.restored}</Alert> : null}
      {draft.conflict.length > 0 ? <Alert tone="warning">{text.recoveryConflict}</Alert> : null}
      <ItemList<Goal> name="childGoals" legend={text.childGoals} itemLegend={text.childGoalItem} items={d.childGoals} onChange={set('childGoals')} blank={() => ({ ...blankGoal(), personId: children.length === 1 ? children[0]!.value : null })} addLabel={text.addChildGoal} removeLabel={text.remove}>
        {(g, i, patch) => (
          <>
            <TextAreaField label={text.goal} name={`childGoals.${i}.goal`} isRequired rows={2} value={g.goal} onChange={(goal) => patch({ goal })} />
            {children.length > 1 ? <NativeSelectField label={text.whichChild} name={`childGoals.${i}.personId`} placeholder="—" value={g.personId ?? ''} onChange={(id) => patch({ personId: id || null })} options={children} /> : null}
            <ProgressSelect name={`childGoals.${i}.progress`} value={g.progress} onChange={(progress) => patch({ progress })} />
          </>
        )}
      </ItemList>
      {savedList('childGoals', saved.childGoals.map((g) => g.goal))}
      <ItemList<Goal> name="familyGoals" legend={text.familyGoals} itemLegend={text.familyGoalItem} items={d.familyGoals} onChange={set('familyGoals')} blank={blankGoal} addLabel={text.addFamilyGoal} removeLabel={text.remove}>
        {(g, i, patch) => (
          <>
            <TextAreaField label={text.goal} name={`familyGoals.${i}.goal`} isRequired rows={2} value={g.goal} onChange={(goal) => patch({ goal })} />
            <ProgressSelect name={`familyGoals.${i}.progress`} value={g.progress} onChange={(progress) => patch({ progress })} />
          </>
        )}
      </ItemList>
      {savedList('familyGoals', saved.familyGoals.map((g) => g.goal))}
      <ItemList<Factor> name="protectiveFactors" legend={text.protectiveFactors} itemLegend={text.factorItem} items={d.protectiveFactors} onChange={set('protectiveFactors')} blank={blankFactor} addLabel={text.addFactor} removeLabel={text.remove}>
        {(f, i, patch) => (
          <>
            <TextField label={text.factor} name={`protectiveFactors.${i}.factor`} isRequired value={f.factor} onChange={(factor) => patch({ factor })} />
            <ProgressSelect name={`protectiveFactors.${i}.progress`} value={f.progress} onChange={(progress) => patch({ progress })} />
          </>
        )}
      </ItemList>
      {savedList('protectiveFactors', saved.protectiveFactors.map((f) => f.factor))}
      <ItemList<Action> name="actions" legend={text.actions} itemLegend={text.actionItem} items={d.actions} onChange={set('actions')} blank={blankAction} addLabel={text.addAction} removeLabel={text.remove}>
        {(a, i, patch) => (
          <>
            <TextAreaField label={text.actionWhat} name={`actions.${i}.what`} isRequired rows={2} value={a.what} onChange={(what) => patch({ what })} />
            <ActionOwner file={file} action={a} index={i} patch={patch} />
            <NativeDateField label={text.dueOn} name={`actions.${i}.dueOn`} value={a.dueOn ?? ''} onChange={(dueOn) => patch({ dueOn: dueOn || null })} />
            <ProgressSelect name={`actions.${i}.progress`} value={a.progress} onChange={(progress) => patch({ progress })} />
          </>
        )}
      </ItemList>
      {savedList('actions', saved.actions.map((a) => `${a.what} (${a.ownerLabel})`))}
      <div className="button-row">
        <Button type="submit" isPending={save.isPending}>
          {text.saveRecovery}
        </Button>
        {draft.restored ? (
          <Button variant="quiet" onPress={draft.discard}>
            {text.discard}
          </Button>
        ) : null}
        {save.isSuccess ? <span role="status">{text.recoverySaved}</span> : null}
      </div>
    </Form>
  );
}
