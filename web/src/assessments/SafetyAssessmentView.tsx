// One safety assessment in the Signs of Safety columns, with everyone's latest score on the
// 0–10 scale side by side: the spread between the worker, the parents and the child is shown,
// not averaged away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { formatDate } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { assessmentsApi, type SafetyAssessment, type ScorerKind } from './assessments.api';
import { useAssessmentsText } from './assessments-text';

const SCORERS: ScorerKind[] = ['worker', 'parent', 'child', 'partner', 'network'];

function ScoreForm({ caseId, assessmentId }: { caseId: string; assessmentId: string }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const empty = { scorerKind: '', scorerLabel: '', score: '', explanation: '' };
  const [draft, setDraft] = useState(empty);
  const save = useMutation({
    mutationFn: () => assessmentsApi.addScore(api, caseId, assessmentId, { scorerKind: draft.scorerKind as ScorerKind, scorerLabel: draft.scorerLabel, score: Number(draft.score), explanation: draft.explanation }),
    onSuccess: () => setDraft(empty),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <details className="casework-form">
      <summary>{text.addScore}</summary>
      <Form error={save.error} aria-label={text.addScore} onSubmit={() => save.mutate()}>
        <ChoiceGroup legend={text.scorer} name="scorerKind" required choices={SCORERS.map((k) => ({ value: k, label: text.scorers[k] }))} value={draft.scorerKind ? [draft.scorerKind] : []} onChange={([k]) => setDraft((d) => ({ ...d, scorerKind: k ?? '' }))} />
        <TextField label={text.scorerLabel} name="scorerLabel" isRequired value={draft.scorerLabel} onChange={(v) => setDraft((d) => ({ ...d, scorerLabel: v }))} />
        <TextField label={text.scoreValue} name="score" isRequired inputMode="numeric" value={draft.score} onChange={(v) => setDraft((d) => ({ ...d, score: v }))} />
        <TextAreaField label={text.explanation} name="explanation" rows={2} value={draft.explanation} onChange={(v) => setDraft((d) => ({ ...d, explanation: v }))} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.saveScore}
          </Button>
        </div>
      </Form>
    </details>
  );
}

export function SafetyAssessmentView({ caseId, assessment: a, readOnly }: { caseId: string; assessment: SafetyAssessment; readOnly: boolean }) {
  const { text, locale } = useAssessmentsText();
  return (
    <article className="casework-card">
      <h4>
        {text.safety} · {formatDate(a.assessedOn, locale)} · <span className="muted">{a.status === 'completed' ? text.completed : text.draft}</span>
      </h4>
      <div className="story__columns">
        <div className="story__column">
          <h5>{text.worried}</h5>
          <p>
            <strong>{text.harm}:</strong> {a.harm}
          </p>
          <ul>
            {a.dangerStatements.map((d) => (
              <li key={d.id}>
                {d.worriedWho}: {d.worry} <span className="muted">→ {d.impact}</span>
              </li>
            ))}
          </ul>
          {a.complicatingFactors ? (
            <p>
              <strong>{text.complicating}:</strong> {a.complicatingFactors}
            </p>
          ) : null}
        </div>
        <div className="story__column">
          <h5>{text.working}</h5>
          <p>{a.strengths}</p>
          <p>
            <strong>{text.existingSafety}:</strong> {a.existingSafety}
          </p>
        </div>
        <div className="story__column">
          <h5>{text.needs}</h5>
          <ul>
            {a.dangerStatements.filter((d) => d.safetyGoal).map((d) => (
              <li key={d.id}>{d.safetyGoal}</li>
            ))}
          </ul>
          <ul>
            {a.nextSteps.map((s) => (
              <li key={s.id}>
                {s.what} {s.who ? <span className="muted">({s.who})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {a.hints.map((h) => (
        <p key={h.code} className="casework-note">
          {h.message}
        </p>
      ))}
      <h5>{text.scale}</h5>
      {a.scale.disagreement ? <Alert tone="warning">{text.disagreement.replace('{spread}', String(a.scale.spread))}</Alert> : null}
      <ul className="safety-scale">
        {a.scale.latest.map((s) => (
          <li key={s.id} className="safety-scale__row">
            <span className="safety-scale__who">
              {s.scorerLabel} <span className="muted">({text.scorers[s.scorerKind]})</span>
            </span>
            <meter min={0} max={10} low={4} high={7} optimum={10} value={s.score} aria-label={`${s.scorerLabel}: ${s.score}/10`} />
            <strong>{s.score}</strong>
          </li>
        ))}
      </ul>
      {readOnly || a.status === 'completed' ? null : <ScoreForm caseId={caseId} assessmentId={a.id} />}
    </article>
  );
}
