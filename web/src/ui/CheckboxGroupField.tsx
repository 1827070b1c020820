import { Checkbox, CheckboxGroup, FormValidationContext, Label, Text } from 'react-aria-components';
import { FieldErrorText } from './field-error';
import { NOT_FROM_REACT_ARIA, useServerFieldErrors } from './server-field-errors';
import type { SelectOption } from './SelectField';

export interface CheckboxGroupFieldProps {
  label: string;
  name: string;
  options: readonly SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  description?: string;
}

/** Several choices, each a real checkbox, posted as repeated `name` values. */
export function CheckboxGroupField({
  label,
  name,
  options,
  value,
  onChange,
  description,
}: CheckboxGroupFieldProps) {
  const server = useServerFieldErrors(name);
  return (
    <FormValidationContext.Provider value={NOT_FROM_REACT_ARIA}>
      <CheckboxGroup
        className="field checkbox-group"
        name={name}
        value={value}
        isInvalid={server.messages.length > 0 || undefined}
        onChange={(next) => {
          server.dismiss();
          onChange(next);
        }}
      >
        <Label className="field__label">{label}</Label>
        {description === undefined ? null : (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        )}
        <div className="checkbox-group__options">
          {options.map((option) => (
            <Checkbox key={option.id} value={option.id} className="checkbox">
              <span className="checkbox__box" aria-hidden="true" />
              <span>{option.label}</span>
            </Checkbox>
          ))}
        </div>
        <FieldErrorText serverMessages={server.messages} />
      </CheckboxGroup>
    </FormValidationContext.Provider>
  );
}
