// The chat conversation that came with a report from the chat, only when the child agreed to it.
// Hidden until asked for: each look is logged on the server.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { formatDateTime, useCasesText } from './cases-text';

interface Transcript {
  consentBy: string;
  lines: { from: 'child' | 'counsellor'; body: string; sentAt: string }[];
}

const words = {
  'nl-BE': { show: 'Chatgesprek tonen', hint: 'Het kind gaf toestemming dat het gesprek meegaat.', label: 'Chatgesprek', child: 'Kind', counsellor: 'Hulpverlener chat' },
  en: { show: 'Show chat conversation', hint: 'The child agreed that the conversation may follow.', label: 'Chat conversation', child: 'Child', counsellor: 'Chat counsellor' },
};

export function ReportTranscript({ reportId }: { reportId: string }) {
  const { locale } = useCasesText();
  const text = words[locale === 'en' ? 'en' : 'nl-BE'];
  const api = useApi();
  const [shown, setShown] = useState(false);
  const transcript = useQuery({ queryKey: ['cases', 'report-transcript', reportId], enabled: shown, staleTime: 0, gcTime: 0, queryFn: ({ signal }) => api.get<Transcript>(`/api/cases/reports/${encodeURIComponent(reportId)}/transcript`, { signal }) });
  if (!shown) {
    return (
      <p>
        <Button variant="quiet" onPress={() => setShown(true)}>
          {text.show}
        </Button>{' '}
        <span className="muted">{text.hint}</span>
      </p>
    );
  }
  if (transcript.isError) return <Alert tone="error">{transcript.error.message}</Alert>;
  return (
    <ol className="report-transcript" aria-label={text.label}>
      {(transcript.data?.lines ?? []).map((line, i) => (
        <li key={i} className={`report-transcript__line report-transcript__line--${line.from}`}>
          <span className="report-transcript__who">{line.from === 'child' ? text.child : text.counsellor}</span> <span className="muted">{formatDateTime(line.sentAt, locale)}</span>
          <p>{line.body}</p>
        </li>
      ))}
    </ol>
  );
}
