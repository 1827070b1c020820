// On the worker's case home: the running MANO tracks of my cases with their clocks.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import { manoApi, manoKeys } from './mano.api';
import { ManoClockText } from './ManoClockText';
import { useManoText } from './mano-text';

export function ManoDue() {
  const { text } = useManoText();
  const api = useApi();
  const due = useQuery({ queryKey: manoKeys.due, queryFn: () => manoApi.due(api) });
  if (!due.data?.length) return null;
  return (
    <section className="section" aria-labelledby="mano-due-title">
      <h2 id="mano-due-title" className="section-title">
        {text.dueTitle}
      </h2>
      <ul>
        {due.data.map((t) => (
          <li key={t.trackId}>
            <Link to="/cases/$caseId" params={{ caseId: t.caseId }}>
              {t.caseNumber}
            </Link>{' '}
            · <ManoClockText clock={t.clock} /> {t.familyInformed ? null : <strong>· {text.notInformed}</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
