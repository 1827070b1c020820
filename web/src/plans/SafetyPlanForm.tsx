// Making the safety plan (version 1) or a new version of it. A new version starts as a copy of
// the current one, so the worker changes only what changes; the server keeps every version and
// refuses one built on an outdated version (then both are shown here, nothing is lost).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { SavedMeanwhile, useRecordDraft, useSavedShape } from '../ui/ConflictNotice';
import { ItemList } from '../assessments/ItemList';
import { NativeDateField } from '../ui/NativeField';
import { fill } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { newId } from './new-id';
import { plansApi, type NetworkMember, type SafetyPlan, type SafetyPlanDraft, type SafetyRule } from './plans.api';
import { usePlansText } from './plans-text';

/** One draft per case and user for the first plan, one for the next version (whatever its number). */
export const planDraftKey = (caseId: string, first: boolean, userId: string) => `schakel.plans.safety.${caseId}.${first ? 'first' : 'next'}.${userId}`;

function draftOf(plan: SafetyPlan | null): SafetyPlanDraft {
  if (!plan) return { rules: [{ id: newId(), rule: '' }], network: [], reviewOn: '', changeNote: '', reviewed: false };
  return { rules: plan.current.rules.map((r) => ({ ...r })), network: plan.current.network.map((m) => ({ ...m, ruleIds: [...m.ruleIds] })), reviewOn: plan.current.reviewOn, changeNote: '', reviewed: false };
}

const blankMember = (): NetworkMember => ({ id: newId(), name: '', relation: '', personId: null, checks: '', ruleIds: [] });

export function SafetyPlanForm({ caseId, userId, plan, onSaved }: { caseId: string; userId: string; plan: SafetyPlan | null; onSaved?: () => void }) {
  const { text } = usePlansText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useSavedShape(plan, draftOf);
  const draft = useRecordDraft(planDraftKey(caseId, plan === null, userId), saved);
  const d = draft.value;
  const save = useMutation({
    mutationFn: (value: SafetyPlanDraft) => {
      // A person can only follow up agreements that are still in this version.
      const ruleIds = new Set(value.rules.map((r) => r.id));
      const content = { ...value, network: value.network.map((m) => ({ ...m, ruleIds: m.ruleIds.filter((id) => ruleIds.has(id)) })) };
      return plan ? plansApi.newVersion(api, caseId, plan.version, content) : plansApi.createSafety(api, caseId, content);
    },
    onSuccess: () => {
      draft.discard();
      onSaved?.();
    },
    onError: draft.onError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const set = <K extends keyof SafetyPlanDraft>(key: K) => (value: SafetyPlanDraft[K]) => draft.update((c) => ({ ...c, [key]: value }));
  const rulesWithText = d.rules.filter((r) => r.rule.trim());
  return (
    <Form error={save.error} aria-label={plan ? text.newVersion : text.create} onSubmit={() => save.mutate(d)} requiredHint>
      {plan ? <p className="muted">{fill(text.newVersionHint, { n: plan.currentNumber })}</p> : null}
      {draft.restored ? <Alert tone="info">{text.restored}</Alert> : null}
      {draft.conflict.length > 0 ? <Alert tone="warning">{text.conflict}</Alert> : null}
      <ItemList<SafetyRule> name="rules" legend={text.rules} itemLegend={text.ruleItem} items={d.rules} onChange={set('rules')} blank={() => ({ id: newId(), rule: '' })} addLabel={text.addRule} removeLabel={text.remove}>
        {(r, i, patch) => <TextAreaField label={text.rule} name={`rules.${i}.rule`} isRequired rows={2} value={r.rule} onChange={(rule) => patch({ rule })} />}
      </ItemList>
      <SavedMeanwhile show={draft.inConflict('rules')} label={text.savedNow}>
        {saved.rules.map((r) => r.rule).join(' · ')}
      </SavedMeanwhile>
      <ItemList<NetworkMember> name="network" legend={text.network} itemLegend={text.memberItem} items={d.network} onChange={set('network')} blank={blankMember} addLabel={text.addMember} removeLabel={text.remove}>
        {(m, i, patch) => (
          <>
            <TextField label={text.memberName} name={`network.${i}.name`} isRequired value={m.name} onChange={(name) => patch({ name })} />
            <TextField label={text.memberRelation} name={`network.${i}.relation`} value={m.relation} onChange={(relation) => patch({ relation })} />
            <TextAreaField label={text.memberChecks} name={`network.${i}.checks`} rows={2} value={m.checks} onChange={(checks) => patch({ checks })} />
            {rulesWithText.length ? (
              <fieldset className="choice-group">
                <legend className="field__label">{text.memberRules}</legend>
                <div className="choice-group__options">
                  {rulesWithText.map((r) => (
                    <label key={r.id} className="choice-group__option">
                      <input type="checkbox" name={`network.${i}.ruleIds`} value={r.id} checked={m.ruleIds.includes(r.id)} onChange={(e) => patch({ ruleIds: e.target.checked ? [...m.ruleIds, r.id] : m.ruleIds.filter((id) => id !== r.id) })} />
                      <span>{r.rule}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </>
        )}
      </ItemList>
      <SavedMeanwhile show={draft.inConflict('network')} label={text.savedNow}>
        {saved.network.map((m) => `${m.name}: ${m.checks}`).join(' · ')}
      </SavedMeanwhile>
      <NativeDateField label={text.reviewOn} name="reviewOn" isRequired value={d.reviewOn} onChange={set('reviewOn')} min={new Date().toISOString().slice(0, 10)} />
      <SavedMeanwhile show={draft.inConflict('reviewOn')} label={text.savedNow}>
        {saved.reviewOn}
      </SavedMeanwhile>
      <TextAreaField label={text.changeNote} name="changeNote" rows={2} value={d.changeNote} onChange={set('changeNote')} />
      {plan ? (
        <label className="choice-group__option">
          <input type="checkbox" name="reviewed" checked={d.reviewed} onChange={(e) => set('reviewed')(e.target.checked)} />
          <span>{text.reviewedHint}</span>
        </label>
      ) : null}
      <div className="button-row">
        <Button type="submit" isPending={save.isPending}>
          {plan ? text.saveVersion : text.savePlan}
        </Button>
        {draft.restored ? (
          <Button variant="quiet" onPress={draft.discard}>
            {text.discard}
          </Button>
        ) : null}
        {save.isSuccess ? <span role="status">{text.planSaved}</span> : null}
      </div>
    </Form>
  );
}
