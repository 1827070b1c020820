// Who handles the question, how urgent it is, where the professional is in the Kindreflex, when
// to follow up, and the workflow's next step (take on, close, reopen).
import { consultUrgencies } from '../../../src/consult/consult-vocabulary';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { consultApi, type ConsultDetail, type StatusChange } from './consult.api';
import { ConsultAssigneeField } from './ConsultAssigneeField';
import { useConsultText } from './consult-text';
import { formatDate } from '../cases/cases-text';
import { kindreflexStepLabel, kindreflexSteps } from './kindreflex-steps';
import { isConflict, useConsultSave } from './useConsultSave';
import { useHandlingDraft, type ChangedField } from './useHandlingDraft';

const CHANGES: Record<ConsultDetail['status'], StatusChange[]> = { new: ['start', 'close'], in_progress: ['close'], advised: ['start', 'close'], closed: ['reopen'] };

/** The notice after a refused save: it stays, naming what a colleague changed, until saved again or dismissed. */
function ConflictMessage({ consult, changed, onDismiss }: { consult: ConsultDetail; changed: ChangedField[] | null; onDismiss: () => void }) {
  const { text, locale } = useConsultText();
  const labels: Record<ChangedField, [string, string]> = {
    assignedTo: [text.detail.assignee, consult.assignedTo?.name ?? text.list.nobody],
    urgency: [text.detail.urgency, text.urgencies[consult.urgency]],
    kindreflexStep: [text.detail.step, kindreflexStepLabel(consult.kindreflexStep, locale) ?? text.detail.none],
    followUpOn: [text.detail.followUpOn, consult.followUpOn ? formatDate(consult.followUpOn, locale) : text.detail.none],
    status: [text.list.status, text.statuses[consult.status]],
  };
  return (
    <Alert tone="warning">
      <p>{text.detail.conflict}</p>
      {changed?.length ? (
        <>
          <p>{text.detail.changedMeanwhile}</p>
          <ul>
            {changed.map((field) => (
              <li key={field}>
                {labels[field][0]}: <strong>{labels[field][1]}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Button variant="quiet" onPress={onDismiss}>
        {text.detail.dismissConflict}
      </Button>
    </Alert>
  );
}

export function ConsultHandlingPanel({ consult }: { consult: ConsultDetail }) {
  const { text, locale } = useConsultText();
  const api = useApi();
  const { form, setForm, conflict, saving, refused, dismiss } = useHandlingDraft(consult);
  const onRefused = { onError: (error: unknown) => (isConflict(error) ? refused() : undefined) };
  const save = useConsultSave(consult.id, () =>
    consultApi.update(api, consult.id, { version: consult.version, assignedTo: form.assignedTo || null, urgency: form.urgency, kindreflexStep: form.kindreflexStep || null, followUpOn: form.followUpOn || null }),
  );
  const status = useConsultSave(consult.id, (change: StatusChange) => consultApi.status(api, consult.id, { version: consult.version, change }));
  return (
    <section className="section" aria-labelledby="handling-title">
      <h2 id="handling-title" className="section-title">
        {text.detail.handling}
      </h2>
      {conflict ? <ConflictMessage consult={consult} changed={conflict.changed} onDismiss={dismiss} /> : null}
      {status.error && !isConflict(status.error) ? <Alert tone="error">{status.error.message}</Alert> : null}
      <div className="button-row">
        {CHANGES[consult.status].map((change) => (
          <Button key={change} variant={change === 'close' ? 'secondary' : 'primary'} isPending={status.isPending && status.variables === change} onPress={() => {
              saving();
              status.mutate(change, onRefused);
            }}>
            {text.detail[change]}
          </Button>
        ))}
      </div>
      <Form
        error={isConflict(save.error) ? null : save.error}
        aria-label={text.detail.handling}
        onSubmit={() => {
          saving();
          save.mutate(undefined, onRefused);
        }}
      >
        <ConsultAssigneeField label={text.detail.assignee} value={form.assignedTo} onChange={(assignedTo) => setForm({ ...form, assignedTo })} unassigned={{ offer: 'nobody', label: text.list.nobody }} />
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
