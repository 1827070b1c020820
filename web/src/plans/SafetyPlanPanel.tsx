// The safety plan as the family agreed it: the current version's agreements and who checks
// them, who signed (or refused), when it is reviewed, and what changed since the last version.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill, formatDate } from '../cases/cases-text';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { plansApi, plansKeys, type SafetyPlan } from './plans.api';
import { usePlansText } from './plans-text';

function VersionDiff({ caseId, from, to }: { caseId: string; from: number; to: number }) {
  const { text, locale } = usePlansText();
  const api = useApi();
  const diff = useQuery({ queryKey: plansKeys.diff(caseId, from, to), queryFn: () => plansApi.diff(api, caseId, from, to) });
  if (!diff.data) return null;
  const d = diff.data;
  return (
    <div aria-live="polite">
      <h5>{fill(text.changes, { from, to })}</h5>
      {d.unchanged ? <p className="muted">{text.noChanges}</p> : null}
      <ul>
        {d.rules.added.map((r) => (
          <li key={r.id} className="diff-added">
            + {r.rule}
          </li>
        ))}
        {d.rules.removed.map((r) => (
          <li key={r.id} className="diff-removed">
            − {r.rule}
          </li>
        ))}
        {d.rules.changed.map((c) => (
          <li key={c.id} className="diff-changed">
            {c.from.rule} → {c.to.rule}
          </li>
        ))}
        {d.network.added.map((m) => (
          <li key={m.id} className="diff-added">
            + {m.name}: {m.checks}
          </li>
        ))}
        {d.network.removed.map((m) => (
          <li key={m.id} className="diff-removed">
            − {m.name}
          </li>
        ))}
        {d.network.changed.map((c) => (
          <li key={c.id} className="diff-changed">
            {c.to.name}: {c.to.checks}
          </li>
        ))}
        {d.reviewOn ? <li className="diff-changed">{fill(text.reviewDate, { from: formatDate(d.reviewOn.from, locale), to: formatDate(d.reviewOn.to, locale) })}</li> : null}
      </ul>
    </div>
  );
}

function ReviewForm({ caseId, plan }: { caseId: string; plan: SafetyPlan }) {
  const { text } = usePlansText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ nextReviewOn: '', note: '' });
  const save = useMutation({
    mutationFn: () => plansApi.review(api, caseId, { version: plan.version, outcome: 'continue', note: draft.note, nextReviewOn: draft.nextReviewOn || null }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
  return (
    <details className="casework-form">
      <summary>{text.continue}</summary>
      <Form error={save.error} aria-label={text.continue} onSubmit={() => save.mutate()}>
        <label className="field">
          <span className="field__label">{text.nextReview}</span>
          <input className="field__input" type="date" name="nextReviewOn" required value={draft.nextReviewOn} onChange={(e) => setDraft((d) => ({ ...d, nextReviewOn: e.target.value }))} />
        </label>
        <TextField label={text.note} name="note" value={draft.note} onChange={(note) => setDraft((d) => ({ ...d, note }))} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.saveReview}
          </Button>
        </div>
      </Form>
    </details>
  );
}

export function SafetyPlanPanel({ caseId, plan, readOnly }: { caseId: string; plan: SafetyPlan | null; readOnly: boolean }) {
  const { text, locale } = usePlansText();
  const [compare, setCompare] = useState(false);
  if (!plan) return <p className="muted">{text.safetyNone}</p>;
  const v = plan.current;
  const ruleText = new Map(v.rules.map((r) => [r.id, r.rule]));
  const tone = plan.reviewState === 'overdue' ? 'negative' : plan.reviewState === 'due' ? 'demo' : 'neutral';
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
            <strong>{m.name}</strong> ({m.relation}): {m.checks}
            {m.ruleIds.length ? <span className="muted"> — {m.ruleIds.map((id) => ruleText.get(id)).join('; ')}</span> : null}
          </li>
        ))}
      </ul>
      <h5>{text.signatures}</h5>
      {v.signatures.length === 0 ? <p className="muted">{text.notSigned}</p> : null}
      <ul>
        {v.signatures.map((s) => (
          <li key={s.id}>
            {s.signerLabel}: {s.agrees ? text.agrees : text.refuses} · {formatDate(s.signedOn, locale)} {s.remark ? <span className="muted">— {s.remark}</span> : null}
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
      {plan.currentNumber > 1 ? (
        <>
          <Button variant="quiet" onPress={() => setCompare((c) => !c)} aria-expanded={compare}>
            {text.compare}
          </Button>
          {compare ? <VersionDiff caseId={caseId} from={plan.currentNumber - 1} to={plan.currentNumber} /> : null}
        </>
      ) : null}
      {readOnly || plan.status === 'ended' ? null : <ReviewForm caseId={caseId} plan={plan} />}
    </article>
  );
}
