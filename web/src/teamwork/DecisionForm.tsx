// Recording a team decision as such: the subject, what was decided and why, which colleagues
// took part (at least two) and, if someone disagreed, the dissent in their own words; the tasks
// that follow from it are created with it. A decision taken at a case conference points back to it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { fill } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeDateField, NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { decisionSubjects, teamworkApi, type DecisionInput, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

interface FollowUpRow {
  title: string;
  assigneeId: string;
  dueOn: string;
}

interface DecisionFormProps {
  caseId: string;
  team: Teamwork['team'];
  userId: string;
  conferenceId?: string;
  /** Colleagues ticked at the start (the conference's participants); the recorder always is. */
  initialStaffIds?: string[];
  summary?: string;
}

export function DecisionForm({ caseId, team, userId, conferenceId, initialStaffIds = [], summary }: DecisionFormProps) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  // The recorder is ticked when they are on the case team; a lead recording for the team is not.
  const inTeam = (id: string) => team.members.some((m) => m.id === id);
  const empty = { subject: '', decision: '', rationale: '', dissent: '', staffIds: [...new Set([userId, ...initialStaffIds])].filter(inTeam), followUps: [] as FollowUpRow[] };
  const stored = useDraft(`schakel.teamwork.decision.${caseId}.${conferenceId ?? 'case'}.${userId}`, empty);
  const { value: draft, update } = stored;
  const body = (): DecisionInput => ({
    subject: draft.subject as DecisionInput['subject'],
    decision: draft.decision,
    rationale: draft.rationale,
    dissent: draft.dissent,
    staffIds: draft.staffIds,
    ...(conferenceId ? { conferenceId } : {}),
    ...(draft.followUps.length ? { followUps: draft.followUps.map((f) => ({ title: f.title, assigneeId: f.assigneeId || null, dueOn: f.dueOn || null })) } : {}),
  });
  const save = useMutation({ mutationFn: () => teamworkApi.recordDecision(api, caseId, body()), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  const setFollowUp = (i: number, change: Partial<FollowUpRow>) => update((d) => ({ ...d, followUps: d.followUps.map((f, j) => (j === i ? { ...f, ...change } : f)) }));
  const title = summary ?? text.newDecision;
  return (
    <FoldedForm summary={title} openInitially={stored.restored}>
      <Form error={save.error} aria-label={title} onSubmit={() => save.mutate()}>
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <ChoiceGroup legend={text.subject} name="subject" required choices={decisionSubjects.map((s) => ({ value: s, label: text.subjects[s] ?? s }))} value={draft.subject ? [draft.subject] : []} onChange={([s]) => update((d) => ({ ...d, subject: s ?? '' }))} />
        <TextAreaField label={text.decisionText} name="decision" isRequired rows={2} value={draft.decision} onChange={(decision) => update((d) => ({ ...d, decision }))} />
        <TextAreaField label={text.why} name="rationale" isRequired rows={3} value={draft.rationale} onChange={(rationale) => update((d) => ({ ...d, rationale }))} />
        <ChoiceGroup legend={text.tookPart} name="staffIds" multiple choices={team.members.map((m) => ({ value: m.id, label: m.name }))} value={draft.staffIds} onChange={(staffIds) => update((d) => ({ ...d, staffIds }))} />
        <TextAreaField label={text.dissent} name="dissent" rows={2} value={draft.dissent} onChange={(dissent) => update((d) => ({ ...d, dissent }))} />
        <fieldset className="choice-group">
          <legend className="field__label">{text.followUps}</legend>
          {draft.followUps.map((f, i) => (
            <div key={i} className="inline-form">
              <TextField label={fill(text.followUp, { n: i + 1 })} name={`followUps.${i}.title`} isRequired value={f.title} onChange={(title) => setFollowUp(i, { title })} />
              <NativeSelectField label={`${text.assignee} (${i + 1})`} name={`followUps.${i}.assigneeId`} value={f.assigneeId} onChange={(assigneeId) => setFollowUp(i, { assigneeId })} options={team.members.map((m) => ({ value: m.id, label: m.id === userId ? `${m.name} (${text.me})` : m.name }))} />
              <NativeDateField label={`${text.dueOn} (${i + 1})`} name={`followUps.${i}.dueOn`} value={f.dueOn} onChange={(dueOn) => setFollowUp(i, { dueOn })} />
              <Button variant="quiet" onPress={() => update((d) => ({ ...d, followUps: d.followUps.filter((_, j) => j !== i) }))}>
                {fill(text.removeFollowUp, { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button variant="quiet" onPress={() => update((d) => ({ ...d, followUps: [...d.followUps, { title: '', assigneeId: userId, dueOn: '' }] }))}>
            {text.addFollowUp}
          </Button>
        </fieldset>
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.recordDecision}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}
