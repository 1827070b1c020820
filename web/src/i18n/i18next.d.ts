import 'i18next';
import type { nlBE } from './locales/nl-BE';

// Typed keys: a misspelt or missing translation key is a compile error, and en.ts must have
// exactly the keys of the Dutch source messages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nlBE };
  }
}
