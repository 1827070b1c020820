import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { createFakeServer } from '../test-support/fake-server';
import { memoryStorage, renderWithI18n } from '../test-support/render';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { en } from './locales/en';
import { nlBE } from './locales/nl-BE';
import { createI18n, currentLocale, LOCALE_STORAGE_KEY, readStoredLocale } from './i18n';

afterEach(cleanup);

function SignInTitle() {
  const { t } = useTranslation();
  return <h1>{t('login.title')}</h1>;
}

function keyPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

describe('i18n', () => {
  it('starts in Dutch (Belgium) and marks the document as Dutch', () => {
    renderWithI18n(<SignInTitle />);
    expect(screen.getByRole('heading').textContent).toBe('Aanmelden');
    expect(document.documentElement.lang).toBe('nl-BE');
  });

  it('switches to English and back with the language switch, remembering the choice', () => {
    const { storage, i18n } = renderWithI18n(
      <>
        <LanguageSwitch />
        <SignInTitle />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading').textContent).toBe('Sign in');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(currentLocale(i18n)).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(screen.getByRole('heading').textContent).toBe('Aanmelden');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('nl-BE');
    expect(document.documentElement.lang).toBe('nl-BE');
  });

  it('names each language in that language, whatever the current one', () => {
    renderWithI18n(<LanguageSwitch />, memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' }));
    expect(screen.getByRole('button', { name: 'Nederlands' }).getAttribute('lang')).toBe('nl-BE');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('Language');
  });

  it('restores a remembered language and ignores values it does not support', () => {
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' }))).toBe('en');
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr-BE' }))).toBe('nl-BE');
    expect(readStoredLocale(memoryStorage())).toBe('nl-BE');
    expect(createI18n(memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' })).t('login.title')).toBe(
      'Sign in',
    );
  });

  it('makes API requests ask for the language currently chosen', async () => {
    const i18n = createI18n(memoryStorage());
    const server = createFakeServer({
      'GET /api/auth/providers': () => ({ body: { oidc: null } }),
    });
    const api = createApiClient({
      fetch: server.fetch,
      getLocale: () => currentLocale(i18n),
      describeFailure: () => '',
    });
    await api.get('/api/auth/providers');
    await i18n.changeLanguage('en');
    await api.get('/api/auth/providers');
    expect(server.requests.map((request) => request.headers.get('Accept-Language'))).toEqual([
      'nl-BE',
      'en',
    ]);
  });

  it('has an English text for every Dutch one, and none empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(nlBE).sort());
    const texts = (messages: object): string[] =>
      Object.values(messages).flatMap((value) =>
        typeof value === 'string' ? [value] : texts(value as object),
      );
    expect([...texts(nlBE), ...texts(en)].filter((text) => text.trim() === '')).toEqual([]);
  });
});
