// The case team's tasks: open ones first, overdue ones marked, done with one click; a new task
// goes to a member of the case team.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill, formatDate } from '../cases/cases-text';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { teamworkApi, type Task, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

function DoneButton({ caseId, task }: { caseId: string; task: Task }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const done = useMutation({ mutationFn: () => teamworkApi.updateTask(api, caseId, task.id, { version: task.version, status: 'done' }), onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }) });
  return (
    <Button variant="quiet" isPending={done.isPending} onPress={() => done.mutate()} aria-label={fill(text.markDone, { title: task.title })}>
      {text.done}
    </Button>
  );
}

function NewTask({ caseId, team, userId }: { caseId: string; team: Teamwork['team']; userId: string }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const queryClient = useQueryClient();
  const empty = { title: '', dueOn: '', assigneeId: userId };
  const [draft, setDraft] = useState(empty);
  const add = useMutation({
    mutationFn: () => teamworkApi.addTask(api, caseId, { title: draft.title, assigneeId: draft.assigneeId || null, dueOn: draft.dueOn || null }),
    onSuccess: () => setDraft(empty),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <details className="casework-form">
      <summary>{text.newTask}</summary>
      <Form error={add.error} aria-label={text.newTask} onSubmit={() => add.mutate()}>
        <TextField label={text.taskTitle} name="title" isRequired value={draft.title} onChange={(title) => setDraft((d) => ({ ...d, title }))} />
        <label className="field">
          <span className="field__label">{text.assignee}</span>
          <select className="field__input" name="assigneeId" value={draft.assigneeId} onChange={(e) => setDraft((d) => ({ ...d, assigneeId: e.target.value }))}>
            {team.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.id === userId ? `${m.name} (${text.me})` : m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{text.dueOn}</span>
          <input className="field__input" type="date" name="dueOn" value={draft.dueOn} onChange={(e) => setDraft((d) => ({ ...d, dueOn: e.target.value }))} />
        </label>
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={add.isPending}>
            {text.addTask}
          </Button>
        </div>
      </Form>
    </details>
  );
}

export function TasksPanel({ caseId, work, userId, readOnly }: { caseId: string; work: Teamwork; userId: string; readOnly: boolean }) {
  const { text, locale } = useTeamworkText();
  return (
    <section className="glance__block" aria-labelledby="tasks-title">
      <h3 id="tasks-title">{text.tasks}</h3>
      {work.tasks.length === 0 ? <p className="muted">{text.tasksNone}</p> : null}
      <ul className="casework-list">
        {work.tasks.map((task) => (
          <li key={task.id}>
            <span className={task.status === 'open' ? undefined : 'muted'}>{task.title}</span> {task.assignee ? <span className="muted">· {task.assignee.name}</span> : null} {task.dueOn ? <span>· {formatDate(task.dueOn, locale)}</span> : null}{' '}
            {task.overdue ? <Badge tone="negative">{text.overdue}</Badge> : null} {task.decisionId ? <span className="muted">({text.fromDecision})</span> : null}{' '}
            {task.status === 'open' && !readOnly ? <DoneButton caseId={caseId} task={task} /> : null}
          </li>
        ))}
      </ul>
      {readOnly ? null : <NewTask caseId={caseId} team={work.team} userId={userId} />}
    </section>
  );
}
