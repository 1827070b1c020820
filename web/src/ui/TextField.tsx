import {
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FormValidationContext,
} from 'react-aria-components';
import { cx } from './cx';
import { FieldErrorText } from './field-error';
import { NOT_FROM_REACT_ARIA, useServerFieldErrors } from './server-field-errors';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  className?: string;
  placeholder?: string;
  /** Digits-only codes, e-mail addresses and the like get the right keyboard on phones. */
  inputMode?: 'text' | 'numeric' | 'email' | 'search';
  inputClassName?: string;
  /** Marks the field that the `/` key jumps to (see useSearchShortcut). */
  shortcut?: string;
}

/**
 * A labelled input whose description and error are tied to it with aria-describedby, so a screen
 * reader reads the error when the field gets focus. Errors from the server arrive through <Form>
 * by the field's `name` and disappear as soon as the user edits the value.
 */
export function TextField({
  label,
  description,
  className,
  placeholder,
  inputMode,
  inputClassName,
  shortcut,
  ...props
}: TextFieldProps) {
  const server = useServerFieldErrors(props.name);
  return (
    <FormValidationContext.Provider value={NOT_FROM_REACT_ARIA}>
      <AriaTextField
        {...props}
        isInvalid={server.messages.length > 0 ? true : props.isInvalid}
        onChange={(value) => {
          server.dismiss();
          props.onChange?.(value);
        }}
        className={cx('field', className)}
      >
        <Label className="field__label">
          {label}
          {props.isRequired ? (
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
        <Input
          className={cx('field__input', inputClassName)}
          placeholder={placeholder}
          inputMode={inputMode}
          data-shortcut={shortcut}
        />
        <FieldErrorText serverMessages={server.messages} />
      </AriaTextField>
    </FormValidationContext.Provider>
  );
}
