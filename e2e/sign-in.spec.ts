import { describe, expect, it } from 'vitest';
import { screenshot, signIn, signInToHome, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('signing in', () => {
  it('takes a demo caseworker straight to their home, marked DEMO, without 2FA', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await page.goto('/');
    await page.waitForURL('**/login');
    await screenshot(page, 'login');

    const caseworker = suite.demoCredentials('caseworker');
    await signInToHome(page, caseworker);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /^Welkom, /,
    );
    await expect(
      page.getByRole('banner').getByText('DEMO', { exact: true }).isVisible(),
    ).resolves.toBe(true);
    // A caseworker's home describes the case work to come rather than linking to pages that do not exist.
    await expect(page.getByRole('heading', { name: 'Mijn dossiers' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allTextContents(),
    ).resolves.toEqual(['Start', 'Mijn dossiers', 'Advies en consult']);
    await screenshot(page, 'home-caseworker');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the e-mail address and says why when the password is wrong', async () => {
    const { context, page } = await suite.journey();
    const caseworker = suite.demoCredentials('caseworker');
    await signIn(page, { email: caseworker.email, password: 'not the password' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(5);
    await expect(page.getByLabel('E-mailadres').inputValue()).resolves.toBe(caseworker.email);
    await expect(page.getByLabel('Wachtwoord').inputValue()).resolves.toBe('');
    await context.close();
  });

  it('lets the DPO open the audit log and check the chain, and signs out', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'dpo');
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Auditlog' })
      .click();
    await page.waitForURL('**/audit');
    // The sign-ins above were audited, so the log is not empty.
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByText('De keten is intact.').waitFor();
    await screenshot(page, 'audit-dpo');

    await page.getByRole('button', { name: /^Account van / }).click();
    await page.getByRole('menuitem', { name: 'Afmelden', exact: true }).click();
    await page.waitForURL('**/login?signedOut=true');
    await page.getByText('U bent afgemeld.').waitFor();
    // The session is really gone: the home page sends us back to sign in.
    await page.goto('/');
    await page.waitForURL('**/login');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
