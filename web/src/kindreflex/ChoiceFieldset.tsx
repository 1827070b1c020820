import { useId } from 'react';
import { cx } from '../ui/cx';

export interface ChoiceFieldsetProps {
  /** The form name, equal to the API field path, so server errors find their control. */
  name: string;
  legend: string;
  help?: string;
  value: string | undefined;
  onChange: (value: string) => void;
  options: readonly { id: string; label: string; hint?: string }[];
  columns?: boolean;
}

/** A short single choice as native radio buttons: one tap on a phone, read as a group. */
export function ChoiceFieldset({
  name,
  legend,
  help,
  value,
  onChange,
  options,
  columns,
}: ChoiceFieldsetProps) {
  const id = useId();
  return (
    <fieldset className="kr-question" aria-describedby={help ? `${id}-help` : undefined}>
      <legend className="kr-question__label">{legend}</legend>
      {help ? (
        <p id={`${id}-help`} className="kr-question__help">
          {help}
        </p>
      ) : null}
      <div className={cx('kr-options', columns && 'kr-options--columns')}>
        {options.map((option) => (
          <div key={option.id} className="kr-option">
            <input
              id={`${id}-${option.id}`}
              type="radio"
              name={name}
              value={option.id}
              className="kr-option__input"
              checked={value === option.id}
              onChange={() => onChange(option.id)}
              aria-describedby={option.hint ? `${id}-${option.id}-hint` : undefined}
            />
            <label htmlFor={`${id}-${option.id}`} className="kr-option__label">
              {option.hint ? <strong>{option.label}</strong> : option.label}
              {option.hint ? (
                <span id={`${id}-${option.id}-hint`} className="kr-option__hint">
                  {option.hint}
                </span>
              ) : null}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
