// The team lead puts the case team together from the case file: the case owner and the colleagues
// who work on it with them (a psychologist, the confidential doctor…), so decisions can be taken
// as a team. Uses the lead's own assignment route; a colleague's change in between is refused.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { casesApi, casesKeys } from '../cases/cases.api';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeSelectField } from '../ui/NativeField';
import type { Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

export function CaseTeamForm({ caseId, caseVersion, team }: { caseId: string; caseVersion: number; team: Teamwork['team'] }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const workers = useQuery({ queryKey: casesKeys.capacity, queryFn: () => casesApi.capacity(api) });
  const owner = team.members.find((m) => m.isOwner);
  const [draft, setDraft] = useState({ ownerId: owner?.id ?? '', memberIds: team.members.filter((m) => !m.isOwner).map((m) => m.id) });
  const save = useMutation({ mutationFn: () => casesApi.assign(api, caseId, { version: caseVersion, ownerId: draft.ownerId, memberIds: draft.memberIds.filter((id) => id !== draft.ownerId) }), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  // Colleagues already on the case stay listed even if they left the lead's team.
  const people = [...(workers.data ?? []).map((w) => ({ id: w.id, name: w.name })), ...team.members.filter((m) => !(workers.data ?? []).some((w) => w.id === m.id))];
  return (
    <FoldedForm summary={text.composeTeam}>
      <Form error={save.error} aria-label={text.composeTeam} onSubmit={() => save.mutate()}>
        <ConflictNotice error={save.error} message={text.conflict} />
        <NativeSelectField label={text.owner} name="ownerId" isRequired placeholder={text.choose} value={draft.ownerId} onChange={(ownerId) => setDraft((d) => ({ ...d, ownerId }))} options={people.map((p) => ({ value: p.id, label: p.name }))} />
        <ChoiceGroup legend={text.teamMembers} name="memberIds" multiple choices={people.filter((p) => p.id !== draft.ownerId).map((p) => ({ value: p.id, label: p.name }))} value={draft.memberIds} onChange={(memberIds) => setDraft((d) => ({ ...d, memberIds }))} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.saveTeam}
          </Button>
          {save.isSuccess ? <span role="status">{text.saved}</span> : null}
        </div>
      </Form>
    </FoldedForm>
  );
}
