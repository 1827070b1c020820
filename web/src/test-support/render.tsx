import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';

/** A throwaway in-memory Storage, so tests never share the remembered language. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const values = new Map(Object.entries(initial));
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

/** Renders a component with its own i18n instance (Dutch unless the storage says otherwise). */
export function renderWithI18n(element: ReactElement, storage: Storage = memoryStorage()) {
  const i18n = createI18n(storage);
  return { i18n, storage, ...render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>) };
}
