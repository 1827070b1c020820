import type { Key } from 'react-aria-components';
import {
  Button as AriaButton,
  FormValidationContext,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from './field-error';
import { NOT_FROM_REACT_ARIA, useServerFieldErrors } from './server-field-errors';

export interface SelectOption {
  id: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  name: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  description?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/** A single choice from a short list; the chosen id is posted under `name` like a native select. */
export function SelectField({
  label,
  name,
  options,
  value,
  onChange,
  description,
  isRequired,
  isDisabled,
}: SelectFieldProps) {
  const { t } = useTranslation();
  const server = useServerFieldErrors(name);
  return (
    <FormValidationContext.Provider value={NOT_FROM_REACT_ARIA}>
      <Select
        className="field"
        name={name}
        value={value}
        onChange={(key: Key | null) => {
          server.dismiss();
          onChange(key === null ? null : String(key));
        }}
        isInvalid={server.messages.length > 0 || undefined}
        isRequired={isRequired}
        isDisabled={isDisabled}
        placeholder={t('form.choose')}
      >
        <Label className="field__label">
          {label}
          {isRequired ? (
            <span className="field__required" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
        </Label>
        {description === undefined ? null : (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        )}
        <AriaButton className="field__input select__trigger">
          <SelectValue className="select__value" />
          <span className="select__chevron" aria-hidden="true" />
        </AriaButton>
        <FieldErrorText serverMessages={server.messages} />
        <Popover className="select__popover">
          <ListBox className="select__list" items={options}>
            {(option) => (
              <ListBoxItem id={option.id} className="select__option" textValue={option.label}>
                {option.label}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </Select>
    </FormValidationContext.Provider>
  );
}
