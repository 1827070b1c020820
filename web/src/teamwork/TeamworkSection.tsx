// The team-work section of the case file: who works on the case with which discipline, tasks,
// appointments, case conferences and the team decisions — who decided what, why, and who disagreed.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import type { CaseFile } from '../cases/cases.api';
import { fill, formatDate } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { AppointmentsPanel } from './AppointmentsPanel';
import { ConferencesPanel } from './ConferencesPanel';
import { DecisionForm } from './DecisionForm';
import { TasksPanel } from './TasksPanel';
import { TeamPanel } from './TeamPanel';
import { teamworkApi, teamworkKeys, type Teamwork } from './teamwork.api';
import { useTeamworkText } from './teamwork-text';

function Decisions({ caseId, work, userId, readOnly }: { caseId: string; work: Teamwork; userId: string; readOnly: boolean }) {
  const { text, locale } = useTeamworkText();
  return (
    <section className="glance__block" aria-labelledby="decisions-title">
      <h3 id="decisions-title">{text.decisions}</h3>
      {work.decisions.length === 0 ? <p className="muted">{text.decisionsNone}</p> : null}
      <ul className="casework-list">
        {[...work.decisions].reverse().map((d) => (
          <li key={d.id}>
            <p>
              <strong>{formatDate(d.decidedOn, locale)}</strong> · {text.subjects[d.subject] ?? d.subject} {d.supersededById ? <span className="muted">({text.superseded})</span> : null}
            </p>
            <p>{d.decision}</p>
            <p className="muted">
              {text.why}: {d.rationale}
            </p>
            <p className="muted">{fill(text.decidedBy, { names: [...d.staff.map((s) => s.name), ...d.others.map((o) => o.name)].join(', ') })}</p>
            {d.dissent ? (
              <p className="casework-note">
                {text.dissent}: {d.dissent}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {readOnly ? null : <DecisionForm caseId={caseId} team={work.team} userId={userId} />}
    </section>
  );
}

/** `isLead`: the team lead may compose the case team here (the server checks it is their team). */
export function TeamworkSection({ file, userId, isLead = false }: { file: CaseFile; userId: string; isLead?: boolean }) {
  const { text } = useTeamworkText();
  const api = useApi();
  const read = useQuery({ queryKey: teamworkKeys.file(file.id), queryFn: () => teamworkApi.read(api, file.id) });
  const work = read.data;
  return (
    <section className="section" aria-labelledby="teamwork-title">
      <h2 id="teamwork-title" className="section-title">
        {text.title}
      </h2>
      {read.isPending ? <Spinner /> : null}
      {read.isError ? <Alert tone="error">{read.error.message}</Alert> : null}
      {work ? (
        <>
          <TeamPanel caseId={file.id} team={work.team} readOnly={file.readOnly} lead={isLead ? { caseVersion: file.version } : undefined} />
          <TasksPanel caseId={file.id} work={work} userId={userId} readOnly={file.readOnly} />
          <Decisions caseId={file.id} work={work} userId={userId} readOnly={file.readOnly} />
          <ConferencesPanel caseId={file.id} work={work} userId={userId} readOnly={file.readOnly} />
          <AppointmentsPanel caseId={file.id} work={work} userId={userId} readOnly={file.readOnly} />
        </>
      ) : null}
    </section>
  );
}
