import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Input, Label, TextField as AriaTextField } from 'react-aria-components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { renderWithI18n } from '../test-support/render';
import { Button } from './Button';
import { FieldErrorText } from './field-error';
import { Form } from './Form';
import { fieldErrorsByPath } from './form-errors';
import { TextField } from './TextField';

afterEach(cleanup);

const validationFailed = new ApiError(
  400,
  'validation_failed',
  'Controleer de gemarkeerde velden.',
  [
    { path: 'email', message: 'Geen geldig e-mailadres.' },
    { path: 'children.0.name', message: 'Vul de naam van het kind in.' },
    { path: 'centreId', message: 'Onbekend centrum.' },
  ],
);

function ChildForm({
  error,
  onSubmit = () => undefined,
}: {
  error: unknown;
  onSubmit?: (data: FormData) => void;
}) {
  return (
    <Form error={error} onSubmit={onSubmit} aria-label="Melding">
      <TextField name="email" label="E-mailadres" defaultValue="an@vk" />
      <TextField name="children.0.name" label="Naam van het eerste kind" />
      <Button type="submit">Opslaan</Button>
    </Form>
  );
}

function describedText(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('fieldErrorsByPath', () => {
  it('groups messages by path, keeps dotted paths as they are and drops repeats', () => {
    expect(
      fieldErrorsByPath([
        { path: 'children.0.name', message: 'Vul een naam in.' },
        { path: 'email', message: 'Verplicht.' },
        { path: 'children.0.name', message: 'Te lang.' },
        { path: 'email', message: 'Verplicht.' },
      ]),
    ).toEqual({ 'children.0.name': ['Vul een naam in.', 'Te lang.'], email: ['Verplicht.'] });
  });
});

describe('<Form> with server errors', () => {
  it('puts each field error on the field with that name, announced through aria-describedby', () => {
    renderWithI18n(<ChildForm error={validationFailed} />);
    const email = screen.getByLabelText('E-mailadres');
    const childName = screen.getByLabelText('Naam van het eerste kind');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(email)).toContain('Geen geldig e-mailadres.');
    expect(childName.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(childName)).toContain('Vul de naam van het kind in.');
    // Nothing typed is lost when the server refuses.
    expect((email as HTMLInputElement).value).toBe('an@vk');
  });

  it('moves focus to the first field to fix', () => {
    renderWithI18n(<ChildForm error={validationFailed} />);
    expect(document.activeElement).toBe(screen.getByLabelText('E-mailadres'));
  });

  it('announces a summary with every message, including errors for fields this form does not have', () => {
    renderWithI18n(<ChildForm error={validationFailed} />);
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Controleer de gemarkeerde velden.');
    expect(summary.textContent).toContain('Onbekend centrum.');
    // Errors with a field are links to that field; the orphan is plain text.
    const links = Array.from(summary.querySelectorAll('button')).map(
      (button) => button.textContent,
    );
    expect(links).toEqual(['Geen geldig e-mailadres.', 'Vul de naam van het kind in.']);
    fireEvent.click(screen.getByRole('button', { name: 'Vul de naam van het kind in.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Naam van het eerste kind'));
  });

  it('clears a field error once the user changes that field, and leaves the others', () => {
    renderWithI18n(<ChildForm error={validationFailed} />);
    const email = screen.getByLabelText('E-mailadres');
    fireEvent.change(email, { target: { value: 'an@vk-antwerpen.be' } });
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Naam van het eerste kind').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('shows the generic message for errors that are not API errors, and nothing without an error', () => {
    const { rerender } = renderWithI18n(<ChildForm error={new TypeError('boom')} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Er ging iets onverwachts mis. Probeer het opnieuw.',
    );
    rerender(<ChildForm error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBeNull();
  });

  it('also reaches fields built directly on React Aria, by name', () => {
    renderWithI18n(
      <Form error={validationFailed} onSubmit={() => undefined} aria-label="Melding">
        <AriaTextField name="children.0.name">
          <Label>Naam</Label>
          <Input />
          <FieldErrorText />
        </AriaTextField>
      </Form>,
    );
    const input = screen.getByLabelText('Naam');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toContain('Vul de naam van het kind in.');
  });

  it('hands the typed values to onSubmit', () => {
    const onSubmit = vi.fn<(data: FormData) => void>();
    renderWithI18n(<ChildForm error={null} onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Naam van het eerste kind'), {
      target: { value: 'Mila' },
    });
    fireEvent.submit(screen.getByRole('form', { name: 'Melding' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const data = onSubmit.mock.calls[0]![0];
    expect(data.get('email')).toBe('an@vk');
    expect(data.get('children.0.name')).toBe('Mila');
  });
});
