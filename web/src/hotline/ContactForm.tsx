// The shared registration form for a chat or a 1712 call, built for the keyboard: every question
// is one Tab stop, a digit answers it, Ctrl+Enter saves. Typed work is never lost on an error.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { Button } from '../ui/Button';
import { OptionGroup, type Option } from './OptionGroup';
import { useHotlineText, type HotlineText } from './hotline-text';

export interface Term {
  code: string;
  labelNl: string;
  labelEn: string;
}

export interface Taxonomy {
  theme: Term[];
  violence_form: Term[];
  referral: Term[];
}

export interface ContactValues {
  callerRole: string;
  anonymous: boolean;
  ageBand: string;
  gender: string;
  relationToChild: string;
  themes: string[];
  violenceForms: string[];
  urgency: string;
  advice: string;
  referral: string;
}

export interface RepeatValues {
  phone: string;
  code: string;
}

interface Props {
  mode: 'chat' | 'phone';
  initial?: Partial<ContactValues>;
  isPending: boolean;
  error: unknown;
  onSubmit: (values: ContactValues, repeat: RepeatValues) => void;
}

export function useTaxonomy() {
  const api = useApi();
  return useQuery({ queryKey: ['contacts', 'taxonomy'], queryFn: ({ signal }) => api.get<Taxonomy>('/api/contacts/taxonomy', { signal }), staleTime: 300_000 });
}

const fromRecord = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

const fieldLabels = (text: HotlineText): Record<string, string> => ({
  callerRole: text.callerRole,
  anonymous: text.anonymous,
  ageBand: text.ageBand,
  gender: text.gender,
  relationToChild: text.relation,
  themes: text.themes,
  violenceForms: text.violenceForms,
  urgency: text.urgency,
  advice: text.advice,
  referral: text.referral,
  'repeat.phone': text.phone,
  'repeat.code': text.code,
});

export function ContactForm({ mode, initial = {}, isPending, error, onSubmit }: Props) {
  const text = useHotlineText();
  const { i18n } = useTranslation();
  const taxonomy = useTaxonomy();
  const terms = (list: Term[] | undefined): Option[] => (list ?? []).map((t) => ({ value: t.code, label: i18n.language === 'en' ? t.labelEn : t.labelNl }));
  const [v, setV] = useState<ContactValues>({ callerRole: '', anonymous: true, ageBand: '', gender: '', relationToChild: '', themes: [], violenceForms: [], urgency: '', advice: '', referral: '', ...initial });
  const [repeat, setRepeat] = useState<RepeatValues>({ phone: '', code: '' });
  const set = <K extends keyof ContactValues>(key: K, value: ContactValues[K]) => setV((current) => ({ ...current, [key]: value }));
  const one = (key: 'callerRole' | 'ageBand' | 'gender' | 'relationToChild' | 'urgency' | 'referral') => (values: string[]) => set(key, values.at(-1) ?? '');

  const fields = error instanceof ApiError ? error.fields : [];
  const problem = (path: string) => fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))?.message;
  const labels = fieldLabels(text);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onSubmit(v, repeat);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
  };

  return (
    <form className="contact-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-describedby="contact-keys">
      <p id="contact-keys" className="contact-form__keys">
        {text.keysHint}
      </p>
      {error instanceof ApiError ? (
        <div className="form__summary" role="alert">
          <p className="form__summary-title">{fields.length ? text.problems : error.message}</p>
          {fields.length ? (
            <ul className="form__summary-list">
              {fields.map((f) => (
                <li key={`${f.path}:${f.message}`}>
                  {labels[f.path] ?? labels[f.path.split('.')[0] ?? ''] ?? f.path}: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <OptionGroup legend={text.callerRole} name="callerRole" options={fromRecord(text.callerRoles)} value={[v.callerRole]} onChange={one('callerRole')} error={problem('callerRole')} />
      <OptionGroup legend={text.anonymous} name="anonymous" options={[{ value: 'yes', label: text.yes }, { value: 'no', label: text.no }]} value={[v.anonymous ? 'yes' : 'no']} onChange={(x) => set('anonymous', x.at(-1) !== 'no')} />
      <OptionGroup legend={text.ageBand} name="ageBand" options={fromRecord(text.ageBands)} value={[v.ageBand]} onChange={one('ageBand')} error={problem('ageBand')} />
      <OptionGroup legend={text.gender} name="gender" options={fromRecord(text.genders)} value={[v.gender]} onChange={one('gender')} error={problem('gender')} />
      <OptionGroup legend={text.relation} name="relationToChild" options={fromRecord(text.relations)} value={[v.relationToChild]} onChange={one('relationToChild')} error={problem('relationToChild')} />
      <OptionGroup legend={text.themes} name="themes" multiple options={terms(taxonomy.data?.theme)} value={v.themes} onChange={(x) => set('themes', x)} error={problem('themes')} />
      <OptionGroup legend={text.violenceForms} name="violenceForms" multiple options={terms(taxonomy.data?.violence_form)} value={v.violenceForms} onChange={(x) => set('violenceForms', x)} error={problem('violenceForms')} />
      <OptionGroup legend={text.urgency} name="urgency" options={fromRecord(text.urgencies)} value={[v.urgency]} onChange={one('urgency')} error={problem('urgency')} />
      <div className="field">
        <label htmlFor={`${mode}-advice`} className="field__label">
          {text.advice}
        </label>
        <textarea id={`${mode}-advice`} className="field__input contact-form__advice" rows={2} maxLength={2000} value={v.advice} onChange={(e) => set('advice', e.target.value)} />
      </div>
      <OptionGroup legend={text.referral} name="referral" options={terms(taxonomy.data?.referral)} value={[v.referral]} onChange={one('referral')} error={problem('referral')} />
      {mode === 'phone' ? (
        <fieldset className="option-group">
          <legend className="option-group__legend">{text.repeatTitle}</legend>
          <p className="field__description">{text.repeatHint}</p>
          <div className="contact-form__repeat">
            <label className="field">
              <span className="field__label">{text.phone}</span>
              <input className="field__input" inputMode="tel" autoComplete="off" value={repeat.phone} onChange={(e) => setRepeat({ ...repeat, phone: e.target.value })} />
            </label>
            <label className="field">
              <span className="field__label">{text.code}</span>
              <input className="field__input" autoComplete="off" value={repeat.code} onChange={(e) => setRepeat({ ...repeat, code: e.target.value })} />
            </label>
          </div>
        </fieldset>
      ) : null}
      <div className="button-row">
        <Button type="submit" isPending={isPending}>
          {text.save}
        </Button>
      </div>
    </form>
  );
}

/** The form's values as the API wants them (unanswered single choices are left out: the server names them). */
export function contactPayload(v: ContactValues): Record<string, unknown> {
  const payload: Record<string, unknown> = { anonymous: v.anonymous, themes: v.themes, violenceForms: v.violenceForms, advice: v.advice };
  for (const key of ['callerRole', 'ageBand', 'gender', 'relationToChild', 'urgency', 'referral'] as const) if (v[key]) payload[key] = v[key];
  return payload;
}
