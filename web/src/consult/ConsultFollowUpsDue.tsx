// On the worker's home: my consult questions whose follow-up is missed, due today or within a
// week. Shown only when there is one; a missed one reads in red.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { consultApi, consultKeys } from './consult.api';
import { useConsultText } from './consult-text';
import { FollowUpText } from './FollowUpText';
import './consult.css';

export function ConsultFollowUpsDue() {
  const { text } = useConsultText();
  const api = useApi();
  const due = useQuery({ queryKey: consultKeys.followUps, queryFn: () => consultApi.followUps(api) });
  if (!due.data?.length) return null;
  return (
    <section className="section" aria-labelledby="consult-due-title">
      <h2 id="consult-due-title" className="section-title">
        {text.due.title}
      </h2>
      <ul>
        {due.data.map((f) => (
          <li key={f.id}>
            <Link to="/consult/$consultId" params={{ consultId: f.id }}>
              {f.reference}
            </Link>
            {f.organisation ? ` · ${f.organisation}` : ''} · <FollowUpText on={f.followUpOn} state={f.followUpState} />
          </li>
        ))}
      </ul>
    </section>
  );
}
