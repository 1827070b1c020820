// Case conferences: planned ones with their agenda and participants; after the meeting the minutes
// (notes per agenda item and an overall record) and the decisions it took, each with its follow-up.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../api/ApiContext';
import { fill, formatDateTime } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { conferenceEditKey, ConferenceEditForm } from './ConferenceEditForm';
import { ConferencePlanForm } from './ConferencePlanForm';
import { DecisionForm } from './DecisionForm';
import { teamworkApi, type Conference, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

function MinutesForm({ caseId, conference, userId }: { caseId: string; conference: Conference; userId: string }) {
  const { text, locale } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const saved = { minutes: conference.minutes, notes: conference.agenda.map((a) => a.notes) };
  const stored = useDraft(`schakel.teamwork.minutes.${conference.id}.${userId}`, saved);
  const { value: draft, update, replace } = stored;
  useEffect(() => replace({ minutes: conference.minutes, notes: conference.agenda.map((a) => a.notes) }), [conference, replace]);
  const settle = () => queryClient.invalidateQueries({ queryKey: ['cases'] });
  const save = useMutation({
    mutationFn: (status: Conference['status'] | undefined) =>
      teamworkApi.updateConference(api, caseId, conference, { minutes: draft.minutes, agenda: conference.agenda.map((a, i) => ({ id: a.id, topic: a.topic, notes: draft.notes[i] ?? '' })), ...(status ? { status } : {}) }),
    onSuccess: () => stored.forget(),
    onSettled: settle,
  });
  const cancel = useMutation({ mutationFn: () => teamworkApi.updateConference(api, caseId, conference, { status: 'cancelled' }), onSettled: settle });
  const label = fill(text.afterMeetingOf, { date: formatDateTime(conference.scheduledAt, locale) });
  const held = conference.status === 'held';
  return (
    <FoldedForm summary={held ? text.saveMinutes : text.afterMeeting} openInitially={stored.restored}>
      <Form error={save.error ?? cancel.error} aria-label={label} onSubmit={() => save.mutate(held ? undefined : 'held')}>
        <ConflictNotice error={save.error ?? cancel.error} message={text.conflict} />
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        {conference.agenda.map((a, i) => (
          <TextAreaField key={a.id} label={fill(text.notesOn, { topic: a.topic })} name={`agenda.${i}.notes`} rows={2} value={draft.notes[i] ?? ''} onChange={(note) => update((d) => ({ ...d, notes: conference.agenda.map((_, j) => (j === i ? note : (d.notes[j] ?? ''))) }))} />
        ))}
        <TextAreaField label={text.minutes} name="minutes" rows={4} value={draft.minutes} onChange={(minutes) => update((d) => ({ ...d, minutes }))} />
        <div className="button-row">
          <Button type="submit" isPending={save.isPending}>
            {held ? text.saveMinutes : text.markHeld}
          </Button>
          {held ? null : (
            <Button variant="quiet" isPending={cancel.isPending} onPress={() => cancel.mutate()}>
              {text.cancelConference}
            </Button>
          )}
        </div>
      </Form>
    </FoldedForm>
  );
}

export function ConferencesPanel({ caseId, work, userId, readOnly }: { caseId: string; work: Teamwork; userId: string; readOnly: boolean }) {
  const { text, locale } = useTeamworkText();
  return (
    <section className="glance__block" aria-labelledby="conferences-title">
      <h3 id="conferences-title">{text.conferences}</h3>
      {work.conferences.length === 0 ? <p className="muted">{text.conferencesNone}</p> : null}
      <ul className="casework-list">
        {work.conferences.map((c) => {
          const decisions = work.decisions.filter((d) => d.conferenceId === c.id);
          const staffIds = c.participants.flatMap((p) => (p.kind === 'staff' && p.userId ? [p.userId] : []));
          return (
            <li key={c.id}>
              <h4>
                {formatDateTime(c.scheduledAt, locale)} · {text.conferenceKinds[c.kind] ?? c.kind} · {text.conferenceStatuses[c.status] ?? c.status}
              </h4>
              <p>
                {text.agenda}: {c.agenda.map((a) => a.topic).join(' · ')}
              </p>
              <p className="muted">
                {text.participants}: {c.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ')}
              </p>
              {c.agenda.some((a) => a.notes) ? (
                <ul>
                  {c.agenda.filter((a) => a.notes).map((a) => (
                    <li key={a.id}>
                      <strong>{a.topic}:</strong> {a.notes}
                    </li>
                  ))}
                </ul>
              ) : null}
              {c.minutes ? (
                <p className="casework-note">
                  {text.minutesLabel}: {c.minutes}
                </p>
              ) : null}
              {decisions.length ? (
                <p>
                  {text.decisionsOfConference}: {decisions.map((d) => d.decision).join(' · ')}
                </p>
              ) : null}
              {readOnly || c.status === 'cancelled' ? null : (
                <>
                  {c.status === 'planned' ? (
                    <FoldedForm summary={text.editConference} draftKey={conferenceEditKey(c.id, userId)}>
                      {(close) => <ConferenceEditForm caseId={caseId} conference={c} team={work.team} userId={userId} onDone={close} />}
                    </FoldedForm>
                  ) : null}
                  <MinutesForm caseId={caseId} conference={c} userId={userId} />
                  <DecisionForm caseId={caseId} team={work.team} userId={userId} conferenceId={c.id} initialStaffIds={staffIds.filter((id) => work.team.members.some((m) => m.id === id))} summary={text.conferenceDecision} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {readOnly ? null : <ConferencePlanForm caseId={caseId} team={work.team} userId={userId} />}
    </section>
  );
}
