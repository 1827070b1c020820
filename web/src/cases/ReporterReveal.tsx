import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { casesApi, casesKeys } from './cases.api';
import { formatDate, useCasesText } from './cases-text';

/** Who reported stays hidden until asked for: each look is logged, and it never goes to the family. */
export function ReporterReveal({ caseId }: { caseId: string }) {
  const { text, locale } = useCasesText();
  const api = useApi();
  const [shown, setShown] = useState(false);
  const reporters = useQuery({ queryKey: casesKeys.reporters(caseId), queryFn: () => casesApi.reporters(api, caseId), enabled: shown, staleTime: 0, gcTime: 0 });
  if (!shown) {
    return (
      <p>
        <Button variant="quiet" onPress={() => setShown(true)}>
          {text.file.reporterShow}
        </Button>{' '}
        <span className="muted">{text.file.reporterHint}</span>
      </p>
    );
  }
  if (reporters.isError) return <Alert tone="error">{reporters.error.message}</Alert>;
  return (
    <ul className="reporters">
      {(reporters.data ?? []).map((r) => (
        <li key={r.reportId}>
          {formatDate(r.receivedAt, locale)}: {r.anonymous ? text.file.anonymous : [r.name, r.profession, r.organisation, r.relationToChild, r.phone, r.email].filter(Boolean).join(' · ')}
        </li>
      ))}
    </ul>
  );
}
