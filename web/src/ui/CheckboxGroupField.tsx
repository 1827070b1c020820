import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { FieldErrorText } from './field-error';
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
  return (
    <CheckboxGroup className="field checkbox-group" name={name} value={value} onChange={onChange}>
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
      <FieldErrorText />
    </CheckboxGroup>
  );
}
