import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, signIn, signInToHome, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('admin: users', () => {
  it('creates an account (field errors from the server land on the field), then disables it', async () => {
    const admin = suite.demoCredentials('admin');
    const { context, page, consoleErrors } = await suite.journey();
    await signInToHome(page, admin);
    await page.getByRole('link', { name: 'Gebruikers beheren' }).click();
    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).waitFor();

    await page.getByLabel('Naam').fill('Els Claes');
    await page.getByLabel('E-mailadres').fill('els.claes@e2e.schakel.be');
    await page.getByRole('button', { name: /Rol$/ }).click();
    await page.getByRole('option', { name: 'Dossierbehandelaar' }).click();
    await page.getByRole('button', { name: /Centrum$/ }).click();
    await page.getByRole('option').first().click();
    // Pick the first team of that centre the way a user does: by clicking its label.
    const teams = page.getByRole('group', { name: 'Teams' });
    await teams.locator('label').first().click();
    await expect(teams.getByRole('checkbox').first().isChecked()).resolves.toBe(true);
    await page.getByLabel('Wachtwoord').fill('kort');
    await expectNoSeriousAxeFindings(page, 'new user form');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();

    // The server refuses the short password: the message is on the password field, the rest is kept.
    const password = page.getByLabel('Wachtwoord');
    await expect(password.evaluate((input) => input.getAttribute('aria-invalid'))).resolves.toBe(
      'true',
    );
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
      'password',
    );
    await expect(page.getByLabel('Naam').inputValue()).resolves.toBe('Els Claes');
    await screenshot(page, 'admin-new-user-error');

    await password.fill('een lang en eigen wachtwoord 2026');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.waitForURL('**/admin/users?created=*');
    await page.getByText('Het account van Els Claes is aangemaakt.').waitFor();
    const row = page.getByRole('row', { name: /Els Claes/ });
    await expect(row.getByText('Geen 2FA').isVisible()).resolves.toBe(true);

    await row.getByRole('button', { name: 'Els Claes uitschakelen' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectNoSeriousAxeFindings(page, 'disable dialog');
    await screenshot(page, 'admin-disable-dialog');
    await dialog.getByRole('button', { name: 'Uitschakelen' }).click();
    await page.getByText('Els Claes is uitgeschakeld.').waitFor();
    await row.getByText('Uitgeschakeld').waitFor();

    // The disabled account can no longer sign in.
    const other = await suite.journey();
    await signIn(other.page, {
      email: 'els.claes@e2e.schakel.be',
      password: 'een lang en eigen wachtwoord 2026',
    });
    await other.page.getByRole('alert').waitFor();
    expect(other.page.url()).toContain('/login');
    await other.context.close();

    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });
});
