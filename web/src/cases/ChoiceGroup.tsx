// Radio buttons or checkboxes as a fieldset: every answer visible at once (no dropdown to open),
// native inputs so the browser's own keys work, named like the API field for error mapping; the
// server's error for that field shows under the group and is read with its legend.
import { useId } from 'react';
import { useServerFieldErrors } from '../ui/server-field-errors';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceGroupProps {
  legend: string;
  name: string;
  choices: readonly Choice[];
  value: string[];
  onChange: (value: string[]) => void;
  multiple?: boolean;
  required?: boolean;
}

export function ChoiceGroup({ legend, name, choices, value, onChange, multiple = false, required = false }: ChoiceGroupProps) {
  const errorId = useId();
  const server = useServerFieldErrors(name);
  const invalid = server.messages.length > 0;
  return (
    <fieldset className="choice-group" aria-describedby={invalid ? errorId : undefined} data-invalid={invalid || undefined}>
      <legend className="field__label">
        {legend}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice-group__option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={choice.value}
              checked={value.includes(choice.value)}
              required={required && !multiple && value.length === 0}
              onChange={(event) => {
                server.dismiss();
                if (!multiple) onChange([choice.value]);
                else onChange(event.target.checked ? [...value, choice.value] : value.filter((v) => v !== choice.value));
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {invalid ? (
        <span id={errorId} className="field__error">
          {server.messages.join(' ')}
        </span>
      ) : null}
    </fieldset>
  );
}
