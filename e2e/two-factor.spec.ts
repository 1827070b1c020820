import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account van / }).click();
  await page.getByRole('menuitem', { name: 'Afmelden', exact: true }).click();
  await page.waitForURL('**/login?signedOut=true');
}

describe('two-step verification for staff', () => {
  it('enrols a new staff member, shows recovery codes once, and accepts one at the next sign-in', async () => {
    const staff = await suite.server.createStaffUser('caseworker');
    const { context, page, consoleErrors } = await suite.journey();

    await signIn(page, staff);
    await page.waitForURL('**/2fa/enrol');
    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
    // Before enrolment nothing else is reachable: the home page sends the user back here.
    await page.goto('/');
    await page.waitForURL('**/2fa/enrol');

    const secretText = await page.getByTestId('totp-secret').textContent();
    const groups = (secretText ?? '').split(' ');
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.slice(0, -1).every((group) => group.length === 4)).toBe(true);
    // The QR code is an image the CSP allows (a data: URL), and it actually rendered.
    const qr = page.getByRole('img', { name: /QR-code/ });
    await expect(
      qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    ).resolves.toBe(true);
    await screenshot(page, 'mfa-enrol');

    // A wrong code is refused with a message and the page stays.
    await page.getByLabel('Code van 6 cijfers').fill('000000');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(page.url()).toContain('/2fa/enrol');

    const code = await generate({ secret: groups.join('') });
    await page.getByLabel('Code van 6 cijfers').fill(code);
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Bewaar uw herstelcodes' }).waitFor();
    const recoveryCodes = (
      await page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem').allTextContents()
    ).map((text) => text.trim());
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(recoveryCodes).size).toBe(recoveryCodes.length);
    await screenshot(page, 'recovery-codes');
    await page.getByRole('button', { name: 'Ik heb ze veilig bewaard' }).click();

    await page.waitForURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /^Welkom, E2E caseworker/,
    );
    // A real account carries no DEMO badge.
    await expect(page.getByRole('banner').getByText('DEMO', { exact: true }).count()).resolves.toBe(
      0,
    );

    await signOut(page);
    await signIn(page, staff);
    await page.waitForURL('**/2fa/verify');
    await page.getByRole('button', { name: /herstelcode/ }).click();
    await page.getByLabel('Herstelcode').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();

    // Exactly one failed request, the refused code above; nothing else (no second enrolment
    // request after confirming, no CSP or script error).
    expect(consoleErrors).toHaveLength(1);
    expect(consoleErrors[0]).toMatch(/status of 4\d\d/);
    await context.close();
  });
});
