// Registering a professional's question while on the phone: one page, every choice visible,
// keyboard first (Ctrl+Enter registers), and a local draft so that nothing typed is lost.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useRef, type KeyboardEvent } from 'react';
import { consultUrgencies, professionalSectors, staffChannels } from '../../../src/consult/consult-vocabulary';
import { useApi } from '../api/ApiContext';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { useDraft } from '../cases/useDraft';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { PageHeader } from '../ui/PageHeader';
import { TextField } from '../ui/TextField';
import { consultApi, consultKeys } from './consult.api';
import { ConsultAssigneeField } from './ConsultAssigneeField';
import { useConsultText } from './consult-text';
import { EMPTY_CHILD, EMPTY_PARENT, familyBody, FamilyFields, type FamilyValue } from './FamilyFields';
import { kindreflexSteps } from './kindreflex-steps';
import '../cases/cases.css';
import './consult.css';

const appRoute = getRouteApi('/app');

interface ConsultDraft {
  channel: string;
  sector: string;
  name: string;
  role: string;
  organisation: string;
  phone: string;
  email: string;
  family: FamilyValue;
  question: string;
  kindreflexStep: string;
  urgency: string;
  assignedTo: string;
  followUpOn: string;
}

const EMPTY: ConsultDraft = {
  channel: 'phone',
  sector: '',
  name: '',
  role: '',
  organisation: '',
  phone: '',
  email: '',
  family: { named: false, children: [EMPTY_CHILD], parents: [EMPTY_PARENT] },
  question: '',
  kindreflexStep: '',
  urgency: 'normal',
  assignedTo: '',
  followUpOn: '',
};

function registerBody(d: ConsultDraft) {
  return {
    channel: d.channel,
    sector: d.sector,
    professional: { name: d.name, role: d.role, organisation: d.organisation, phone: d.phone, email: d.email },
    family: familyBody(d.family),
    question: d.question,
    kindreflexStep: d.kindreflexStep || null,
    urgency: d.urgency,
    ...(d.assignedTo ? { assignedTo: d.assignedTo } : {}),
    followUpOn: d.followUpOn || null,
  };
}

export function ConsultRegisterPage() {
  const { text, locale } = useConsultText();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = appRoute.useRouteContext();
  const formRef = useRef<HTMLDivElement>(null);
  const draft = useDraft(`schakel.consult.register.${user.id}`, EMPTY);
  const d = draft.value;
  const set = (patch: Partial<ConsultDraft>) => draft.update((current) => ({ ...current, ...patch }));
  const register = useMutation({
    mutationFn: (value: ConsultDraft) => consultApi.register(api, registerBody(value)),
    onSuccess: async (created) => {
      draft.discard();
      await queryClient.invalidateQueries({ queryKey: consultKeys.all });
      await navigate({ to: '/consult/$consultId', params: { consultId: created.id } });
    },
  });

  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    formRef.current?.querySelector('form')?.requestSubmit();
  };

  return (
    <>
      <PageHeader title={text.form.title} description={<p>{text.form.intro}</p>} />
      {draft.restored ? (
        <Alert tone="info">
          {text.form.draftRestored}{' '}
          <Button variant="quiet" onPress={draft.discard}>
            {text.form.discardDraft}
          </Button>
        </Alert>
      ) : null}
      <div ref={formRef} onKeyDown={submitOnCtrlEnter} className="intake">
        <Form error={register.error} requiredHint aria-label={text.form.title} onSubmit={() => register.mutate(d)}>
          <ChoiceGroup legend={text.form.channel} name="channel" required choices={staffChannels.map((c) => ({ value: c, label: text.channels[c] }))} value={[d.channel]} onChange={([channel]) => set({ channel: channel ?? 'phone' })} />
          <ChoiceGroup legend={text.form.sector} name="sector" required choices={professionalSectors.map((s) => ({ value: s, label: text.sectors[s] }))} value={d.sector ? [d.sector] : []} onChange={([sector]) => set({ sector: sector ?? '' })} />
          <fieldset className="intake__section">
            <legend className="section-title">{text.form.professional}</legend>
            <TextField label={text.form.name} name="professional.name" value={d.name} onChange={(name) => set({ name })} />
            <TextField label={text.form.role} name="professional.role" value={d.role} onChange={(role) => set({ role })} />
            <TextField label={text.form.organisation} name="professional.organisation" value={d.organisation} onChange={(organisation) => set({ organisation })} />
            <TextField label={text.form.phone} name="professional.phone" type="tel" value={d.phone} onChange={(phone) => set({ phone })} />
            <TextField label={text.form.email} name="professional.email" type="email" inputMode="email" value={d.email} onChange={(email) => set({ email })} />
          </fieldset>
          <TextAreaField label={text.form.question} description={text.form.questionHint} name="question" isRequired rows={5} value={d.question} onChange={(question) => set({ question })} />
          <FamilyFields value={d.family} onChange={(family) => set({ family })} />
          <ChoiceGroup legend={text.form.step} name="kindreflexStep" choices={[{ value: '', label: text.form.stepUnknown }, ...kindreflexSteps(locale).map((s) => ({ value: s.id, label: s.label }))]} value={[d.kindreflexStep]} onChange={([step]) => set({ kindreflexStep: step ?? '' })} />
          <ChoiceGroup legend={text.form.urgency} name="urgency" required choices={consultUrgencies.map((u) => ({ value: u, label: text.urgencies[u] }))} value={[d.urgency]} onChange={([urgency]) => set({ urgency: urgency ?? 'normal' })} />
          <ConsultAssigneeField label={text.form.assignee} value={d.assignedTo} onChange={(assignedTo) => set({ assignedTo })} unassigned={{ offer: 'self', self: { id: user.id, name: user.displayName } }} />
          <label className="field">
            <span className="field__label">{text.form.followUpOn}</span>
            <input className="field__input" type="date" name="followUpOn" value={d.followUpOn} onChange={(e) => set({ followUpOn: e.target.value })} />
          </label>
          <div className="button-row">
            <Button type="submit" isPending={register.isPending}>
              {text.form.submit}
            </Button>
            <Link to="/consult" className="button button--quiet">
              {text.form.back}
            </Link>
          </div>
        </Form>
      </div>
    </>
  );
}
