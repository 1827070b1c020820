// One question of the contact form as a single Tab stop: a digit picks the n-th answer (0 is the
// tenth), arrows move between answers, Space ticks a box. Real radio buttons and checkboxes
// underneath, so screen readers and the browser's own keys work as expected.
import { useRef, useState, type KeyboardEvent } from 'react';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  legend: string;
  name: string;
  options: Option[];
  multiple?: boolean;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

const digitIndex = (key: string): number | null => (/^[0-9]$/.test(key) ? (key === '0' ? 9 : Number(key) - 1) : null);

export function OptionGroup({ legend, name, options, multiple = false, value, onChange, error }: Props) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // Checkboxes are one Tab stop too (roving focus); radios are by nature.
  const [active, setActive] = useState(0);
  const errorId = `${name}-error`;

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (!multiple) onChange([option.value]);
    else onChange(value.includes(option.value) ? value.filter((v) => v !== option.value) : [...value, option.value]);
    setActive(index);
    inputs.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = digitIndex(event.key);
    if (digit !== null) {
      event.preventDefault();
      choose(digit);
      return;
    }
    if (multiple && ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(event.key)) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
      const next = (active + step + options.length) % options.length;
      setActive(next);
      inputs.current[next]?.focus();
    }
  };

  return (
    <fieldset className="option-group" onKeyDown={onKeyDown} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined} data-field={name}>
      <legend className="option-group__legend">{legend}</legend>
      <div className="option-group__options">
        {options.map((option, index) => (
          <label key={option.value} className="option-group__option">
            <input
              ref={(element) => {
                inputs.current[index] = element;
              }}
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.value}
              checked={value.includes(option.value)}
              tabIndex={multiple ? (index === active ? 0 : -1) : undefined}
              onFocus={() => setActive(index)}
              onChange={() => choose(index)}
            />
            <span className="option-group__key" aria-hidden="true">
              {index < 10 ? (index + 1) % 10 : ''}
            </span>
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
