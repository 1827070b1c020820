// One question: what the professional asked (or sent from the guide), who they are, the family,
// its handling, the advice given and, when the family becomes known, the step to a report.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { fill, formatDateTime } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { consultApi, consultKeys, type ConsultDetail } from './consult.api';
import { useConsultText } from './consult-text';
import { ConsultAdvicePanel } from './ConsultAdvicePanel';
import { ConsultConvertPanel } from './ConsultConvertPanel';
import { ConsultFamilyPanel } from './ConsultFamilyPanel';
import { ConsultHandlingPanel } from './ConsultHandlingPanel';
import { FollowUpText } from './FollowUpText';
import { kindreflexStepLabel } from './kindreflex-steps';
import '../cases/cases.css';
import './consult.css';

const appRoute = getRouteApi('/app');
const detailRoute = getRouteApi('/app/consult/$consultId');

function Facts({ consult }: { consult: ConsultDetail }) {
  const { text, locale } = useConsultText();
  const c = consult.contact;
  const rows: [string, string | null][] = [
    [text.detail.question, consult.question],
    [text.detail.observations, consult.observations],
    [text.detail.considerations, consult.considerations],
    [text.detail.decisions, consult.decisions],
    [text.detail.step, kindreflexStepLabel(consult.kindreflexStep, locale)],
    [text.detail.professional, [c.name, c.role, c.organisation, c.phone, c.email].filter(Boolean).join(' · ') || null],
  ];
  return (
    <dl className="consult-facts">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function ConsultDetailPage() {
  const { text, locale } = useConsultText();
  const api = useApi();
  const { consultId } = detailRoute.useParams();
  const { user } = appRoute.useRouteContext();
  const detail = useQuery({ queryKey: consultKeys.detail(consultId), queryFn: () => consultApi.detail(api, consultId) });
  if (detail.isPending) return <Spinner />;
  if (detail.isError) return <Alert tone="error">{detail.error.message}</Alert>;
  const consult = detail.data;
  const mayConvert = user.role === 'caseworker' || user.role === 'team_lead';
  return (
    <>
      <PageHeader
        title={consult.reference}
        description={
          <p>
            {fill(text.detail.received, { date: formatDateTime(consult.createdAt, locale), channel: text.channels[consult.channel] })} · {text.sectors[consult.professionalSector]} ·{' '}
            <span className={`urgency--${consult.urgency}`}>{text.urgencies[consult.urgency]}</span> · <Badge tone={consult.status === 'closed' ? 'neutral' : 'positive'}>{text.statuses[consult.status]}</Badge>
          </p>
        }
        actions={
          <Link to="/consult" className="button button--quiet">
            {text.form.back}
          </Link>
        }
      />
      {consult.followUpState === 'overdue' || consult.followUpState === 'today' ? (
        <Alert tone="warning" title={text.list.followUp}>
          <FollowUpText on={consult.followUpOn} state={consult.followUpState} />
        </Alert>
      ) : null}
      <div className="consult-panels">
        <section className="section" aria-labelledby="question-title">
          <h2 id="question-title" className="section-title">
            {consult.channel === 'kindreflex' ? text.detail.fromGuide : text.detail.question}
          </h2>
          <Facts consult={consult} />
        </section>
        <ConsultFamilyPanel consult={consult} />
        <ConsultHandlingPanel consult={consult} />
        <ConsultAdvicePanel consult={consult} />
        {mayConvert ? <ConsultConvertPanel consult={consult} /> : null}
      </div>
    </>
  );
}
