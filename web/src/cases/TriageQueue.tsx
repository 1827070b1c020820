// Reports registered with "decide later": oldest deadline first, each decided in one step. Shown
// only when there is something to decide, to whoever took the report and to the team lead.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { casesApi, casesKeys, type IntakeOutcome, type ReportView, type Term } from './cases.api';
import { ChildNames } from './ChildNames';
import { DeadlineBadge } from './DeadlineBadge';
import { ReportTranscript } from './ReportTranscript';
import { fill, formatDateTime, termLabel, useCasesText } from './cases-text';

const OUTCOMES: IntakeOutcome[] = ['advice', 'consult', 'case', 'mano'];

function TriageItem({ report, terms }: { report: ReportView; terms: readonly Term[] | undefined }) {
  const { text, locale } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<IntakeOutcome | ''>('');
  const decide = useMutation({
    mutationFn: () => casesApi.triage(api, report.id, { version: report.version, outcome: outcome as IntakeOutcome, outcomeNote: '' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
  const selectId = `triage-${report.id}`;
  return (
    <li className="triage-item">
      <ChildNames children={report.children} />
      <p className="muted">
        {fill(text.triage.received, { date: formatDateTime(report.receivedAt, locale) })} · {text.sources[report.source]} · {termLabel(terms, 'problem_category', report.problemCategory, locale)} · {termLabel(terms, 'urgency', report.urgency, locale)} · {fill(text.triage.by, { name: report.registeredBy.name })}
      </p>
      <p className="triage-item__concern">{report.concern}</p>
      {report.hasTranscript ? <ReportTranscript reportId={report.id} /> : null}
      <DeadlineBadge deadline={report.deadline ? { kind: 'first_contact', dueAt: report.firstContactDueAt, state: report.deadline } : null} />
      <div className="row-action">
        <label htmlFor={selectId}>{text.triage.decide}</label>
        <select id={selectId} className="field__input field__input--compact" value={outcome} onChange={(e) => setOutcome(e.target.value as IntakeOutcome | '')}>
          <option value="">…</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {text.outcomes[o]}
            </option>
          ))}
        </select>
        <Button variant="secondary" isDisabled={!outcome} isPending={decide.isPending} onPress={() => decide.mutate()}>
          {text.triage.save}
        </Button>
      </div>
      {decide.isError ? <Alert tone="error">{decide.error.message}</Alert> : null}
    </li>
  );
}

export function TriageQueue({ terms }: { terms: readonly Term[] | undefined }) {
  const { text } = useCasesText();
  const api = useApi();
  const reports = useQuery({ queryKey: casesKeys.untriaged, queryFn: () => casesApi.untriaged(api) });
  if (!reports.data?.length) return reports.isError ? <Alert tone="error">{reports.error.message}</Alert> : null;
  return (
    <section className="section" aria-labelledby="triage-title">
      <h2 id="triage-title" className="section-title">
        {text.triage.title} ({reports.data.length})
      </h2>
      <p className="section-intro">{text.triage.intro}</p>
      <ul className="triage-list">
        {reports.data.map((report) => (
          <TriageItem key={report.id} report={report} terms={terms} />
        ))}
      </ul>
    </section>
  );
}
