import { FormValidationContext, Label, Text, TextArea, TextField } from 'react-aria-components';
import { FieldErrorText } from '../ui/field-error';
import { NOT_FROM_REACT_ARIA, useServerFieldErrors } from '../ui/server-field-errors';

interface TextAreaFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  isRequired?: boolean;
  isReadOnly?: boolean;
  rows?: number;
}

/** A labelled multi-line field; the server's error for `name` shows under it, as for TextField. */
export function TextAreaField({ label, name, value, onChange, description, isRequired, isReadOnly, rows = 4 }: TextAreaFieldProps) {
  const server = useServerFieldErrors(name);
  return (
    <FormValidationContext.Provider value={NOT_FROM_REACT_ARIA}>
      <TextField
        className="field"
        name={name}
        value={value}
        onChange={(next) => {
          server.dismiss();
          onChange(next);
        }}
        isInvalid={server.messages.length > 0 || undefined}
        isRequired={isRequired}
        isReadOnly={isReadOnly}
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
        <TextArea className="field__input field__input--textarea" rows={rows} />
        <FieldErrorText serverMessages={server.messages} />
      </TextField>
    </FormValidationContext.Provider>
  );
}
