// The period per kind of record, each editable on its own line. A save names the version it saw:
// when another DPO or administrator changed it meanwhile, the conflict is said plainly and the list
// shows what is saved now while the typed value stays in the field; a value out of range gets its message next to the field.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConflictNotice, isConflict } from '../ui/ConflictNotice';
import { Form } from '../ui/Form';
import { Spinner } from '../ui/Spinner';
import { TextField } from '../ui/TextField';
import { retentionApi, retentionKeys, type Policy, type RecordType } from './retention.api';
import { useRetentionText, type RetentionText } from './retention-text';

function countedFrom(text: RetentionText, type: RecordType): string {
  if (type === 'case_file' || type === 'intake_report' || type === 'consult_request') return text.countedFrom[type];
  return text.countedFrom.casework;
}

function PolicyForm({ policy }: { policy: Policy }) {
  const { text } = useRetentionText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState(String(policy.keepMonths));
  const save = useMutation({
    mutationFn: () => retentionApi.setPolicy(api, policy, months),
    onSuccess: (policies) => queryClient.setQueryData(retentionKeys.policies, policies),
    // After a conflict the list shows what is saved now.
    onError: (error) => (isConflict(error) ? queryClient.invalidateQueries({ queryKey: retentionKeys.policies }) : undefined),
  });
  const name = text.types[policy.recordType];
  return (
    <Form error={save.error} aria-label={fill(text.keepMonthsOf, { type: name })} onSubmit={() => save.mutate()}>
      <ConflictNotice error={save.error} message={fill(text.conflict, { n: policy.keepMonths })} />
      <div className="inline-form">
        <TextField label={text.keepMonths} name="keepMonths" inputMode="numeric" isRequired value={months} onChange={setMonths} description={fill(text.years, { years: Math.round((Number(months) / 12) * 10) / 10 || 0 })} />
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.save}
            <span className="visually-hidden">: {name}</span>
          </Button>
          {save.isSuccess ? <span role="status">{text.saved}</span> : null}
        </div>
      </div>
    </Form>
  );
}

export function PolicyList() {
  const { text } = useRetentionText();
  const api = useApi();
  const policies = useQuery({ queryKey: retentionKeys.policies, queryFn: () => retentionApi.policies(api) });
  return (
    <section className="section" aria-labelledby="retention-policies-title">
      <h2 id="retention-policies-title" className="section-title">
        {text.policiesTitle}
      </h2>
      {policies.isPending ? <Spinner /> : null}
      {policies.isError ? <Alert tone="error">{policies.error.message}</Alert> : null}
      <ul className="casework-list">
        {(policies.data ?? []).map((p) => (
          <li key={p.recordType}>
            <h3>
              {text.types[p.recordType]} {p.isDefault ? <Badge tone="neutral">{text.defaultValue}</Badge> : null}
            </h3>
            <p className="muted">{countedFrom(text, p.recordType)}</p>
            {/* Keyed by type only: after a conflict the typed value stays, and the next save names the new version. */}
            <PolicyForm key={p.recordType} policy={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}
