// The recovery plan: goals, protective factors, actions with their owners and progress; which
// partner sees which parts, with a preview of exactly what that partner's view contains (the
// server's partner view, not the page hiding things), and the forms to build and share it.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useApi } from '../api/ApiContext';
import { FoldedForm } from '../ui/FoldedForm';
import type { CaseFile } from '../cases/cases.api';
import { fill, formatDate } from '../cases/cases-text';
import { Button } from '../ui/Button';
import { plansApi, plansKeys, type RecoveryPlan } from './plans.api';
import { usePlansText } from './plans-text';
import { ProgressNoteForm } from './ProgressNoteForm';
import { recoveryDraftKey, RecoveryPlanForm } from './RecoveryPlanForm';
import { ShareForm } from './ShareForm';

function PartnerPreview({ caseId, planId, partnerId }: { caseId: string; planId: string; partnerId: string }) {
  const { text, locale } = usePlansText();
  const api = useApi();
  const view = useQuery({ queryKey: plansKeys.partnerView(caseId, partnerId), queryFn: () => plansApi.partnerView(api, caseId, planId, partnerId) });
  const v = view.data;
  if (!v) return null;
  const progress = (p: keyof typeof text.progress) => <span className="muted">({text.progress[p]})</span>;
  const list = (title: string, items: { key: string; body: ReactNode }[] | undefined) =>
    items ? (
      <>
        <h6>{title}</h6>
        <ul>
          {items.map((i) => (
            <li key={i.key}>{i.body}</li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <section className="casework-card partner-preview" aria-label={fill(text.previewTitle, { partner: v.partner.name })}>
      <h5>{fill(text.previewTitle, { partner: v.partner.name })}</h5>
      {v.sharedFields.length === 0 ? <p className="muted">{text.previewNothing}</p> : null}
      {list(text.childGoals, v.childGoals?.map((g, i) => ({ key: `c${i}`, body: <>{g.goal} {progress(g.progress)}</> })))}
      {list(text.familyGoals, v.familyGoals?.map((g, i) => ({ key: `f${i}`, body: <>{g.goal} {progress(g.progress)}</> })))}
      {list(text.protectiveFactors, v.protectiveFactors?.map((f, i) => ({ key: `p${i}`, body: <>{f.factor} {progress(f.progress)}</> })))}
      {list(text.actions, v.actions?.map((a, i) => ({ key: `a${i}`, body: <>{a.what} — <strong>{a.owner}</strong> {a.dueOn ? formatDate(a.dueOn, locale) : null} {progress(a.progress)}</> })))}
      {list(text.progressNotes, v.progressNotes?.map((n, i) => ({ key: `n${i}`, body: <>{formatDate(n.concernsDate, locale)} · {n.body}</> })))}
    </section>
  );
}

function PlanFormSection({ file, userId, plan }: { file: CaseFile; userId: string; plan: RecoveryPlan | null }) {
  const { text } = usePlansText();
  return (
    <FoldedForm summary={plan ? text.editRecovery : text.createRecovery} draftKey={recoveryDraftKey(file.id, userId)}>
      <RecoveryPlanForm file={file} userId={userId} plan={plan} />
    </FoldedForm>
  );
}

export function RecoveryPlanPanel({ file, userId, plan }: { file: CaseFile; userId: string; plan: RecoveryPlan | null }) {
  const { text, locale } = usePlansText();
  const [preview, setPreview] = useState<string | null>(null);
  if (!plan) {
    return (
      <>
        <p className="muted">{text.recoveryNone}</p>
        {file.readOnly ? null : <PlanFormSection file={file} userId={userId} plan={null} />}
      </>
    );
  }
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
      {file.readOnly ? null : (
        <>
          <PlanFormSection file={file} userId={userId} plan={plan} />
          <ProgressNoteForm caseId={file.id} userId={userId} planId={plan.id} />
        </>
      )}
      <h5>{text.shared}</h5>
      {plan.shares.length === 0 ? <p className="muted">{text.shareNone}</p> : null}
      <ul>
        {plan.shares.map((s) => (
          <li key={s.id}>
            <strong>{s.partner.name}</strong>: {s.fields.map((f) => text.fields[f]).join(', ')}{' '}
            <Button variant="quiet" onPress={() => setPreview(preview === s.partner.id ? null : s.partner.id)} aria-expanded={preview === s.partner.id}>
              {fill(text.preview, { partner: s.partner.name })}
            </Button>
            {preview === s.partner.id ? <PartnerPreview caseId={file.id} planId={plan.id} partnerId={s.partner.id} /> : null}
          </li>
        ))}
      </ul>
      {file.readOnly ? null : <ShareForm caseId={file.id} userId={userId} plan={plan} />}
    </article>
  );
}
