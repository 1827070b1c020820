// Logging 1712 calls (/hotline): the shared contact form, earlier contacts of a repeat caller
// (by number or code, hashed on the server) and what this counsellor registered today.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { useTranslation } from 'react-i18next';
import { ContactForm, contactPayload, useTaxonomy, type ContactValues, type RepeatValues } from './ContactForm';
import { useHotlineText, type HotlineText } from './hotline-text';
import { fill } from '../chat/chat-text';
import { HandoffStep } from '../handoff/HandoffStep';
import './hotline.css';

interface ContactSummary {
  id: string;
  channel: 'chat' | 'phone';
  contactAt: string;
  callerRole: string;
  themes: string[];
  urgency: string;
  advice: string;
  referral: string;
}

function repeatBody(repeat: RepeatValues): { phone?: string; code?: string } | undefined {
  if (repeat.phone.trim()) return { phone: repeat.phone.trim() };
  if (repeat.code.trim()) return { code: repeat.code.trim() };
  return undefined;
}

function ContactList({ contacts, text }: { contacts: ContactSummary[]; text: HotlineText }) {
  const taxonomy = useTaxonomy();
  const { i18n } = useTranslation();
  const theme = (code: string) => {
    const term = taxonomy.data?.theme.find((t) => t.code === code);
    return term ? (i18n.language === 'en' ? term.labelEn : term.labelNl) : code;
  };
  return (
    <ul className="contact-list">
      {contacts.map((c) => (
        <li key={c.id}>
          <time dateTime={c.contactAt}>{new Date(c.contactAt).toLocaleString('nl-BE', { dateStyle: 'short', timeStyle: 'short' })}</time> · {text.callerRoles[c.callerRole] ?? c.callerRole} · {c.themes.map(theme).join(', ')} · {text.urgencies[c.urgency] ?? c.urgency}
          {c.advice ? <span className="contact-list__advice"> · {c.advice}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function RepeatSearch({ text }: { text: HotlineText }) {
  const api = useApi();
  const [query, setQuery] = useState<RepeatValues>({ phone: '', code: '' });
  const search = useMutation({ mutationFn: (body: { phone?: string; code?: string }) => api.post<{ contacts: ContactSummary[] }>('/api/hotline/repeat-lookup', body) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = repeatBody(query);
    if (body) search.mutate(body);
  };
  return (
    <section className="hotline-box" aria-labelledby="repeat-title">
      <h2 id="repeat-title">{text.repeatSearch}</h2>
      <form className="contact-form__repeat" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{text.phone}</span>
          <input className="field__input" inputMode="tel" autoComplete="off" value={query.phone} onChange={(e) => setQuery({ ...query, phone: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">{text.code}</span>
          <input className="field__input" autoComplete="off" value={query.code} onChange={(e) => setQuery({ ...query, code: e.target.value })} />
        </label>
        <Button type="submit" variant="secondary" isPending={search.isPending}>
          {text.repeatSearch}
        </Button>
      </form>
      {search.data ? (
        <div role="status">
          <p>{search.data.contacts.length ? fill(text.repeatFound, { n: search.data.contacts.length }) : text.repeatNone}</p>
          <ContactList contacts={search.data.contacts} text={text} />
        </div>
      ) : null}
      {search.error ? <Alert tone="error">{search.error.message}</Alert> : null}
    </section>
  );
}

export function HotlinePage() {
  const text = useHotlineText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [round, setRound] = useState(0);
  const [openedAt, setOpenedAt] = useState(() => Date.now());
  const recent = useQuery({ queryKey: ['hotline', 'recent'], queryFn: ({ signal }) => api.get<{ contacts: ContactSummary[] }>('/api/hotline/calls/recent', { signal }) });
  const save = useMutation({
    mutationFn: ({ values, repeat }: { values: ContactValues; repeat: RepeatValues }) =>
      api.post<{ id: string }>('/api/hotline/calls', { ...contactPayload(values), durationMinutes: Math.max(1, Math.round((Date.now() - openedAt) / 60_000)), ...(repeatBody(repeat) ? { repeat: repeatBody(repeat) } : {}) }),
    onSuccess: () => {
      // A fresh form for the next call, its clock started now.
      setRound((n) => n + 1);
      setOpenedAt(Date.now());
      void queryClient.invalidateQueries({ queryKey: ['hotline', 'recent'] });
    },
  });

  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      {save.isSuccess ? (
        <p role="status" className="hotline-saved">
          {text.saved}
        </p>
      ) : null}
      <div className="hotline">
        {save.data ? (
          <section className="hotline-box hotline__handoff">
            <HandoffStep key={save.data.id} contactId={save.data.id} channel="phone" level={2} />
          </section>
        ) : null}
        <section className="hotline-box" aria-label={text.title}>
          <ContactForm key={round} mode="phone" isPending={save.isPending} error={save.error} onSubmit={(values, repeat) => save.mutate({ values, repeat })} />
        </section>
        <div className="hotline__side">
          <RepeatSearch text={text} />
          <section className="hotline-box" aria-labelledby="recent-title">
            <h2 id="recent-title">{text.recent}</h2>
            {recent.data?.contacts.length ? <ContactList contacts={recent.data.contacts} text={text} /> : <p>{recent.data ? text.recentNone : text.loading}</p>}
          </section>
        </div>
      </div>
    </>
  );
}
