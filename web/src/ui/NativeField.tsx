// Native <select> and date/time inputs with a label and the server's error under the field, tied
// with aria-describedby so a screen reader reads it on focus. Native controls keep the browser's
// own keys (type to jump in a list, arrows in a date) and need no popover to reach an option.
import { useId, type ReactNode } from 'react';
import { cx } from './cx';
import { useServerFieldErrors } from './server-field-errors';

interface FieldShellProps {
  label: string;
  name: string;
  isRequired?: boolean | undefined;
  description?: string | undefined;
  className?: string | undefined;
  children: (control: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined; onEdited: () => void }) => ReactNode;
}

function FieldShell({ label, name, isRequired, description, className, children }: FieldShellProps) {
  const id = useId();
  const server = useServerFieldErrors(name);
  const invalid = server.messages.length > 0;
  const describedBy = [description ? `${id}-description` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('field', className)} data-invalid={invalid || undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
        {isRequired ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {description ? (
        <span id={`${id}-description`} className="field__description">
          {description}
        </span>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined, onEdited: server.dismiss })}
      {invalid ? (
        <span id={`${id}-error`} className="field__error">
          {server.messages.join(' ')}
        </span>
      ) : null}
    </div>
  );
}

export interface NativeSelectFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The text of the empty first option ("Kies…"); without it the list has no empty choice. */
  placeholder?: string | undefined;
  isRequired?: boolean | undefined;
  description?: string | undefined;
  className?: string | undefined;
}

export function NativeSelectField({ label, name, value, onChange, options, placeholder, isRequired, description, className }: NativeSelectFieldProps) {
  return (
    <FieldShell label={label} name={name} isRequired={isRequired} description={description} className={className}>
      {({ onEdited, ...control }) => (
        <select
          {...control}
          className="field__input"
          name={name}
          required={isRequired}
          value={value}
          onChange={(event) => {
            onEdited();
            onChange(event.target.value);
          }}
        >
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export interface NativeDateFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** `date` for a day (yyyy-mm-dd), `datetime-local` for a moment in the user's time zone. */
  type?: 'date' | 'datetime-local';
  isRequired?: boolean | undefined;
  description?: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
}

export function NativeDateField({ label, name, value, onChange, type = 'date', isRequired, description, min, max }: NativeDateFieldProps) {
  return (
    <FieldShell label={label} name={name} isRequired={isRequired} description={description}>
      {({ onEdited, ...control }) => (
        <input
          {...control}
          className={type === 'date' ? 'field__input field__input--date' : 'field__input'}
          type={type}
          name={name}
          required={isRequired}
          value={value}
          min={min}
          max={max}
          onChange={(event) => {
            onEdited();
            onChange(event.target.value);
          }}
        />
      )}
    </FieldShell>
  );
}

/** `datetime-local` text (the user's own clock) as an ISO instant with offset, as the API asks. */
export function localDateTimeToIso(local: string): string {
  const parsed = new Date(local);
  return Number.isNaN(parsed.getTime()) ? local : parsed.toISOString();
}

/** An instant as the value of a datetime-local input, in the user's own clock (the inverse of the above). */
export function isoToLocalDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Today in the user's calendar as yyyy-mm-dd (for `max` on dates that cannot lie ahead). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
