// Registering a report: one page, every choice visible, keyboard first (Ctrl+Enter registers),
// and a local draft so that nothing typed is lost to a reload, a crash or an expired session.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { PageHeader } from '../ui/PageHeader';
import { casesApi, casesKeys, type IntakeOutcome, type RegisteredReport, type ReportDraft, type ReportSource, type Term } from './cases.api';
import { fill, formatDateTime, useCasesText } from './cases-text';
import { ChoiceGroup } from './ChoiceGroup';
import { EMPTY_CHILD, IntakeChildren } from './IntakeChildren';
import { IntakeReporter } from './IntakeReporter';
import { TextAreaField } from './TextAreaField';
import { useDraft } from './useDraft';
import './cases.css';

const appRoute = getRouteApi('/app');
const SOURCES: ReportSource[] = ['professional', 'hotline', 'family', 'child', 'citizen', 'chat', 'other'];
const OUTCOMES: IntakeOutcome[] = ['advice', 'consult', 'case', 'mano'];

const EMPTY: ReportDraft = {
  source: '',
  receivedAt: '',
  concern: '',
  children: [EMPTY_CHILD],
  reporter: { anonymous: false, name: '', organisation: '', profession: '', relationToChild: '', phone: '', email: '', wantsFeedback: false },
  problemCategory: '',
  forms: [],
  contexts: [],
  urgency: 'normal',
  outcome: '',
  outcomeNote: '',
};

/** The draft as the API wants it: empty dates become null, "decide later" leaves out the outcome. */
export function reportBody(draft: ReportDraft) {
  return {
    source: draft.source,
    ...(draft.receivedAt ? { receivedAt: new Date(draft.receivedAt).toISOString() } : {}),
    concern: draft.concern,
    children: draft.children.map((c) => ({ firstName: c.firstName, lastName: c.lastName, unborn: c.unborn, dateOfBirth: c.unborn || !c.dateOfBirth ? null : c.dateOfBirth, expectedBirth: c.unborn && c.expectedBirth ? c.expectedBirth : null })),
    reporter: draft.reporter,
    problemCategory: draft.problemCategory,
    forms: draft.forms,
    contexts: draft.contexts,
    urgency: draft.urgency,
    ...(draft.outcome ? { outcome: draft.outcome } : {}),
    outcomeNote: draft.outcomeNote,
  };
}

function choicesOf(terms: readonly Term[] | undefined, kind: Term['kind'], locale: string) {
  return (terms ?? []).filter((t) => t.kind === kind && t.active).map((t) => ({ value: t.code, label: locale === 'en' ? t.labelEn : t.labelNl }));
}

export function IntakePage() {
  const { text, locale } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const { user } = appRoute.useRouteContext();
  const formRef = useRef<HTMLDivElement>(null);
  const draft = useDraft(`schakel.cases.intake.${user.id}`, EMPTY);
  const d = draft.value;
  const set = (patch: Partial<ReportDraft>) => draft.update((current) => ({ ...current, ...patch }));
  const [registered, setRegistered] = useState<RegisteredReport | null>(null);
  const taxonomy = useQuery({ queryKey: casesKeys.taxonomy, queryFn: () => casesApi.taxonomy(api), staleTime: 10 * 60_000 });
  const register = useMutation({
    mutationFn: (value: ReportDraft) => casesApi.register(api, reportBody(value)),
    onSuccess: async (report) => {
      draft.discard();
      setRegistered(report);
      window.scrollTo({ top: 0 });
      await queryClient.invalidateQueries({ queryKey: casesKeys.all });
    },
  });
  const choices = useMemo(
    () => ({
      categories: choicesOf(taxonomy.data, 'problem_category', locale),
      forms: choicesOf(taxonomy.data, 'maltreatment_form', locale),
      contexts: choicesOf(taxonomy.data, 'specific_context', locale),
      urgencies: choicesOf(taxonomy.data, 'urgency', locale),
    }),
    [taxonomy.data, locale],
  );

  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    formRef.current?.querySelector('form')?.requestSubmit();
  };

  return (
    <>
      <PageHeader title={text.intake.title} description={<p>{text.intake.intro}</p>} />
      {registered ? (
        <Alert tone="success">
          {fill(text.intake.registered, { date: formatDateTime(registered.firstContactDueAt, locale) })}{' '}
          {registered.caseId && user.role === 'team_lead' ? (
            <Link to="/cases/$caseId" params={{ caseId: registered.caseId }}>
              {text.common.open}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {draft.restored ? (
        <Alert tone="info">
          {text.intake.draftRestored}{' '}
          <Button variant="quiet" onPress={draft.discard}>
            {text.intake.discardDraft}
          </Button>
        </Alert>
      ) : null}
      <div ref={formRef} onKeyDown={submitOnCtrlEnter} className="intake">
        <Form error={register.error} requiredHint aria-label={text.intake.title} onSubmit={() => register.mutate(d)}>
          <ChoiceGroup legend={text.intake.source} name="source" required choices={SOURCES.map((s) => ({ value: s, label: text.sources[s] }))} value={d.source ? [d.source] : []} onChange={([s]) => set({ source: (s as ReportSource | undefined) ?? '' })} />
          <TextAreaField label={text.intake.concern} description={text.intake.concernHint} name="concern" isRequired rows={5} value={d.concern} onChange={(concern) => set({ concern })} />
          <label className="field intake__received">
            <span className="field__label">{text.intake.receivedAt}</span>
            <input className="field__input" type="datetime-local" name="receivedAt" value={d.receivedAt} onChange={(e) => set({ receivedAt: e.target.value })} />
          </label>
          <IntakeChildren value={d.children} onChange={(children) => set({ children })} />
          <IntakeReporter value={d.reporter} onChange={(reporter) => set({ reporter })} />
          <fieldset className="intake__section">
            <legend className="section-title">{text.intake.classification}</legend>
            <ChoiceGroup legend={text.intake.category} name="problemCategory" required choices={choices.categories} value={d.problemCategory ? [d.problemCategory] : []} onChange={([c]) => set({ problemCategory: c ?? '' })} />
            <ChoiceGroup legend={text.intake.forms} name="forms" multiple choices={choices.forms} value={d.forms} onChange={(forms) => set({ forms })} />
            <ChoiceGroup legend={text.intake.contexts} name="contexts" multiple choices={choices.contexts} value={d.contexts} onChange={(contexts) => set({ contexts })} />
            <ChoiceGroup legend={text.intake.urgency} name="urgency" required choices={choices.urgencies} value={[d.urgency]} onChange={([u]) => set({ urgency: u ?? 'normal' })} />
          </fieldset>
          <fieldset className="intake__section">
            <legend className="section-title">{text.intake.outcome}</legend>
            <ChoiceGroup legend={text.intake.outcome} name="outcome" choices={[{ value: '', label: text.intake.outcomeLater }, ...OUTCOMES.map((o) => ({ value: o, label: text.outcomes[o] }))]} value={[d.outcome]} onChange={([o]) => set({ outcome: (o as IntakeOutcome | '' | undefined) ?? '' })} />
            {d.outcome ? <TextAreaField label={text.intake.outcomeNote} name="outcomeNote" rows={2} value={d.outcomeNote} onChange={(outcomeNote) => set({ outcomeNote })} /> : null}
          </fieldset>
          <div className="button-row">
            <Button type="submit" isPending={register.isPending}>
              {text.intake.submit}
            </Button>
            <Link to="/cases" className="button button--quiet">
              {text.common.back}
            </Link>
          </div>
        </Form>
      </div>
    </>
  );
}
