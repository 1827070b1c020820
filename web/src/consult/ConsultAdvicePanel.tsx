// The advice given so far (what, by whom, when) and the form for the next advice with its
// follow-up date. The typed advice is a draft until it is saved.
import { getRouteApi } from '@tanstack/react-router';
import { useApi } from '../api/ApiContext';
import { fill, formatDateTime } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { consultApi, type ConsultDetail } from './consult.api';
import { useConsultText } from './consult-text';
import { isConflict, useConsultSave } from './useConsultSave';

const appRoute = getRouteApi('/app');
const EMPTY = { text: '', followUpOn: '' };

export function ConsultAdvicePanel({ consult }: { consult: ConsultDetail }) {
  const { text, locale } = useConsultText();
  const api = useApi();
  const { user } = appRoute.useRouteContext();
  const draft = useDraft(`schakel.consult.advice.${user.id}.${consult.id}`, EMPTY);
  const advise = useConsultSave(consult.id, () => consultApi.advise(api, consult.id, { version: consult.version, text: draft.value.text, followUpOn: draft.value.followUpOn || null }), () => draft.discard());
  return (
    <section className="section" aria-labelledby="advice-title">
      <h2 id="advice-title" className="section-title">
        {text.detail.advice}
      </h2>
      {consult.advice.length === 0 ? <p className="muted">{text.detail.noAdvice}</p> : null}
      <ol className="consult-advice">
        {consult.advice.map((a) => (
          <li key={a.id}>
            <p>{a.text}</p>
            <p className="muted">{fill(text.detail.adviceBy, { name: a.givenBy.name, date: formatDateTime(a.givenAt, locale) })}</p>
          </li>
        ))}
      </ol>
      {consult.status === 'closed' ? null : (
        <Form error={isConflict(advise.error) ? null : advise.error} aria-label={text.detail.giveAdvice} onSubmit={() => advise.mutate(undefined)}>
          {isConflict(advise.error) ? <Alert tone="warning">{text.detail.conflict}</Alert> : null}
          <TextAreaField label={text.detail.adviceText} name="text" isRequired rows={4} value={draft.value.text} onChange={(value) => draft.update((d) => ({ ...d, text: value }))} />
          <label className="field">
            <span className="field__label">{text.detail.adviceFollowUp}</span>
            <input className="field__input" type="date" name="followUpOn" value={draft.value.followUpOn} onChange={(e) => draft.update((d) => ({ ...d, followUpOn: e.target.value }))} />
          </label>
          <div className="button-row">
            <Button type="submit" isPending={advise.isPending}>
              {text.detail.adviceSubmit}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
