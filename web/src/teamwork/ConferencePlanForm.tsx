// Planning a case conference: what kind, when, the agenda, and who takes part — colleagues of the
// case team, partner services from the directory, the family or others by name. Kept as a draft
// until it is planned, so a half-prepared agenda survives a lost session.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { fill } from '../cases/cases-text';
import { useDraft } from '../cases/useDraft';
import { Button } from '../ui/Button';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { localDateTimeToIso, NativeDateField, NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { OtherRows, PartnerRows, type OtherRow, type PartnerRow } from './ParticipantRows';
import { conferenceKinds, teamworkApi, type ConferenceInput, type ConferenceKind, type Participant, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

interface Draft {
  kind: string;
  scheduledAt: string;
  agenda: { topic: string }[];
  staffIds: string[];
  partners: PartnerRow[];
  others: OtherRow[];
}

/** Colleagues first, then partners, then the others: the order the server numbers errors in. */
export function participantsOf(draft: Pick<Draft, 'staffIds' | 'partners' | 'others'>): Participant[] {
  return [
    ...draft.staffIds.map((userId) => ({ kind: 'staff' as const, userId, partnerId: null, name: '', role: '' })),
    ...draft.partners.map((p) => ({ kind: 'partner' as const, userId: null, partnerId: p.partnerId || null, name: '', role: p.role })),
    ...draft.others.map((o) => ({ kind: o.kind, userId: null, partnerId: null, name: o.name, role: o.role })),
  ];
}

export function ConferencePlanForm({ caseId, team, userId }: { caseId: string; team: Teamwork['team']; userId: string }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  // The planner takes part when they are on the case team; a lead planning for the team picks who.
  const empty: Draft = { kind: '', scheduledAt: '', agenda: [{ topic: '' }], staffIds: team.members.some((m) => m.id === userId) ? [userId] : [], partners: [], others: [] };
  const stored = useDraft(`schakel.teamwork.conference.${caseId}.${userId}`, empty);
  const { value: draft, update } = stored;
  const body = (): ConferenceInput => ({ kind: draft.kind as ConferenceKind, scheduledAt: draft.scheduledAt ? localDateTimeToIso(draft.scheduledAt) : '', agenda: draft.agenda.map((a) => ({ topic: a.topic, notes: '' })), participants: participantsOf(draft) });
  const save = useMutation({ mutationFn: () => teamworkApi.planConference(api, caseId, body()), onSuccess: () => stored.discard(), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  const setAgenda = (i: number, topic: string) => update((d) => ({ ...d, agenda: d.agenda.map((a, j) => (j === i ? { topic } : a)) }));
  return (
    <FoldedForm summary={text.planConference} openInitially={stored.restored}>
      <Form error={save.error} aria-label={text.planConference} onSubmit={() => save.mutate()}>
        {stored.restored ? <p className="muted">{text.draftRestored}</p> : null}
        <NativeSelectField label={text.conferenceKind} name="kind" isRequired placeholder={text.choose} value={draft.kind} onChange={(kind) => update((d) => ({ ...d, kind }))} options={conferenceKinds.map((k) => ({ value: k, label: text.conferenceKinds[k] ?? k }))} />
        <NativeDateField label={text.scheduledAt} name="scheduledAt" type="datetime-local" isRequired value={draft.scheduledAt} onChange={(scheduledAt) => update((d) => ({ ...d, scheduledAt }))} />
        <fieldset className="choice-group">
          <legend className="field__label">{text.agenda}</legend>
          {draft.agenda.map((item, i) => (
            <div key={i} className="inline-form">
              <TextField label={fill(text.agendaItem, { n: i + 1 })} name={`agenda.${i}.topic`} isRequired value={item.topic} onChange={(topic) => setAgenda(i, topic)} />
              {draft.agenda.length > 1 ? (
                <Button variant="quiet" onPress={() => update((d) => ({ ...d, agenda: d.agenda.filter((_, j) => j !== i) }))}>
                  {fill(text.removeAgendaItem, { n: i + 1 })}
                </Button>
              ) : null}
            </div>
          ))}
          <Button variant="quiet" onPress={() => update((d) => ({ ...d, agenda: [...d.agenda, { topic: '' }] }))}>
            {text.addAgendaItem}
          </Button>
        </fieldset>
        <ChoiceGroup legend={text.staffTakingPart} name="staffIds" multiple choices={team.members.map((m) => ({ value: m.id, label: m.discipline ? `${m.name} (${text.disciplines[m.discipline]})` : m.name }))} value={draft.staffIds} onChange={(staffIds) => update((d) => ({ ...d, staffIds }))} />
        <PartnerRows rows={draft.partners} firstIndex={draft.staffIds.length} onChange={(change) => update((d) => ({ ...d, partners: change(d.partners) }))} />
        <OtherRows rows={draft.others} firstIndex={draft.staffIds.length + draft.partners.length} onChange={(change) => update((d) => ({ ...d, others: change(d.others) }))} />
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
