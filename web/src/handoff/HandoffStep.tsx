// The hand-off step under a registered contact: to which VK (by province) or CAW, the counsellor's
// summary, and consent. Consent questions start unanswered, so nobody sends by accident; the
// server names every missing answer at its field. The typed summary survives a reload (draft).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { provinces } from '../../../src/consult/provinces';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { useDraft } from '../cases/useDraft';
import { OptionGroup } from '../hotline/OptionGroup';
import { Button } from '../ui/Button';
import { fill } from '../chat/chat-text';
import { useHandoffText, type HandoffText } from './handoff-text';
import '../hotline/hotline.css';
import './handoff.css';

interface Handoff {
  id: string;
  recipientName: string;
  consent: boolean;
  transcriptShared: boolean;
  handedOffAt: string;
}

interface Values {
  target: string;
  province: string;
  partnerId: string;
  summary: string;
  consent: string;
  consentBy: string;
  transcript: string;
  legalBasis: string;
  basisReason: string;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Only what was answered: the server names what is missing. */
function payload(v: Values, channel: 'chat' | 'phone') {
  return {
    target: v.target || undefined,
    ...(v.target === 'vk' && v.province ? { province: v.province } : {}),
    ...(v.target === 'caw' && v.partnerId ? { partnerId: v.partnerId } : {}),
    summary: v.summary,
    consent: v.consent === '' ? undefined : v.consent === 'yes',
    ...(v.consent === 'yes' && v.consentBy ? { consentBy: v.consentBy } : {}),
    ...(v.consent === 'yes' && channel === 'chat' && v.target === 'vk' && v.transcript ? { transcript: v.transcript === 'yes' } : {}),
    ...(v.consent === 'no' ? { legalBasis: v.legalBasis || undefined, basisReason: v.basisReason } : {}),
  };
}

function Done({ handoffs, text }: { handoffs: Handoff[]; text: HandoffText }) {
  const { i18n } = useTranslation();
  return (
    <ul className="handoff-done" role="status">
      {handoffs.map((h) => (
        <li key={h.id}>
          {fill(text.done, { recipient: h.recipientName, date: new Date(h.handedOffAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'short', timeStyle: 'short' }) })} {h.consent ? text.doneConsent : text.doneNoConsent}{' '}
          {h.transcriptShared ? text.doneTranscript : ''}
        </li>
      ))}
    </ul>
  );
}

export function HandoffStep({ contactId, channel, level = 3 }: { contactId: string; channel: 'chat' | 'phone'; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const text = useHandoffText();
  const { i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const empty: Values = { target: '', province: '', partnerId: '', summary: '', consent: '', consentBy: channel === 'chat' ? 'child' : '', transcript: '', legalBasis: '', basisReason: '' };
  const draft = useDraft<Values>(`schakel.handoff.${contactId}`, empty);
  const v = draft.value;
  const set = (key: keyof Values) => (value: string) => draft.update((current) => ({ ...current, [key]: value }));
  const one = (key: keyof Values) => (values: string[]) => set(key)(values.at(-1) ?? '');

  const done = useQuery({ queryKey: ['handoffs', contactId], queryFn: ({ signal }) => api.get<{ handoffs: Handoff[] }>(`/api/contacts/${contactId}/handoffs`, { signal }) });
  const cawList = useQuery({ queryKey: ['partners', 'caw'], enabled: open && v.target === 'caw', queryFn: ({ signal }) => api.get<{ partners: { id: string; name: string; city: string }[] }>('/api/partners', { signal, query: { kind: 'caw' } }) });
  const send = useMutation({
    mutationFn: () => api.post<Handoff>(`/api/contacts/${contactId}/handoffs`, payload(v, channel)),
    onSuccess: () => {
      draft.discard();
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: ['handoffs', contactId] });
    },
  });
  const fields = send.error instanceof ApiError ? send.error.fields : [];
  const problem = (path: string) => fields.find((f) => f.path === path)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };

  const handoffs = done.data?.handoffs ?? [];
  return (
    <section className="handoff" aria-labelledby={`handoff-${contactId}`}>
      <Heading id={`handoff-${contactId}`}>{text.title}</Heading>
      {handoffs.length ? <Done handoffs={handoffs} text={text} /> : null}
      {!open ? (
        handoffs.length ? null : (
          <>
            <p className="field__description">{text.intro}</p>
            <Button variant="secondary" onPress={() => setOpen(true)}>
              {text.open}
            </Button>
          </>
        )
      ) : (
        <form className="handoff__form" onSubmit={submit} noValidate>
          {send.error instanceof ApiError ? (
            <div className="form__summary" role="alert">
              <p className="form__summary-title">{fields.length ? text.problems : send.error.message}</p>
            </div>
          ) : null}
          <OptionGroup legend={text.target} name={`target-${contactId}`} options={options(text.targets)} value={[v.target]} onChange={one('target')} error={problem('target')} />
          {v.target === 'vk' ? (
            <Select id={`province-${contactId}`} label={text.province} value={v.province} onChange={set('province')} error={problem('province')} choose={text.choose} options={provinces.map((p) => ({ value: p.id, label: i18n.language === 'en' ? p.name.en : p.name['nl-BE'] }))} />
          ) : null}
          {v.target === 'caw' ? (
            <Select id={`caw-${contactId}`} label={text.caw} value={v.partnerId} onChange={set('partnerId')} error={problem('partnerId')} choose={text.choose} options={(cawList.data?.partners ?? []).map((p) => ({ value: p.id, label: p.city ? `${p.name} (${p.city})` : p.name }))} />
          ) : null}
          <div className="field">
            <label htmlFor={`summary-${contactId}`} className="field__label">
              {text.summary}
            </label>
            <p id={`summary-hint-${contactId}`} className="field__description">
              {text.summaryHint}
            </p>
            <textarea id={`summary-${contactId}`} className="field__input" rows={4} maxLength={5000} value={v.summary} onChange={(e) => set('summary')(e.target.value)} aria-describedby={`summary-hint-${contactId}${problem('summary') ? ` summary-error-${contactId}` : ''}`} aria-invalid={problem('summary') ? true : undefined} />
            {problem('summary') ? (
              <p id={`summary-error-${contactId}`} className="field__error">
                {problem('summary')}
              </p>
            ) : null}
          </div>
          <OptionGroup legend={text.consent} name={`consent-${contactId}`} options={options(text.consents)} value={[v.consent]} onChange={one('consent')} error={problem('consent')} />
          {v.consent === 'yes' ? (
            <>
              <OptionGroup legend={text.consentBy} name={`consentBy-${contactId}`} options={options(text.consentGivers)} value={[v.consentBy]} onChange={one('consentBy')} error={problem('consentBy')} />
              {channel === 'chat' && v.target === 'vk' ? (
                <OptionGroup legend={text.transcript} name={`transcript-${contactId}`} options={options(text.transcripts)} value={[v.transcript]} onChange={one('transcript')} error={problem('transcript')} />
              ) : null}
            </>
          ) : null}
          {v.consent === 'no' ? (
            <>
              <Select id={`basis-${contactId}`} label={text.legalBasis} value={v.legalBasis} onChange={set('legalBasis')} error={problem('legalBasis')} choose={text.choose} options={options(text.bases)} />
              <div className="field">
                <label htmlFor={`reason-${contactId}`} className="field__label">
                  {text.basisReason}
                </label>
                <textarea id={`reason-${contactId}`} className="field__input" rows={2} maxLength={2000} value={v.basisReason} onChange={(e) => set('basisReason')(e.target.value)} aria-describedby={problem('basisReason') ? `reason-error-${contactId}` : undefined} aria-invalid={problem('basisReason') ? true : undefined} />
                {problem('basisReason') ? (
                  <p id={`reason-error-${contactId}`} className="field__error">
                    {problem('basisReason')}
                  </p>
                ) : null}
              </div>
            </>
          ) : null}
          <div className="button-row">
            <Button type="submit" isPending={send.isPending}>
              {text.send}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function Select(props: { id: string; label: string; value: string; onChange: (value: string) => void; error: string | undefined; choose: string; options: { value: string; label: string }[] }) {
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label htmlFor={props.id} className="field__label">
        {props.label}
      </label>
      <select id={props.id} className="field__input" value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-describedby={props.error ? errorId : undefined} aria-invalid={props.error ? true : undefined}>
        <option value="">{props.choose}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error ? (
        <p id={errorId} className="field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
