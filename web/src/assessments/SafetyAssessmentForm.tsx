// Starting or editing a safety assessment in the Signs of Safety shape: what we are worried
// about (harm, danger statements — who is worried, about what, the impact — and complicating
// factors), what is working well (strengths, existing safety) and what needs to happen (a safety
// goal per danger statement, next steps). Typing is a draft until saved; a colleague's save in
// between is shown field by field, the worker's text stays.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { TextAreaField } from '../cases/TextAreaField';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { assessmentsApi, type SafetyAssessment, type SafetyAssessmentDraft } from './assessments.api';
import { useAssessmentsText } from './assessments-text';
import { SavedMeanwhile, useRecordDraft, useSavedShape } from '../ui/ConflictNotice';
import { ItemList } from './ItemList';
import { NativeDateField } from '../ui/NativeField';

type Statement = SafetyAssessmentDraft['dangerStatements'][number];
type Step = SafetyAssessmentDraft['nextSteps'][number];

export function assessmentDraftOf(a: SafetyAssessment | null): SafetyAssessmentDraft {
  if (!a) return { assessedOn: '', harm: '', dangerStatements: [], complicatingFactors: '', strengths: '', existingSafety: '', nextSteps: [] };
  return {
    assessedOn: a.assessedOn,
    harm: a.harm,
    dangerStatements: a.dangerStatements.map((d) => ({ ...d })),
    complicatingFactors: a.complicatingFactors,
    strengths: a.strengths,
    existingSafety: a.existingSafety,
    nextSteps: a.nextSteps.map((s) => ({ ...s, dueOn: s.dueOn ?? '' })),
  };
}

export const assessmentDraftKey = (caseId: string, assessmentId: string | null, userId: string) => `schakel.assessments.safety.${caseId}.${assessmentId ?? 'new'}.${userId}`;

const blankStatement = (): Statement => ({ worriedWho: '', worry: '', impact: '', safetyGoal: '' });
const blankStep = (): Step => ({ what: '', who: '', dueOn: '' });

interface Props {
  caseId: string;
  userId: string;
  /** The assessment to edit; null starts a new one. */
  assessment: SafetyAssessment | null;
  onDone?: () => void;
}

export function SafetyAssessmentForm({ caseId, userId, assessment, onDone }: Props) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useSavedShape(assessment, assessmentDraftOf);
  const draft = useRecordDraft(assessmentDraftKey(caseId, assessment?.id ?? null, userId), saved);
  const d = draft.value;
  const save = useMutation({
    mutationFn: (value: SafetyAssessmentDraft) => (assessment ? assessmentsApi.updateSafety(api, caseId, assessment.id, assessment.version, value) : assessmentsApi.startSafety(api, caseId, value)),
    onSuccess: () => {
      if (assessment) draft.onSaved();
      else draft.discard();
      onDone?.();
    },
    onError: draft.onError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const set = <K extends keyof SafetyAssessmentDraft>(key: K) => (value: SafetyAssessmentDraft[K]) => draft.update((current) => ({ ...current, [key]: value }));
  const savedText = (field: 'harm' | 'complicatingFactors' | 'strengths' | 'existingSafety') => (
    <SavedMeanwhile show={draft.inConflict(field)} label={text.savedNow}>
      {saved[field]}
    </SavedMeanwhile>
  );
  const formName = assessment ? text.edit : text.start;
  return (
    <Form error={save.error} aria-label={formName} onSubmit={() => save.mutate(d)} requiredHint>
      {draft.restored ? <Alert tone="info">{text.restored}</Alert> : null}
      {draft.conflict.length > 0 ? <Alert tone="warning">{text.conflict}</Alert> : null}
      <NativeDateField label={text.assessedOn} name="assessedOn" value={d.assessedOn} onChange={set('assessedOn')} max={new Date().toISOString().slice(0, 10)} />
      <h5>{text.worried}</h5>
      <TextAreaField label={text.harmLabel} name="harm" rows={3} value={d.harm} onChange={set('harm')} />
      {savedText('harm')}
      <ItemList name="dangerStatements" legend={text.danger} itemLegend={text.dangerItem} items={d.dangerStatements} onChange={set('dangerStatements')} blank={blankStatement} addLabel={text.addDanger} removeLabel={text.remove}>
        {(s, i, patch) => (
          <>
            <TextField label={text.worriedWho} name={`dangerStatements.${i}.worriedWho`} isRequired value={s.worriedWho} onChange={(worriedWho) => patch({ worriedWho })} />
            <TextAreaField label={text.worry} name={`dangerStatements.${i}.worry`} isRequired rows={2} value={s.worry} onChange={(worry) => patch({ worry })} />
            <TextAreaField label={text.impact} name={`dangerStatements.${i}.impact`} isRequired rows={2} value={s.impact} onChange={(impact) => patch({ impact })} />
            <TextAreaField label={text.safetyGoal} name={`dangerStatements.${i}.safetyGoal`} rows={2} value={s.safetyGoal} onChange={(safetyGoal) => patch({ safetyGoal })} />
          </>
        )}
      </ItemList>
      <SavedMeanwhile show={draft.inConflict('dangerStatements') || draft.inConflict('safetyGoals')} label={text.savedNow}>
        {saved.dangerStatements.map((s) => `${s.worriedWho}: ${s.worry} → ${s.impact}${s.safetyGoal ? ` (${s.safetyGoal})` : ''}`).join(' · ')}
      </SavedMeanwhile>
      <TextAreaField label={text.complicating} name="complicatingFactors" rows={2} value={d.complicatingFactors} onChange={set('complicatingFactors')} />
      {savedText('complicatingFactors')}
      <h5>{text.working}</h5>
      <TextAreaField label={text.strengths} name="strengths" rows={3} value={d.strengths} onChange={set('strengths')} />
      {savedText('strengths')}
      <TextAreaField label={text.existingSafety} name="existingSafety" rows={3} value={d.existingSafety} onChange={set('existingSafety')} />
      {savedText('existingSafety')}
      <h5>{text.needs}</h5>
      <ItemList name="nextSteps" legend={text.nextSteps} itemLegend={text.stepItem} items={d.nextSteps} onChange={set('nextSteps')} blank={blankStep} addLabel={text.addStep} removeLabel={text.remove}>
        {(s, i, patch) => (
          <>
            <TextField label={text.stepWhat} name={`nextSteps.${i}.what`} isRequired value={s.what} onChange={(what) => patch({ what })} />
            <TextField label={text.stepWho} name={`nextSteps.${i}.who`} value={s.who} onChange={(who) => patch({ who })} />
            <NativeDateField label={text.stepDue} name={`nextSteps.${i}.dueOn`} value={s.dueOn} onChange={(dueOn) => patch({ dueOn })} />
          </>
        )}
      </ItemList>
      <SavedMeanwhile show={draft.inConflict('nextSteps')} label={text.savedNow}>
        {saved.nextSteps.map((s) => `${s.what}${s.who ? ` (${s.who})` : ''}`).join(' · ')}
      </SavedMeanwhile>
      <div className="button-row">
        <Button type="submit" isPending={save.isPending}>
          {text.save}
        </Button>
        {draft.restored && !assessment ? (
          <Button variant="quiet" onPress={draft.discard}>
            {text.discard}
          </Button>
        ) : null}
        {save.isSuccess ? <span role="status">{text.saved}</span> : null}
      </div>
    </Form>
  );
}
