// Native date and select controls for the case-work forms: the browser's own keyboard handling
// (arrow keys, typing a date) with our label, and the server's error for `name` under the control,
// tied to it with aria-describedby so a screen reader reads it on focus.
import { useId, type ReactNode } from 'react';
import { useServerFieldErrors } from '../ui/server-field-errors';

interface NativeFieldProps {
  label: string;
  name: string;
  required?: boolean;
  description?: string;
}

function Wrapper({ label, required, description, descriptionId, errorId, messages, children }: { label: string; required?: boolean | undefined; description?: string | undefined; descriptionId: string; errorId: string; messages: readonly string[]; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field__label">
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </span>
      {description ? (
        <span id={descriptionId} className="field__description">
          {description}
        </span>
      ) : null}
      {children}
      {messages.length > 0 ? (
        <span id={errorId} className="field__error">
          {messages.join(' ')}
        </span>
      ) : null}
    </label>
  );
}

function useDescribedBy(name: string, description: string | undefined) {
  const id = useId();
  const server = useServerFieldErrors(name);
  const ids = [description ? `${id}-d` : null, server.messages.length ? `${id}-e` : null].filter(Boolean).join(' ');
  return { server, descriptionId: `${id}-d`, errorId: `${id}-e`, describedBy: ids || undefined, invalid: server.messages.length > 0 || undefined };
}

export function DateField({ label, name, required, description, value, onChange, min, max }: NativeFieldProps & { value: string; onChange: (value: string) => void; min?: string; max?: string }) {
  const f = useDescribedBy(name, description);
  return (
    <Wrapper label={label} required={required} description={description} descriptionId={f.descriptionId} errorId={f.errorId} messages={f.server.messages}>
      <input
        className="field__input field__input--date"
        type="date"
        name={name}
        required={required}
        min={min}
        max={max}
        value={value}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        onChange={(e) => {
          f.server.dismiss();
          onChange(e.target.value);
        }}
      />
    </Wrapper>
  );
}

export function NativeSelectField({ label, name, required, description, value, onChange, options, placeholder }: NativeFieldProps & { value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const f = useDescribedBy(name, description);
  return (
    <Wrapper label={label} required={required} description={description} descriptionId={f.descriptionId} errorId={f.errorId} messages={f.server.messages}>
      <select
        className="field__input"
        name={name}
        required={required}
        value={value}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        onChange={(e) => {
          f.server.dismiss();
          onChange(e.target.value);
        }}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
