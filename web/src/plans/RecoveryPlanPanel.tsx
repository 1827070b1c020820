// The recovery plan: goals, protective factors, actions with their owners and progress; which
// partner sees which parts, with a preview of exactly what that partner's view contains.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill, formatDate } from '../cases/cases-text';
import { Button } from '../ui/Button';
import { plansApi, plansKeys, type PartnerView, type RecoveryPlan } from './plans.api';
import { usePlansText } from './plans-text';

function PartnerPreview({ caseId, planId, partnerId }: { caseId: string; planId: string; partnerId: string }) {
  const { text, locale } = usePlansText();
  const api = useApi();
  const view = useQuery({ queryKey: plansKeys.partnerView(caseId, partnerId), queryFn: () => plansApi.partnerView(api, caseId, planId, partnerId) });
  const v: PartnerView | undefined = view.data;
  if (!v) return null;
  return (
    <div className="casework-card" aria-live="polite">
      {v.childGoals ? <p>{text.childGoals}: {v.childGoals.map((g) => g.goal).join(' · ')}</p> : null}
      {v.familyGoals ? <p>{text.familyGoals}: {v.familyGoals.map((g) => g.goal).join(' · ')}</p> : null}
      {v.protectiveFactors ? <p>{text.protectiveFactors}: {v.protectiveFactors.map((f) => f.factor).join(' · ')}</p> : null}
      {v.actions ? <p>{text.actions}: {v.actions.map((a) => `${a.what} (${a.owner})`).join(' · ')}</p> : null}
      {v.progressNotes ? <p>{text.progressNotes}: {v.progressNotes.map((n) => `${formatDate(n.concernsDate, locale)} ${n.body}`).join(' · ')}</p> : null}
    </div>
  );
}

export function RecoveryPlanPanel({ caseId, plan }: { caseId: string; plan: RecoveryPlan | null }) {
  const { text, locale } = usePlansText();
  const [preview, setPreview] = useState<string | null>(null);
  if (!plan) return <p className="muted">{text.recoveryNone}</p>;
  const progress = (p: keyof typeof text.progress) => <span className="muted">({text.progress[p]})</span>;
  return (
    <article className="casework-card">
      <h5>{text.childGoals}</h5>
      <ul>{plan.childGoals.map((g) => <li key={g.id}>{g.goal} {progress(g.progress)}</li>)}</ul>
      <h5>{text.familyGoals}</h5>
      <ul>{plan.familyGoals.map((g) => <li key={g.id}>{g.goal} {progress(g.progress)}</li>)}</ul>
      <h5>{text.protectiveFactors}</h5>
      <ul>{plan.protectiveFactors.map((f) => <li key={f.id}>{f.factor} {progress(f.progress)}</li>)}</ul>
      <h5>{text.actions}</h5>
      <ul>
        {plan.actions.map((a) => (
          <li key={a.id}>
            {a.what} — <strong>{a.ownerLabel}</strong> {a.dueOn ? formatDate(a.dueOn, locale) : null} {progress(a.progress)}
          </li>
        ))}
      </ul>
      <h5>{text.progressNotes}</h5>
      <ul>
        {plan.progressNotes.map((n) => (
          <li key={n.id}>
            {formatDate(n.concernsDate, locale)} · {n.body} {n.shareable ? null : <span className="muted">({text.internal})</span>}
          </li>
        ))}
      </ul>
      <h5>{text.shared}</h5>
      {plan.shares.length === 0 ? <p className="muted">{text.shareNone}</p> : null}
      <ul>
        {plan.shares.map((s) => (
          <li key={s.id}>
            <strong>{s.partner.name}</strong>: {s.fields.map((f) => text.fields[f]).join(', ')}{' '}
            <Button variant="quiet" onPress={() => setPreview(preview === s.partner.id ? null : s.partner.id)} aria-expanded={preview === s.partner.id}>
              {fill(text.preview, { partner: s.partner.name })}
            </Button>
            {preview === s.partner.id ? <PartnerPreview caseId={caseId} planId={plan.id} partnerId={s.partner.id} /> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
