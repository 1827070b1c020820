// Appointments with the family and others: a home visit, a talk at the office, a call. Planned
// ones can be marked as held, cancelled or missed; a new one names who goes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { fill, formatDateTime } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { Button } from '../ui/Button';
import { Alert } from '../ui/Alert';
import { ConflictNotice, isConflict } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { localDateTimeToIso, NativeDateField, NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { appointmentKinds, teamworkApi, type Appointment, type AppointmentKind, type AppointmentStatus, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

function StatusButtons({ caseId, appointment }: { caseId: string; appointment: Appointment }) {
  const { text, locale } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const mark = useMutation({ mutationFn: (status: AppointmentStatus) => teamworkApi.updateAppointment(api, caseId, appointment, { status }), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  const label = fill(text.appointmentStatusOf, { date: formatDateTime(appointment.startsAt, locale), status: text.markAppointment });
  return (
    <div role="group" aria-label={label}>
      {isConflict(mark.error) ? <ConflictNotice error={mark.error} message={text.conflict} /> : mark.error ? <Alert tone="error">{mark.error.message}</Alert> : null}
      <div className="button-row">
        {(['held', 'cancelled', 'missed'] as const).map((status) => (
          <Button key={status} variant="quiet" isPending={mark.isPending && mark.variables === status} onPress={() => mark.mutate(status)}>
            {`${text.markAppointment}: ${text.appointmentStatuses[status]}`}
          </Button>
        ))}
      </div>
    </div>
  );
}

function NewAppointment({ caseId, team, userId }: { caseId: string; team: Teamwork['team']; userId: string }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const empty = { kind: '', startsAt: '', endsAt: '', location: '', withWhom: '', staffIds: team.members.some((m) => m.id === userId) ? [userId] : [], note: '' };
  const [draft, setDraft] = useState(empty);
  const add = useMutation({
    mutationFn: () => teamworkApi.addAppointment(api, caseId, { ...draft, kind: draft.kind as AppointmentKind, startsAt: localDateTimeToIso(draft.startsAt), endsAt: localDateTimeToIso(draft.endsAt) }),
    onSuccess: () => setDraft(empty),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const set = <K extends keyof typeof empty>(key: K) => (value: (typeof empty)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <FoldedForm summary={text.newAppointment}>
      <Form error={add.error} aria-label={text.newAppointment} onSubmit={() => add.mutate()}>
        <NativeSelectField label={text.appointmentKind} name="kind" isRequired placeholder={text.choose} value={draft.kind} onChange={set('kind')} options={appointmentKinds.map((k) => ({ value: k, label: text.appointmentKinds[k] ?? k }))} />
        <NativeDateField label={text.startsAt} name="startsAt" type="datetime-local" isRequired value={draft.startsAt} onChange={set('startsAt')} />
        <NativeDateField label={text.endsAt} name="endsAt" type="datetime-local" isRequired value={draft.endsAt} onChange={set('endsAt')} />
        <TextField label={text.withWhom} name="withWhom" value={draft.withWhom} onChange={set('withWhom')} />
        <TextField label={text.location} name="location" value={draft.location} onChange={set('location')} />
        <ChoiceGroup legend={text.staffAttending} name="staffIds" multiple choices={team.members.map((m) => ({ value: m.id, label: m.name }))} value={draft.staffIds} onChange={set('staffIds')} />
        <TextAreaField label={text.appointmentNote} name="note" rows={2} value={draft.note} onChange={set('note')} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={add.isPending}>
            {text.addAppointment}
          </Button>
        </div>
      </Form>
    </FoldedForm>
  );
}

export function AppointmentsPanel({ caseId, work, userId, readOnly }: { caseId: string; work: Teamwork; userId: string; readOnly: boolean }) {
  const { text, locale } = useTeamworkText();
  return (
    <section className="glance__block" aria-labelledby="appointments-title">
      <h3 id="appointments-title">{text.appointments}</h3>
      {work.appointments.length === 0 ? <p className="muted">{text.appointmentsNone}</p> : null}
      <ul className="casework-list">
        {work.appointments.map((a) => (
          <li key={a.id}>
            {formatDateTime(a.startsAt, locale)} · {text.appointmentKinds[a.kind] ?? a.kind} · {text.appointmentStatuses[a.status] ?? a.status}
            {a.withWhom ? ` · ${a.withWhom}` : ''}
            {a.location ? ` · ${a.location}` : ''} <span className="muted">({a.staff.map((s) => s.name).join(', ')})</span>
            {a.note ? <p className="muted">{a.note}</p> : null}
            {!readOnly && a.status === 'planned' ? <StatusButtons caseId={caseId} appointment={a} /> : null}
          </li>
        ))}
      </ul>
      {readOnly ? null : <NewAppointment caseId={caseId} team={work.team} userId={userId} />}
    </section>
  );
}
