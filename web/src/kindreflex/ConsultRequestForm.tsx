import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Label, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { provinces } from '../../../src/consult/provinces';
import type { GuideContent, OutcomeId } from '../../../src/kindreflex/guide-content.schema';
import {
  decisionsAsText,
  itemsAsText,
  type GuideSummary,
} from '../../../src/kindreflex/guide-summary';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { Button } from '../ui/Button';
import { FieldErrorText } from '../ui/field-error';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { ChoiceFieldset } from './ChoiceFieldset';
import {
  kindreflexApi,
  type ConsultRequestCreated,
  type ConsultRequestInput,
} from './kindreflex.api';
import { fill, useKindreflexText } from './kindreflex.text';
import { formatSummaryDate } from './summary-date';

type SectionKey = 'observations' | 'considerations' | 'decisions';
type Preference = ConsultRequestInput['contactPreference'];

function SharedSection(props: {
  name: string;
  label: string;
  included: boolean;
  onInclude: (v: boolean) => void;
  value: string;
  onChange: (v: string) => void;
  maxLength: number;
}) {
  return (
    <div className="kr-share">
      <div className="kr-option">
        <input
          id={`${props.name}-include`}
          type="checkbox"
          className="kr-option__input"
          checked={props.included}
          onChange={(e) => props.onInclude(e.target.checked)}
        />
        <label htmlFor={`${props.name}-include`} className="kr-option__label">
          {props.label}
        </label>
      </div>
      {props.included ? (
        <AriaTextField
          name={props.name}
          value={props.value}
          onChange={props.onChange}
          className="field kr-share__text"
          aria-label={props.label}
        >
          <Label className="visually-hidden">{props.label}</Label>
          <TextArea className="field__input kr-textarea" rows={5} maxLength={props.maxLength} />
          <FieldErrorText />
        </AriaTextField>
      ) : null}
    </div>
  );
}

export interface ConsultRequestFormProps {
  content: GuideContent;
  outcome: OutcomeId;
  summary: GuideSummary;
  counted: boolean;
  onSent: (created: ConsultRequestCreated) => void;
}

/** Sends only what the professional ticks and leaves in the boxes, to the VK of their province. */
export function ConsultRequestForm({
  content,
  outcome,
  summary,
  counted,
  onSent,
}: ConsultRequestFormProps) {
  const { text, locale } = useKindreflexText();
  const api = useApi();
  const [province, setProvince] = useState<string | undefined>();
  const [sections, setSections] = useState<
    Record<SectionKey, { included: boolean; value: string }>
  >(() => {
    const initial = {
      observations: itemsAsText(summary.observations),
      considerations: itemsAsText(summary.considerations),
      decisions: decisionsAsText(summary),
    };
    return {
      observations: { included: initial.observations !== '', value: initial.observations },
      considerations: { included: initial.considerations !== '', value: initial.considerations },
      decisions: { included: true, value: initial.decisions },
    };
  });
  const [question, setQuestion] = useState('');
  const [preference, setPreference] = useState<Preference | undefined>();
  const [contact, setContact] = useState({ name: '', organisation: '', phone: '', email: '' });
  const [localError, setLocalError] = useState<ApiError | null>(null);

  const send = useMutation({
    mutationFn: (input: ConsultRequestInput) => kindreflexApi.requestConsult(api, input),
    onSuccess: onSent,
  });

  const submit = () => {
    const missing = [
      province === undefined ? { path: 'province', message: text.chooseProvince } : null,
      preference === undefined
        ? { path: 'contactPreference', message: text.choosePreference }
        : null,
    ].filter((f) => f !== null);
    if (missing.length > 0 || province === undefined || preference === undefined) {
      setLocalError(new ApiError(400, 'validation_failed', text.missing, missing));
      return;
    }
    setLocalError(null);
    const shared = Object.fromEntries(
      (Object.keys(sections) as SectionKey[])
        .filter((k) => sections[k].included && sections[k].value.trim() !== '')
        .map((k) => [k, sections[k].value]),
    );
    const filled = Object.fromEntries(Object.entries(contact).filter(([, v]) => v.trim() !== ''));
    send.mutate({
      sector: content.sector,
      contentVersion: content.version,
      outcome,
      province,
      shared: { ...shared, ...(question.trim() === '' ? {} : { question }) },
      contactPreference: preference,
      contact: filled,
      countCompletion: !counted,
    });
  };

  const setSection = (key: SectionKey, change: Partial<{ included: boolean; value: string }>) =>
    setSections((s) => ({ ...s, [key]: { ...s[key], ...change } }));
  const labels: Record<SectionKey, string> = {
    observations: text.shareObservations,
    considerations: text.shareConsiderations,
    decisions: text.shareDecisions,
  };

  return (
    <Form
      error={localError ?? send.error}
      onSubmit={submit}
      aria-labelledby="kr-consult-title"
      className="kr-consult-form"
    >
      <ChoiceFieldset
        name="province"
        legend={text.province}
        help={text.provinceHelp}
        value={province}
        onChange={setProvince}
        options={provinces.map((p) => ({ id: p.id, label: p.name[locale] }))}
        columns
      />
      <fieldset className="kr-question">
        <legend className="kr-question__label">{text.shareLegend}</legend>
        <p className="kr-question__help">{text.shareHelp}</p>
        {(Object.keys(sections) as SectionKey[]).map((key) => (
          <SharedSection
            key={key}
            name={`shared.${key}`}
            label={labels[key]}
            included={sections[key].included}
            onInclude={(included) => setSection(key, { included })}
            value={sections[key].value}
            onChange={(value) => setSection(key, { value })}
            maxLength={4000}
          />
        ))}
      </fieldset>
      <AriaTextField
        name="shared.question"
        value={question}
        onChange={setQuestion}
        className="field"
      >
        <Label className="field__label">{text.question}</Label>
        <span className="field__description">{text.questionHelp}</span>
        <TextArea className="field__input kr-textarea" rows={3} maxLength={2000} />
        <FieldErrorText />
      </AriaTextField>
      <ChoiceFieldset
        name="contactPreference"
        legend={text.contactLegend}
        value={preference}
        onChange={(v) => setPreference(v as Preference)}
        options={[
          { id: 'phone', label: text.preferPhone },
          { id: 'email', label: text.preferEmail },
          { id: 'professional_calls', label: text.preferSelf },
        ]}
      />
      <div className="kr-contact">
        {preference === 'phone' ? (
          <TextField
            name="contact.phone"
            label={text.contactPhone}
            type="tel"
            value={contact.phone}
            onChange={(phone) => setContact((c) => ({ ...c, phone }))}
            isRequired
            maxLength={25}
          />
        ) : null}
        {preference === 'email' ? (
          <TextField
            name="contact.email"
            label={text.contactEmail}
            type="email"
            inputMode="email"
            value={contact.email}
            onChange={(email) => setContact((c) => ({ ...c, email }))}
            isRequired
            maxLength={254}
          />
        ) : null}
        <TextField
          name="contact.name"
          label={`${text.contactName} ${text.notRequired}`}
          value={contact.name}
          onChange={(name) => setContact((c) => ({ ...c, name }))}
          maxLength={200}
        />
        <TextField
          name="contact.organisation"
          label={`${text.contactOrganisation} ${text.notRequired}`}
          value={contact.organisation}
          onChange={(organisation) => setContact((c) => ({ ...c, organisation }))}
          maxLength={200}
        />
      </div>
      {counted ? null : <p className="kr-muted">{text.alsoCounted}</p>}
      <div>
        <Button type="submit" isPending={send.isPending}>
          {text.send}
        </Button>
      </div>
    </Form>
  );
}

/** The answer after sending: the reference to note down and when to expect the VK. */
export function ConsultSent({ created }: { created: ConsultRequestCreated }) {
  const { text, locale } = useKindreflexText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="kr-sent">
      <p className="kr-sent__title">{text.sentTitle}</p>
      <p>
        {text.sentReference}: <strong className="kr-sent__reference">{created.reference}</strong>
      </p>
      <p>
        {fill(text.sentText, {
          centre: created.centreName,
          days: created.responseWorkingDays,
          date: formatSummaryDate(created.expectedResponseBy, locale),
        })}
      </p>
      <p className="kr-muted">{text.sentKeep}</p>
    </div>
  );
}
