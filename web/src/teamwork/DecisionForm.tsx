// Recording a team decision as such: the subject, what was decided and why, which colleagues
// took part (at least two) and, if someone disagreed, the dissent in their own words.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { decisionSubjects, teamworkApi, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

export function DecisionForm({ caseId, team, userId }: { caseId: string; team: Teamwork['team']; userId: string }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const empty = { subject: '', decision: '', rationale: '', dissent: '', staffIds: [userId] };
  const [draft, setDraft] = useState(empty);
  const save = useMutation({
    mutationFn: () => teamworkApi.recordDecision(api, caseId, { ...draft, subject: draft.subject as (typeof decisionSubjects)[number] }),
    onSuccess: () => setDraft(empty),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <details className="casework-form">
      <summary>{text.newDecision}</summary>
      <Form error={save.error} aria-label={text.newDecision} onSubmit={() => save.mutate()}>
        <ChoiceGroup legend={text.subject} name="subject" required choices={decisionSubjects.map((s) => ({ value: s, label: text.subjects[s] ?? s }))} value={draft.subject ? [draft.subject] : []} onChange={([s]) => setDraft((d) => ({ ...d, subject: s ?? '' }))} />
        <TextAreaField label={text.decisionText} name="decision" isRequired rows={2} value={draft.decision} onChange={(decision) => setDraft((d) => ({ ...d, decision }))} />
        <TextAreaField label={text.why} name="rationale" isRequired rows={3} value={draft.rationale} onChange={(rationale) => setDraft((d) => ({ ...d, rationale }))} />
        <ChoiceGroup legend={text.tookPart} name="staffIds" multiple choices={team.members.map((m) => ({ value: m.id, label: m.name }))} value={draft.staffIds} onChange={(staffIds) => setDraft((d) => ({ ...d, staffIds }))} />
        <TextAreaField label={text.dissent} name="dissent" rows={2} value={draft.dissent} onChange={(dissent) => setDraft((d) => ({ ...d, dissent }))} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.recordDecision}
          </Button>
        </div>
      </Form>
    </details>
  );
}
