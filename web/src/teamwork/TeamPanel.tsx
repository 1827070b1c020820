// The case team as a multidisciplinary team: each colleague with the discipline and the task they
// bring to this case, filled in or corrected right here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { FoldedForm } from '../ui/FoldedForm';
import { Form } from '../ui/Form';
import { NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { CaseTeamForm } from './CaseTeamForm';
import { disciplines, teamworkApi, type Discipline, type TeamMember, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

function DisciplineForm({ caseId, member }: { caseId: string; member: TeamMember }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ discipline: member.discipline ?? '', task: member.task });
  const save = useMutation({
    mutationFn: () => teamworkApi.setDiscipline(api, caseId, member, { discipline: draft.discipline as Discipline, task: draft.task }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  const label = fill(text.setDisciplineOf, { name: member.name });
  return (
    <FoldedForm
      summary={
        <>
          {text.setDiscipline}
          <span className="visually-hidden">: {member.name}</span>
        </>
      }
    >
      <Form error={save.error} aria-label={label} onSubmit={() => save.mutate()}>
        <ConflictNotice error={save.error} message={text.conflict} />
        <NativeSelectField label={text.discipline} name="discipline" isRequired placeholder={text.choose} value={draft.discipline} onChange={(discipline) => setDraft((d) => ({ ...d, discipline }))} options={disciplines.map((d) => ({ value: d, label: text.disciplines[d] }))} />
        <TextField label={text.memberTask} name="task" value={draft.task} onChange={(task) => setDraft((d) => ({ ...d, task }))} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.saveDiscipline}
          </Button>
          {save.isSuccess ? <span role="status">{text.saved}</span> : null}
        </div>
      </Form>
    </FoldedForm>
  );
}

export function TeamPanel({ caseId, team, readOnly, lead }: { caseId: string; team: Teamwork['team']; readOnly: boolean; lead?: { caseVersion: number } | undefined }) {
  const { text } = useTeamworkText();
  return (
    <section className="glance__block" aria-labelledby="team-title">
      <h3 id="team-title">
        {text.team} <span className="muted">({team.multidisciplinary ? text.multidisciplinary : text.oneDiscipline})</span>
      </h3>
      <ul className="casework-list">
        {team.members.map((m) => (
          <li key={m.id}>
            {m.name} — {m.discipline ? text.disciplines[m.discipline] : <span className="muted">{text.noDiscipline}</span>}
            {m.isOwner ? ` (${text.owner})` : ''} {m.task ? <span className="muted">· {m.task}</span> : null}
            {readOnly ? null : <DisciplineForm caseId={caseId} member={m} />}
          </li>
        ))}
      </ul>
      {!readOnly && lead ? <CaseTeamForm caseId={caseId} caseVersion={lead.caseVersion} team={team} /> : null}
    </section>
  );
}
