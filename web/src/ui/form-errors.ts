import { ApiError } from '../api/client';
import type { FieldErrorBody } from '../api/types';

/**
 * Server field errors keyed by the field's `name`. Paths such as `children.0.name` are used as
 * they are: form controls are named with the same dotted path, so no translation table is needed.
 * Several messages for one path are all kept; the field shows them together.
 */
export function fieldErrorsByPath(fields: readonly FieldErrorBody[]): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const field of fields) {
    const messages = (byPath[field.path] ??= []);
    if (!messages.includes(field.message)) messages.push(field.message);
  }
  return byPath;
}

export interface FormFailure {
  /** The server's message; null for failures outside the API's error shape (shown generically). */
  message: string | null;
  fields: readonly FieldErrorBody[];
}

/** What a form shows after a failed submit. */
export function describeFormFailure(error: unknown): FormFailure | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError) return { message: error.message, fields: error.fields };
  return { message: null, fields: [] };
}

/** The control a field error belongs to, when the form has one with that name. */
export function controlForPath(form: HTMLFormElement, path: string): HTMLElement | null {
  const control = form.elements.namedItem(path);
  if (control instanceof HTMLElement) return control;
  // Checkbox groups give a RadioNodeList; the first box stands for the group.
  if (control instanceof RadioNodeList) {
    const first = control[0];
    return first instanceof HTMLElement ? first : null;
  }
  return null;
}
