import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { centres } from '../src/access/access.tables.js';
import { chatFeedbackCounts } from '../src/chat/chat.tables.js';
import { expectNoSeriousAxeFindings, screenshot, seriousAxeFindings, signIn, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  it('is a check that can fail: an unlabelled field on a bare page is reported', async () => {
    const { context, page } = await suite.journey();
    await page.goto('/login');
    await page.setContent(
      '<html lang="nl"><title>x</title><main><input type="text"></main></html>',
    );
    const findings = await seriousAxeFindings(page);
    expect(findings.map((finding) => finding.id)).toContain('label');
    await context.close();
  });

  it('finds no serious or critical problems on the login page, also after a failed attempt', async () => {
    const { context, page } = await suite.journey();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoSeriousAxeFindings(page, 'login');

    await signIn(page, { email: 'nobody@vk.example', password: 'wrong' });
    await page.getByRole('alert').waitFor();
    await expectNoSeriousAxeFindings(page, 'login after a failed attempt');
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
      const { context, page } = await suite.journey();
      await suite.demoLogin(page, role);
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path !== '/') await page.getByRole('table').waitFor();
      await screenshot(page, `axe-${name}`);
      await expectNoSeriousAxeFindings(page, name);
      await context.close();
    }
  });

  it('offers a skip link as the first stop for keyboard users', async () => {
    const { context, page } = await suite.journey();
    await suite.demoLogin(page, 'caseworker');
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
    const { context, page } = await suite.journey();
    await suite.demoLogin(page, 'dpo');
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
    const { context, page } = await suite.journey();
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-login');
    await suite.demoLogin(page, 'team_lead');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-home-team-lead');
    await context.close();
  });

  it('shows a chat team lead the feedback after the chat, reached from the menu, with small counts withheld', async () => {
    const [chat] = await suite.server.db.select({ id: centres.id }).from(centres).where(eq(centres.code, 'chat-minderjarigen'));
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date()).slice(0, 7);
    await suite.server.db.insert(chatFeedbackCounts).values([
      { centreId: chat!.id, month: `${month}-01`, answer: 'helped_a_lot', count: 12 },
      { centreId: chat!.id, month: `${month}-01`, answer: 'helped_a_bit', count: 3 },
    ]);
    const { context, page } = await suite.journey();
    await suite.demoLogin(page, 'team_lead', 'chat-minderjarigen');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Feedback na de chat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feedback na de chat' }).waitFor();
    const table = page.getByRole('table', { name: 'Antwoorden per maand' });
    await table.waitFor();
    // 3 is withheld, and 12 with it (the total would give the 3 away); the total of 15 is shown.
    await expect(table.getByRole('cell', { name: 'afgeschermd' }).count()).resolves.toBe(2);
    await table.getByRole('cell', { name: '15' }).waitFor();
    await screenshot(page, 'chat-feedback');
    await expectNoSeriousAxeFindings(page, 'chat feedback');
    await context.close();
  });
});
