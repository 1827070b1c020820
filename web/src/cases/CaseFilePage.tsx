// One case file, laid out as the child's story at a glance (Munro's "systemic family narrative"):
// who is who, what happened, what we are worried about, what is working, what needs to happen,
// and the chronology — then the notes, and closing or reopening.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { Alert } from '../ui/Alert';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { casesApi, casesKeys, type CaseFile, type Term } from './cases.api';
import { ChildNames } from './ChildNames';
import { Chronology } from './Chronology';
import { ClosedBanner } from './ClosedBanner';
import { ClosurePanel } from './ClosurePanel';
import { DeadlineBadge } from './DeadlineBadge';
import { DocumentsPanel } from './DocumentsPanel';
import { NotesPanel } from './NotesPanel';
import { PeoplePanel } from './PeoplePanel';
import { ReporterReveal } from './ReporterReveal';
import { StoryPanel } from './StoryPanel';
import { formatDate, termLabel, useCasesText } from './cases-text';
import './cases.css';
import { AssessmentsSection } from '../assessments/AssessmentsSection';
import { ManoSection } from '../mano/ManoSection';
import { PartnersSection } from '../partners/PartnersSection';
import { PlansSection } from '../plans/PlansSection';
import { TeamworkSection } from '../teamwork/TeamworkSection';

const appRoute = getRouteApi('/app');
const caseRoute = getRouteApi('/app/cases/$caseId');

function WhatHappened({ file, terms }: { file: CaseFile; terms: readonly Term[] | undefined }) {
  const { text, locale } = useCasesText();
  const label = (kind: Term['kind'], code: string) => termLabel(terms, kind, code, locale);
  return (
    <div className="what-happened">
      <p className="tags">
        <span className="tag">{label('problem_category', file.problemCategory)}</span>
        {file.forms.map((f) => (
          <span key={f} className="tag">
            {label('maltreatment_form', f)}
          </span>
        ))}
        {file.contexts.map((c) => (
          <span key={c} className="tag tag--context">
            {label('specific_context', c)}
          </span>
        ))}
      </p>
      {file.reports.map((r) => (
        <blockquote key={r.id} className="concern">
          <p>{r.concern}</p>
          <footer className="muted">
            {formatDate(r.receivedAt, locale)} · {text.sources[r.source]}
          </footer>
        </blockquote>
      ))}
      <ReporterReveal caseId={file.id} />
    </div>
  );
}

export function CaseFilePage() {
  const { text, locale } = useCasesText();
  const api = useApi();
  const { user } = appRoute.useRouteContext();
  const { caseId } = caseRoute.useParams();
  const taxonomy = useQuery({ queryKey: casesKeys.taxonomy, queryFn: () => casesApi.taxonomy(api), staleTime: 10 * 60_000 });
  const file = useQuery({ queryKey: casesKeys.file(caseId), queryFn: () => casesApi.file(api, caseId), retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2 });

  if (file.isPending) return <Spinner />;
  if (file.isError) {
    return (
      <>
        <PageHeader title={text.home.title} />
        <Alert tone="error">{file.error.message}</Alert>
        <Link to="/cases">{text.common.back}</Link>
      </>
    );
  }
  const f = file.data;
  const terms = taxonomy.data;
  return (
    <>
      <PageHeader
        title={`${f.number}${f.track === 'mano' ? ` · ${text.track.mano}` : ''}`}
        description={
          <>
            <ChildNames children={f.children} />
            <p>
              {text.status[f.status]} · {termLabel(terms, 'urgency', f.urgency, locale)} · {text.file.team}: {f.team.name} · {text.file.owner}: {f.owner?.name ?? text.list.nobody}
              {f.members.length ? ` · ${text.file.members}: ${f.members.map((m) => m.name).join(', ')}` : ''}
            </p>
            <p>
              <DeadlineBadge deadline={f.deadline} />
            </p>
          </>
        }
      />
      {f.readOnly ? <ClosedBanner file={f} terms={terms} /> : null}
      <section className="glance" aria-labelledby="glance-title">
        <h2 id="glance-title" className="section-title">
          {text.file.atAGlance}
        </h2>
        <div className="glance__grid">
          <section className="glance__block" aria-labelledby="who-title">
            <h3 id="who-title">{text.file.who}</h3>
            <PeoplePanel file={f} />
          </section>
          <section className="glance__block" aria-labelledby="what-title">
            <h3 id="what-title">{text.file.what}</h3>
            <WhatHappened file={f} terms={terms} />
          </section>
        </div>
        <StoryPanel file={f} userId={user.id} />
        <section className="glance__block" aria-labelledby="chronology-title">
          <h3 id="chronology-title">{text.file.chronology}</h3>
          <Chronology entries={f.timeline} labelledBy="chronology-title" />
        </section>
      </section>
      <ManoSection file={f} userId={user.id} />
      <AssessmentsSection file={f} userId={user.id} />
      <PlansSection file={f} userId={user.id} />
      <TeamworkSection file={f} userId={user.id} isLead={user.role === 'team_lead'} />
      <PartnersSection file={f} userId={user.id} />
      <NotesPanel file={f} userId={user.id} />
      <DocumentsPanel caseId={f.id} />
      <ClosurePanel file={f} terms={terms} userId={user.id} isLead={user.role === 'team_lead'} />
      <p>
        <Link to="/cases">{text.common.back}</Link>
      </p>
    </>
  );
}
