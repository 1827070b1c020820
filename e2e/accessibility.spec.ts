import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { launchChromium, screenshot, seriousAxeFindings, signIn, startJourney } from './browser.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function demoLogin(role: string) {
  const login = server.demoLogins.find((candidate) => candidate.role === role);
  if (login === undefined) throw new Error(`the demo data has no ${role}`);
  return login;
}

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  it('is a check that can fail: an unlabelled field on a bare page is reported', async () => {
    const { context, page } = await startJourney(browser, server.url);
    await page.goto('/login');
    await page.setContent(
      '<html lang="nl"><title>x</title><main><input type="text"></main></html>',
    );
    const findings = await seriousAxeFindings(page);
    expect(findings.map((finding) => finding.id)).toContain('label');
    await context.close();
  });

  it('finds no serious or critical problems on the login page, also after a failed attempt', async () => {
    const { context, page } = await startJourney(browser, server.url);
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await signIn(page, { email: 'nobody@vk.example', password: 'wrong' });
    await page.getByRole('alert').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await context.close();
  });

  it('finds no serious or critical problems on the role homes, the audit log and the users page', async () => {
    const pages: { role: string; path: string; name: string }[] = [
      { role: 'caseworker', path: '/', name: 'home-caseworker' },
      { role: 'team_lead', path: '/', name: 'home-team-lead' },
      { role: 'dpo', path: '/audit', name: 'audit' },
      { role: 'admin', path: '/admin/users', name: 'admin-users' },
    ];
    for (const { role, path, name } of pages) {
      const { context, page } = await startJourney(browser, server.url);
      await signIn(page, demoLogin(role));
      await page.waitForURL((url) => url.pathname === '/');
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path !== '/') await page.getByRole('table').waitFor();
      await screenshot(page, `axe-${name}`);
      expect({ page: name, findings: await seriousAxeFindings(page) }).toEqual({
        page: name,
        findings: [],
      });
      await context.close();
    }
  });

  it('offers a skip link as the first stop for keyboard users', async () => {
    const { context, page } = await startJourney(browser, server.url);
    await signIn(page, demoLogin('caseworker'));
    await page.waitForURL((url) => url.pathname === '/');
    // After the sign-in navigation focus sits on the page title (useRouteFocus), so the next Tab
    // goes into the page; the skip link is the first stop of a page as the browser loads it.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('moves focus to the new page title after navigation, and `/` jumps to the search field', async () => {
    const { context, page } = await startJourney(browser, server.url);
    await signIn(page, demoLogin('dpo'));
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Auditlog' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Auditlog',
    );

    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
      'actor',
    );
    // Inside a field the key types a slash like any other character.
    await page.keyboard.type('a/b');
    await expect(page.getByLabel(/^Wie/).inputValue()).resolves.toBe('a/b');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { context, page } = await startJourney(browser, server.url);
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-login');
    await signIn(page, demoLogin('team_lead'));
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-home-team-lead');
    await context.close();
  });
});
