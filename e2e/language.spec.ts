import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('language', () => {
  it('switches to English and back, remembers the choice and gets server messages in it', async () => {
    const { context, page } = await suite.journey();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl-BE');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(
      page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');

    // The choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // The server answers in the chosen language too.
    const caseworker = suite.demoCredentials('caseworker');
    const answers = { en: '', nl: '' };
    await page.getByLabel('Email address').fill(caseworker.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    answers.en = (await page.getByRole('alert').textContent()) ?? '';

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await expect(page.evaluate(() => localStorage.getItem('schakel.locale'))).resolves.toBe(
      'nl-BE',
    );
    await page.getByLabel('Wachtwoord').fill('another wrong password');
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.waitForFunction(
      (previous) => document.querySelector('[role="alert"]')?.textContent !== previous,
      answers.en,
    );
    answers.nl = (await page.getByRole('alert').textContent()) ?? '';

    expect(answers.en).not.toBe('');
    expect(answers.nl).not.toBe('');
    expect(answers.en).not.toBe(answers.nl);
    await context.close();
  });
});
