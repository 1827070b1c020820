// Changing a planned conference — the date, the agenda, who takes part — until it is held. The
// typing is a draft; when a colleague changed the conference first, the save is refused, the form
// says so and shows under each changed part what is saved now, and the worker's version stays
// on screen to be saved again on top of the newest one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { fill, formatDateTime } from '../cases/cases-text';
import { Button } from '../ui/Button';
import { ConflictNotice, SavedMeanwhile, useRecordDraft, useSavedShape } from '../ui/ConflictNotice';
import { Form } from '../ui/Form';
import { isoToLocalDateTime, localDateTimeToIso } from '../ui/NativeField';
import { ConferenceFields, participantsOf, type ConferenceDraft } from './ConferenceFields';
import { teamworkApi, type Conference, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

export const conferenceEditKey = (conferenceId: string, userId: string) => `schakel.teamwork.conference-edit.${conferenceId}.${userId}`;

export function conferenceDraftOf(c: Conference): ConferenceDraft {
  return {
    kind: c.kind,
    scheduledAt: isoToLocalDateTime(c.scheduledAt),
    agenda: c.agenda.map((a) => ({ id: a.id, topic: a.topic })),
    staffIds: c.participants.flatMap((p) => (p.kind === 'staff' && p.userId ? [p.userId] : [])),
    partners: c.participants.flatMap((p) => (p.kind === 'partner' ? [{ partnerId: p.partnerId ?? '', role: p.role }] : [])),
    others: c.participants.flatMap((p) => (p.kind === 'family' || p.kind === 'other' ? [{ kind: p.kind, name: p.name, role: p.role }] : [])),
  };
}

interface Props {
  caseId: string;
  conference: Conference;
  team: Teamwork['team'];
  userId: string;
  onDone?: () => void;
}

export function ConferenceEditForm({ caseId, conference, team, userId, onDone }: Props) {
  const { text, locale } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = useSavedShape(conference, conferenceDraftOf);
  const draft = useRecordDraft(conferenceEditKey(conference.id, userId), saved);
  const d = draft.value;
  const save = useMutation({
    mutationFn: (value: ConferenceDraft) =>
      teamworkApi.updateConference(api, caseId, conference, {
        scheduledAt: value.scheduledAt ? localDateTimeToIso(value.scheduledAt) : '',
        // Notes written on an item so far stay with it; a new item starts without.
        agenda: value.agenda.map((a) => ({ ...(a.id ? { id: a.id } : {}), topic: a.topic, notes: conference.agenda.find((x) => x.id === a.id)?.notes ?? '' })),
        participants: participantsOf(value, conference.participants),
      }),
    onSuccess: () => {
      draft.onSaved();
      onDone?.();
    },
    onError: draft.onError,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const label = fill(text.editConferenceOf, { date: formatDateTime(conference.scheduledAt, locale) });
  return (
    <Form error={save.error} aria-label={label} onSubmit={() => save.mutate(d)}>
      <ConflictNotice error={save.error} message={text.conflict} />
      {draft.restored ? <p className="muted">{text.draftRestored}</p> : null}
      <ConferenceFields caseId={caseId} team={team} draft={d} update={draft.update} invited={conference.participants} />
      <SavedMeanwhile show={draft.inConflict('scheduledAt')} label={`${text.scheduledAt} — ${text.savedNow}`}>
        {formatDateTime(conference.scheduledAt, locale)}
      </SavedMeanwhile>
      <SavedMeanwhile show={draft.inConflict('agenda')} label={`${text.agenda} — ${text.savedNow}`}>
        {conference.agenda.map((a) => a.topic).join(' · ')}
      </SavedMeanwhile>
      <SavedMeanwhile show={draft.inConflict('participants')} label={`${text.participants} — ${text.savedNow}`}>
        {conference.participants.map((p) => p.name).join(', ')}
      </SavedMeanwhile>
      <div className="button-row">
        <Button type="submit" isPending={save.isPending}>
          {text.saveConferenceChanges}
        </Button>
        {save.isSuccess ? <span role="status">{text.conferenceChanged}</span> : null}
      </div>
    </Form>
  );
}
