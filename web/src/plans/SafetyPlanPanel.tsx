// The safety plan as the family agreed it: the current version's agreements and who checks
// them, who signed (or refused), when it is reviewed, the versions and reviews so far — and the
// forms to make the plan, a new version, record consent or a review, and compare versions.
import { fill, formatDate } from '../cases/cases-text';
import { FoldedForm } from '../ui/FoldedForm';
import { Badge } from '../ui/Badge';
import { type SafetyPlan } from './plans.api';
import { usePlansText } from './plans-text';
import { ReviewForm } from './ReviewForm';
import { planDraftKey, SafetyPlanForm } from './SafetyPlanForm';
import { SignatureForm } from './SignatureForm';
import { VersionCompare } from './VersionCompare';

function PlanFormSection({ caseId, userId, plan }: { caseId: string; userId: string; plan: SafetyPlan | null }) {
  const { text } = usePlansText();
  return (
    <FoldedForm summary={plan ? text.newVersion : text.create} draftKey={planDraftKey(caseId, plan === null, userId)}>
      {/* A saved version folds the form away: the next one starts from the saved version. */}
      {(close) => <SafetyPlanForm caseId={caseId} userId={userId} plan={plan} onSaved={close} />}
    </FoldedForm>
  );
}

export function SafetyPlanPanel({ caseId, userId, plan, readOnly }: { caseId: string; userId: string; plan: SafetyPlan | null; readOnly: boolean }) {
  const { text, locale } = usePlansText();
  if (!plan) {
    return (
      <>
        <p className="muted">{text.safetyNone}</p>
        {readOnly ? null : <PlanFormSection caseId={caseId} userId={userId} plan={null} />}
      </>
    );
  }
  const v = plan.current;
  const ruleText = new Map(v.rules.map((r) => [r.id, r.rule]));
  const tone = plan.reviewState === 'overdue' ? 'negative' : plan.reviewState === 'due' ? 'demo' : 'neutral';
  const editable = !readOnly && plan.status !== 'ended';
  return (
    <article className="casework-card">
      <h4>
        {fill(text.version, { n: v.number })} · {text.review}: <Badge tone={tone}>{fill(text.reviewStates[plan.reviewState], { date: formatDate(plan.nextReviewOn, locale) })}</Badge>
      </h4>
      {v.changeNote ? <p className="muted">{v.changeNote}</p> : null}
      <h5>{text.rules}</h5>
      <ol>
        {v.rules.map((r) => (
          <li key={r.id}>{r.rule}</li>
        ))}
      </ol>
      <h5>{text.network}</h5>
      <ul>
        {v.network.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong>
            {m.relation ? ` (${m.relation})` : ''}: {m.checks}
            {m.ruleIds.length ? <span className="muted"> — {m.ruleIds.map((id) => ruleText.get(id)).join('; ')}</span> : null}
          </li>
        ))}
      </ul>
      <h5>{text.signatures}</h5>
      {v.signatures.length === 0 ? <p className="muted">{text.notSigned}</p> : null}
      <ul>
        {v.signatures.map((s) => (
          <li key={s.id}>
            {s.signerLabel}: <Badge tone={s.agrees ? 'positive' : 'negative'}>{s.agrees ? text.agrees : text.refuses}</Badge> · {formatDate(s.signedOn, locale)} {s.remark ? <span className="muted">— {s.remark}</span> : null}
          </li>
        ))}
      </ul>
      <h5>{text.history}</h5>
      <ol>
        {plan.versions.map((ver) => (
          <li key={ver.number}>
            {fill(text.version, { n: ver.number })} · {formatDate(ver.createdAt, locale)} · {ver.createdBy.name} {ver.changeNote ? <span className="muted">— {ver.changeNote}</span> : null}
          </li>
        ))}
      </ol>
      {plan.reviews.length ? (
        <>
          <h5>{text.reviews}</h5>
          <ul>
            {plan.reviews.map((r) => (
              <li key={r.id}>
                {formatDate(r.reviewedOn, locale)} · {fill(text.version, { n: r.versionNumber })} · {r.outcome === 'revised' ? text.reviewedHint : text.outcomes[r.outcome]} {r.note ? <span className="muted">— {r.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.currentNumber > 1 ? <VersionCompare key={plan.currentNumber} caseId={caseId} plan={plan} /> : null}
      {editable ? (
        <>
          <SignatureForm caseId={caseId} userId={userId} plan={plan} />
          <PlanFormSection caseId={caseId} userId={userId} plan={plan} />
          <ReviewForm caseId={caseId} userId={userId} plan={plan} />
        </>
      ) : null}
    </article>
  );
}
