// The supervisor's view of the one question after a chat (/console/feedback): how often each
// answer was given per month, for the supervisor's own chat service. The server withholds small
// counts (and what would give them away); a withheld cell says so rather than showing a number.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { MonthField } from '../ui/MonthField';
import { Table } from '../ui/Table';
import { fill } from './console-text';
import { useFeedbackText, type FeedbackText } from './feedback-text';
import './console.css';

const ANSWERS = ['helped_a_lot', 'helped_a_bit', 'not_really', 'not_at_all', 'rather_not'] as const;
type Answer = (typeof ANSWERS)[number];

/** Mirrors the response of GET /api/console/feedback (src/chat/feedback.routes.ts); null = withheld. */
export interface FeedbackMonth {
  month: string;
  counts: Record<Answer, number | null>;
  total: number | null;
}

interface FeedbackCounts {
  months: FeedbackMonth[];
  threshold: number;
}

function monthName(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

function Count({ value, text, locale }: { value: number | null; text: FeedbackText; locale: string }) {
  return value === null ? <span className="console-muted">{text.withheld}</span> : <>{value.toLocaleString(locale)}</>;
}

export function FeedbackPage() {
  const { text, locale } = useFeedbackText();
  const api = useApi();
  const [draft, setDraft] = useState({ from: '', to: '' });
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const counts = useQuery({
    queryKey: ['console', 'feedback', period],
    queryFn: ({ signal }) => api.get<FeedbackCounts>('/api/console/feedback', { query: period, signal }),
  });
  const columns = [
    { id: 'month', header: text.month, cell: (row: FeedbackMonth) => monthName(row.month, locale), isRowHeader: true },
    ...ANSWERS.map((answer) => ({ id: answer, header: text.answers[answer], cell: (row: FeedbackMonth) => <Count value={row.counts[answer]} text={text} locale={locale} />, className: 'console-number' })),
    { id: 'total', header: text.total, cell: (row: FeedbackMonth) => <Count value={row.total} text={text} locale={locale} />, className: 'console-number' },
  ];
  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      <form
        className="console-feedback__filters"
        onSubmit={(event) => {
          event.preventDefault();
          setPeriod({ ...(draft.from ? { from: draft.from } : {}), ...(draft.to ? { to: draft.to } : {}) });
        }}
      >
        <MonthField id="feedback-from" label={text.from} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <MonthField id="feedback-to" label={text.to} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        <Button type="submit" variant="secondary">
          {text.show}
        </Button>
      </form>
      {counts.isPending ? <Spinner label={text.loading} /> : null}
      {counts.isError ? <Alert tone="error">{counts.error.message}</Alert> : null}
      {counts.data && counts.data.months.length === 0 ? <EmptyState title={text.empty} /> : null}
      {counts.data && counts.data.months.length > 0 ? (
        <section className="section" aria-labelledby="feedback-question">
          <h2 id="feedback-question" className="section-title">
            {text.question}
          </h2>
          <Table caption={text.caption} columns={columns} rows={counts.data.months} rowKey={(row) => row.month} />
          <p className="console-muted">{fill(text.withheldNote, { n: counts.data.threshold - 1 })}</p>
        </section>
      ) : null}
    </>
  );
}
