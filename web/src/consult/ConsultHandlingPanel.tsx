// Who handles the question, how urgent it is, where the professional is in the Kindreflex, when
// to follow up, and the workflow's next step (take on, close, reopen).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { consultUrgencies } from '../../../src/consult/consult-vocabulary';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { consultApi, consultKeys, type ConsultDetail, type StatusChange } from './consult.api';
import { useConsultText } from './consult-text';
import { kindreflexSteps } from './kindreflex-steps';
import { isConflict, useConsultSave } from './useConsultSave';

const CHANGES: Record<ConsultDetail['status'], StatusChange[]> = { new: ['start', 'close'], in_progress: ['close'], advised: ['start', 'close'], closed: ['reopen'] };

export function ConsultHandlingPanel({ consult }: { consult: ConsultDetail }) {
  const { text, locale } = useConsultText();
  const api = useApi();
  const handlers = useQuery({ queryKey: consultKeys.handlers, queryFn: () => consultApi.handlers(api), staleTime: 5 * 60_000 });
  const [form, setForm] = useState({ assignedTo: consult.assignedTo?.id ?? '', urgency: consult.urgency, kindreflexStep: consult.kindreflexStep ?? '', followUpOn: consult.followUpOn ?? '' });
  const save = useConsultSave(consult.id, () =>
    consultApi.update(api, consult.id, { version: consult.version, assignedTo: form.assignedTo || null, urgency: form.urgency, kindreflexStep: form.kindreflexStep || null, followUpOn: form.followUpOn || null }),
  );
  const status = useConsultSave(consult.id, (change: StatusChange) => consultApi.status(api, consult.id, { version: consult.version, change }));
  const conflict = isConflict(save.error) || isConflict(status.error);
  return (
    <section className="section" aria-labelledby="handling-title">
      <h2 id="handling-title" className="section-title">
        {text.detail.handling}
      </h2>
      {conflict ? <Alert tone="warning">{text.detail.conflict}</Alert> : null}
      {status.error && !conflict ? <Alert tone="error">{status.error.message}</Alert> : null}
      <div className="button-row">
        {CHANGES[consult.status].map((change) => (
          <Button key={change} variant={change === 'close' ? 'secondary' : 'primary'} isPending={status.isPending && status.variables === change} onPress={() => status.mutate(change)}>
            {text.detail[change]}
          </Button>
        ))}
      </div>
      <Form error={conflict ? null : save.error} aria-label={text.detail.handling} onSubmit={() => save.mutate(undefined)}>
        <label className="field">
          <span className="field__label">{text.detail.assignee}</span>
          <select className="field__input" name="assignedTo" value={form.assignedTo} onChange={(e) => setForm({ ...form, assignedTo: e.target.value })}>
            <option value="">{text.list.nobody}</option>
            {(handlers.data ?? []).map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{text.detail.urgency}</span>
          <select className="field__input" name="urgency" value={form.urgency} onChange={(e) => setForm({ ...form, urgency: e.target.value as ConsultDetail['urgency'] })}>
            {consultUrgencies.map((u) => (
              <option key={u} value={u}>
                {text.urgencies[u]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{text.detail.step}</span>
          <select className="field__input" name="kindreflexStep" value={form.kindreflexStep} onChange={(e) => setForm({ ...form, kindreflexStep: e.target.value })}>
            <option value="">{text.form.stepUnknown}</option>
            {kindreflexSteps(locale).map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{text.detail.followUpOn}</span>
          <input className="field__input" type="date" name="followUpOn" value={form.followUpOn} onChange={(e) => setForm({ ...form, followUpOn: e.target.value })} />
        </label>
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.detail.save}
          </Button>
          {save.isSuccess ? <span role="status">{text.detail.saved}</span> : null}
        </div>
      </Form>
    </section>
  );
}
