// One safety assessment in the Signs of Safety columns, with everyone's latest score on the
// 0–10 scale side by side: the spread between the worker, the parents and the child is shown,
// not averaged away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { formatDate } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { assessmentsApi, type SafetyAssessment } from './assessments.api';
import { useAssessmentsText } from './assessments-text';
import { FoldedForm } from '../ui/FoldedForm';
import { assessmentDraftKey, SafetyAssessmentForm } from './SafetyAssessmentForm';
import { ScoreForm } from './ScoreForm';

function CompleteForm({ caseId, assessment }: { caseId: string; assessment: SafetyAssessment }) {
  const { text } = useAssessmentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const complete = useMutation({
    mutationFn: () => assessmentsApi.completeSafety(api, caseId, assessment.id, assessment.version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <Form error={complete.error} aria-label={text.complete} onSubmit={() => complete.mutate()}>
      <p className="muted">{text.completeHint}</p>
      <div className="button-row">
        <Button type="submit" variant="secondary" isPending={complete.isPending}>
          {text.complete}
        </Button>
      </div>
    </Form>
  );
}

function EditAssessment({ caseId, userId, assessment }: { caseId: string; userId: string; assessment: SafetyAssessment }) {
  const { text } = useAssessmentsText();
  return (
    <FoldedForm summary={text.edit} draftKey={assessmentDraftKey(caseId, assessment.id, userId)}>
      <SafetyAssessmentForm caseId={caseId} userId={userId} assessment={assessment} />
    </FoldedForm>
  );
}

export function SafetyAssessmentView({ caseId, userId, assessment: a, readOnly }: { caseId: string; userId: string; assessment: SafetyAssessment; readOnly: boolean }) {
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
      {readOnly || a.status === 'completed' ? null : (
        <>
          <ScoreForm caseId={caseId} assessmentId={a.id} userId={userId} />
          <EditAssessment caseId={caseId} userId={userId} assessment={a} />
          <CompleteForm caseId={caseId} assessment={a} />
        </>
      )}
    </article>
  );
}
