// On the worker's case home: my open tasks across my cases, the most pressing first.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { formatDate } from '../cases/cases-text';
import { Badge } from '../ui/Badge';
import { teamworkApi, teamworkKeys } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

export function MyTasks() {
  const { text, locale } = useTeamworkText();
  const api = useApi();
  const tasks = useQuery({ queryKey: teamworkKeys.mine, queryFn: () => teamworkApi.myTasks(api) });
  return (
    <section className="section" aria-labelledby="my-tasks-title">
      <h2 id="my-tasks-title" className="section-title">
        {text.myTasks}
      </h2>
      {tasks.data?.length === 0 ? <p className="muted">{text.myTasksNone}</p> : null}
      <ul>
        {(tasks.data ?? []).map((task) => (
          <li key={task.id}>
            <Link to="/cases/$caseId" params={{ caseId: task.caseId }}>
              {task.caseNumber}
            </Link>{' '}
            · {task.title} {task.dueOn ? `· ${formatDate(task.dueOn, locale)}` : null} {task.overdue ? <Badge tone="negative">{text.overdue}</Badge> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
