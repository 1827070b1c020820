// Comparing two versions of the safety plan: what was added, dropped or changed in the
// agreements and in who checks what, and whether the review date moved. The difference is
// computed by the server (the same diff the timeline uses), so the page never guesses.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { FoldedForm } from '../ui/FoldedForm';
import { NativeSelectField } from '../ui/NativeField';
import { fill, formatDate } from '../cases/cases-text';
import { plansApi, plansKeys, type SafetyPlan } from './plans.api';
import { usePlansText } from './plans-text';

function VersionDiff({ caseId, from, to }: { caseId: string; from: number; to: number }) {
  const { text, locale } = usePlansText();
  const api = useApi();
  const diff = useQuery({ queryKey: plansKeys.diff(caseId, from, to), queryFn: () => plansApi.diff(api, caseId, from, to) });
  if (!diff.data) return null;
  const d = diff.data;
  return (
    <div>
      <h5>{fill(text.changes, { from, to })}</h5>
      {d.unchanged ? <p className="muted">{text.noChanges}</p> : null}
      <ul className="plan-diff">
        {d.rules.added.map((r) => (
          <li key={r.id} className="diff-added">
            <span className="visually-hidden">{text.addedRule}: </span>+ {r.rule}
          </li>
        ))}
        {d.rules.removed.map((r) => (
          <li key={r.id} className="diff-removed">
            <span className="visually-hidden">{text.removedRule}: </span>− {r.rule}
          </li>
        ))}
        {d.rules.changed.map((c) => (
          <li key={c.id} className="diff-changed">
            <span className="visually-hidden">{text.changedRule}: </span>
            {c.from.rule} → {c.to.rule}
          </li>
        ))}
        {d.network.added.map((m) => (
          <li key={m.id} className="diff-added">
            <span className="visually-hidden">{text.addedMember}: </span>+ {m.name}: {m.checks}
          </li>
        ))}
        {d.network.removed.map((m) => (
          <li key={m.id} className="diff-removed">
            <span className="visually-hidden">{text.removedMember}: </span>− {m.name}
          </li>
        ))}
        {d.network.changed.map((c) => (
          <li key={c.id} className="diff-changed">
            <span className="visually-hidden">{text.changedMember}: </span>
            {c.from.name}: {c.from.checks} → {c.to.name}: {c.to.checks}
          </li>
        ))}
        {d.reviewOn ? <li className="diff-changed">{fill(text.reviewDate, { from: formatDate(d.reviewOn.from, locale), to: formatDate(d.reviewOn.to, locale) })}</li> : null}
      </ul>
    </div>
  );
}

export function VersionCompare({ caseId, plan }: { caseId: string; plan: SafetyPlan }) {
  const { text } = usePlansText();
  const [from, setFrom] = useState(String(plan.currentNumber - 1));
  const [to, setTo] = useState(String(plan.currentNumber));
  const options = plan.versions.map((v) => ({ value: String(v.number), label: fill(text.version, { n: v.number }) }));
  return (
    <FoldedForm summary={text.compareTitle}>
      <div className="compare-pickers">
        <NativeSelectField label={text.fromVersion} name="from" value={from} onChange={setFrom} options={options} />
        <NativeSelectField label={text.toVersion} name="to" value={to} onChange={setTo} options={options} />
      </div>
      <div aria-live="polite">{from === to ? <p className="muted">{text.sameVersion}</p> : <VersionDiff caseId={caseId} from={Number(from)} to={Number(to)} />}</div>
    </FoldedForm>
  );
}
