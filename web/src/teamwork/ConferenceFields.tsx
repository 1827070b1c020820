// The fields of a case conference, shared by planning one and changing it while it is planned:
// when, the agenda, and who takes part — colleagues of the centre (the case team first, then the
// others: the confidential doctor, a colleague consulted), partner services from the directory,
// the family or others by name. Controls are named after their place in the request, so the
// server's errors land next to them.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup, type Choice } from '../cases/ChoiceGroup';
import { fill } from '../cases/cases-text';
import { Button } from '../ui/Button';
import { NativeDateField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { OtherRows, PartnerRows, type OtherRow, type PartnerRow } from './ParticipantRows';
import { teamworkApi, teamworkKeys, type Participant, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

export interface ConferenceDraft {
  kind: string;
  scheduledAt: string;
  /** `id` for an item already on the agenda, so its notes follow it. */
  agenda: { id?: string; topic: string }[];
  staffIds: string[];
  partners: PartnerRow[];
  others: OtherRow[];
}

/**
 * Colleagues first, then partners, then the others: the order the server numbers errors in. A
 * colleague keeps the role they had in `previous` (the conference as it was).
 */
export function participantsOf(draft: Pick<ConferenceDraft, 'staffIds' | 'partners' | 'others'>, previous: readonly Participant[] = []): Participant[] {
  const roleOf = (userId: string) => previous.find((p) => p.kind === 'staff' && p.userId === userId)?.role ?? '';
  return [
    ...draft.staffIds.map((userId) => ({ kind: 'staff' as const, userId, partnerId: null, name: '', role: roleOf(userId) })),
    ...draft.partners.map((p) => ({ kind: 'partner' as const, userId: null, partnerId: p.partnerId || null, name: '', role: p.role })),
    ...draft.others.map((o) => ({ kind: o.kind, userId: null, partnerId: null, name: o.name, role: o.role })),
  ];
}

/** Everyone who can be ticked: the centre's colleagues (the case team while they load), and anyone already invited. */
function useColleagueChoices(caseId: string, team: Teamwork['team'], invited: readonly Participant[]): Choice[] {
  const { text } = useTeamworkText();
  const api = useApi();
  const colleagues = useQuery({ queryKey: teamworkKeys.colleagues(caseId), queryFn: () => teamworkApi.colleagues(api, caseId), staleTime: 5 * 60_000 });
  const people = colleagues.data ?? team.members.map((m) => ({ id: m.id, name: m.name, role: 'caseworker' as const, discipline: m.discipline, onCaseTeam: true }));
  const choices = people.map((c) => {
    const what = c.discipline ? text.disciplines[c.discipline] : c.role === 'team_lead' ? text.teamLead : null;
    return { value: c.id, label: what ? `${c.name} (${what})` : c.name };
  });
  const missing = invited.filter((p) => p.kind === 'staff' && p.userId && !people.some((c) => c.id === p.userId));
  return [...choices, ...missing.map((p) => ({ value: p.userId!, label: p.name }))];
}

interface Props {
  caseId: string;
  team: Teamwork['team'];
  draft: ConferenceDraft;
  update: (change: (current: ConferenceDraft) => ConferenceDraft) => void;
  /** Participants of the conference being changed, so a colleague who left still shows. */
  invited?: readonly Participant[];
}

export function ConferenceFields({ caseId, team, draft, update, invited = [] }: Props) {
  const { text } = useTeamworkText();
  const staffChoices = useColleagueChoices(caseId, team, invited);
  const setAgenda = (i: number, topic: string) => update((d) => ({ ...d, agenda: d.agenda.map((a, j) => (j === i ? { ...a, topic } : a)) }));
  return (
    <>
      <NativeDateField label={text.scheduledAt} name="scheduledAt" type="datetime-local" isRequired value={draft.scheduledAt} onChange={(scheduledAt) => update((d) => ({ ...d, scheduledAt }))} />
      <fieldset className="choice-group">
        <legend className="field__label">{text.agenda}</legend>
        {draft.agenda.map((item, i) => (
          <div key={item.id ?? `new-${i}`} className="inline-form">
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
      <ChoiceGroup legend={text.staffTakingPart} name="staffIds" multiple choices={staffChoices} value={draft.staffIds} onChange={(staffIds) => update((d) => ({ ...d, staffIds }))} />
      <p className="muted">{text.colleaguesHint}</p>
      <PartnerRows rows={draft.partners} firstIndex={draft.staffIds.length} onChange={(change) => update((d) => ({ ...d, partners: change(d.partners) }))} />
      <OtherRows rows={draft.others} firstIndex={draft.staffIds.length + draft.partners.length} onChange={(change) => update((d) => ({ ...d, others: change(d.others) }))} />
    </>
  );
}
