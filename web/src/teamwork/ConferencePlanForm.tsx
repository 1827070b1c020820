// Planning a case conference: what kind, then when, the agenda and who takes part (ConferenceFields).
// Kept as a draft until it is planned, so a half-prepared agenda survives a lost session.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { localDateTimeToIso, NativeSelectField } from '../ui/NativeField';
import { ConferenceFields, participantsOf, type ConferenceDraft } from './ConferenceFields';
import { conferenceKinds, teamworkApi, type ConferenceInput, type ConferenceKind, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

export function ConferencePlanForm({ caseId, team, userId }: { caseId: string; team: Teamwork['team']; userId: string }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  // The planner takes part when they are on the case team; a lead planning for the team picks who.
  const empty: ConferenceDraft = { kind: '', scheduledAt: '', agenda: [{ topic: '' }], staffIds: team.members.some((m) => m.id === userId) ? [userId] : [], partners: [], others: [] };
  const stored = useDraft(`schakel.teamwork.conference.${caseId}.${userId}`, empty);
  const { value: draft, update } = stored;
  const body = (): ConferenceInput => ({ kind: draft.kind as ConferenceKind, scheduledAt: draft.scheduledAt ? localDateTimeToIso(draft.scheduledAt) : '', agenda: draft.agenda.map((a) => ({ topic: a.topic, notes: '' })), participants: participantsOf(draft) });
  const save = useMutation({ mutationFn: () => teamworkApi.planConference(api, caseId, body()), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <FoldedForm summary={text.planConference} openInitially={stored.restored}>
      <Form error={save.error} aria-label={text.planConference} onSubmit={() => save.mutate()}>
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <NativeSelectField label={text.conferenceKind} name="kind" isRequired placeholder={text.choose} value={draft.kind} onChange={(kind) => update((d) => ({ ...d, kind }))} options={conferenceKinds.map((k) => ({ value: k, label: text.conferenceKinds[k] ?? k }))} />
        <ConferenceFields caseId={caseId} team={team} draft={draft} update={update} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {text.saveConference}
          </Button>
          {save.isSuccess ? <span role="status">{text.conferencePlanned}</span> : null}
        </div>
      </Form>
    </FoldedForm>
  );
}
