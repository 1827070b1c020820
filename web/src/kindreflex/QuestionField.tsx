import { useId } from 'react';
import type { AnswerValue, Question } from '../../../src/kindreflex/guide-content.schema';
import { useKindreflexText } from './kindreflex.text';

export interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  /** Shown after "next" when a required answer is missing. */
  error: string | null;
}

/**
 * One question as plain form controls: a fieldset of radio buttons or checkboxes, or a text
 * area. Native controls work with every screen reader and give phones their own large targets.
 */
export function QuestionField({ question, value, onChange, error }: QuestionFieldProps) {
  const { text, locale } = useKindreflexText();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy =
    [question.help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const help = question.help ? (
    <p id={helpId} className="kr-question__help">
      {question.help[locale]}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={errorId} className="kr-question__error">
      {error}
    </p>
  ) : null;

  if (question.type === 'text') {
    return (
      <div className="kr-question">
        <label htmlFor={id} className="kr-question__label">
          {question.label[locale]}{' '}
          <span className="kr-question__optional">({text.optional.toLowerCase()})</span>
        </label>
        {help}
        <textarea
          id={id}
          name={question.id}
          className="kr-textarea"
          rows={4}
          maxLength={question.maxLength}
          placeholder={question.placeholder?.[locale]}
          aria-describedby={describedBy}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      </div>
    );
  }

  const isRequired = question.type === 'choice' && question.required;
  const chosen = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return (
    <fieldset className="kr-question" aria-describedby={describedBy} data-question={question.id}>
      <legend className="kr-question__label">
        {question.label[locale]}
        {isRequired ? null : (
          <span className="kr-question__optional"> ({text.optional.toLowerCase()})</span>
        )}
      </legend>
      {help}
      {errorText}
      <div className="kr-options">
        {question.options.map((option) => (
          <OptionControl
            key={option.id}
            type={question.type === 'multi' ? 'checkbox' : 'radio'}
            name={`${id}-${question.id}`}
            label={option.label[locale]}
            hint={option.hint?.[locale]}
            checked={chosen.includes(option.id)}
            onToggle={(checked) => {
              if (question.type === 'choice') onChange(option.id);
              else {
                const next = checked
                  ? [...chosen, option.id]
                  : chosen.filter((c) => c !== option.id);
                onChange(next.length ? next : undefined);
              }
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}

interface OptionControlProps {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  hint: string | undefined;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}

function OptionControl({ type, name, label, hint, checked, onToggle }: OptionControlProps) {
  const id = useId();
  return (
    <div className="kr-option">
      <input
        id={id}
        type={type}
        name={name}
        className="kr-option__input"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <label htmlFor={id} className="kr-option__label">
        {label}
        {hint ? (
          <span id={`${id}-hint`} className="kr-option__hint">
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}
