import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { nlBE } from './locales/nl-BE';

export const SUPPORTED_LOCALES = ['nl-BE', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl-BE';
export const LOCALE_STORAGE_KEY = 'schakel.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Storage can be blocked (private mode, strict policies); the app then simply forgets the choice. */
function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function readStoredLocale(storage: Storage | undefined = safeStorage()): Locale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function rememberLocale(locale: Locale, storage: Storage | undefined): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembering the language is harmless; the next visit starts in Dutch.
  }
}

export function currentLocale(i18n: I18n): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/**
 * One i18next instance per app (and per test), initialised synchronously from bundled messages
 * so the first render is already translated and no request goes out for translation files.
 */
export function createI18n(storage: Storage | undefined = safeStorage()): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { 'nl-BE': { translation: nlBE }, en: { translation: en } },
    lng: readStoredLocale(storage),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    // React escapes output itself; escaping twice would show `&amp;` to users.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const applyLocale = (language: string): void => {
    if (!isLocale(language)) return;
    rememberLocale(language, storage);
    // Screen readers pick their voice from the lang attribute of the document.
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  };
  applyLocale(instance.language);
  instance.on('languageChanged', applyLocale);
  return instance;
}
