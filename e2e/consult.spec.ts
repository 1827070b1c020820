// Advice and consult in a real browser: a caseworker registers a phone question from a teacher
// from the keyboard (the typed question survives a reload), gives advice with a follow-up date,
// sees the follow-up on the home page, names the family once it is known and converts the
// question to a report; a request sent from the public Kindreflex guide shows up in the same
// list. Every page is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, useServerAndBrowser } from './browser.js';
import { loadGuideCatalogue } from '../src/kindreflex/guide-catalogue.js';

const suite = useServerAndBrowser();

/** A Brussels calendar date `days` from today, as a date input takes it. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days, 12)).toISOString().slice(0, 10);
}

describe('advice and consult', () => {
  it('takes a teacher’s phone question, advises with a follow-up, and converts it to a report', async () => {
    // A professional in Antwerp asks for a consult through the public guide.
    const sent = await fetch(`${suite.server.url}/api/kindreflex/consult-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sector: 'ggz',
        contentVersion: loadGuideCatalogue().get('ggz')!.version,
        outcome: 'consult_vk',
        province: 'antwerpen',
        shared: { question: 'Mijn cliënt lijkt de kinderen alleen te laten. Wat nu?' },
        contactPreference: 'phone',
        contact: { phone: '03 111 22 33', organisation: 'CGG Noord' },
      }),
    });
    expect(sent.status).toBe(201);
    const { reference: guideReference } = (await sent.json()) as { reference: string };

    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'caseworker', 'vk-antwerpen');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Advies en consult' }).click();
    await page.waitForURL('**/consult**');
    await page.getByRole('link', { name: guideReference }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: guideReference }).textContent()).resolves.toContain('Kindreflex');
    await expectNoSeriousAxeFindings(page, 'consult list');

    // N opens a new question, as when the phone rings.
    await page.keyboard.press('n');
    await page.waitForURL('**/consult/new');
    await page.getByLabel(/^De vraag/).fill('Een leerling komt vaak met honger naar school en zegt dat mama veel slaapt.');
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByText('Uw niet-geregistreerde vraag van eerder is teruggezet.').waitFor();
    await expect(page.getByLabel(/^De vraag/).inputValue()).resolves.toContain('honger');

    await expect(page.getByLabel('Telefoon', { exact: true }).first().isChecked()).resolves.toBe(true);
    await page.getByLabel('School of CLB').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Naam', { exact: true }).fill('Els Wouters');
    await page.getByLabel(/^Functie/).fill('leerkracht');
    await page.getByLabel('Organisatie').fill('Basisschool De Linde');
    await page.getByRole('textbox', { name: 'Telefoon' }).fill('03 123 45 67');
    await page.getByLabel(/Veiligheid en welzijn van de kinderen/).check();
    await expectNoSeriousAxeFindings(page, 'consult registration');
    await screenshot(page, 'consult-register');
    await page.getByLabel(/^De vraag/).press('Control+Enter');

    await page.waitForURL(/\/consult\/[0-9a-f-]{36}$/);
    const heading = page.getByRole('heading', { level: 1, name: /^AC-\d{4}-\d{6}$/ });
    await heading.waitFor();
    const reference = (await heading.textContent())!;
    await page.getByText('Els Wouters · leerkracht · Basisschool De Linde').waitFor();
    await expectNoSeriousAxeFindings(page, 'consult detail');

    const advice = page.getByRole('form', { name: 'Advies noteren' });
    await advice.getByLabel(/^Advies/).fill('Bespreek het met de CLB-medewerker; bel ons terug na het gesprek met mama.');
    await advice.getByLabel(/^Opvolgen op/).fill(dayFromToday(3));
    await advice.getByRole('button', { name: 'Advies bewaren' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Bespreek het met de CLB-medewerker' }).waitFor();
    await page.getByText('Advies gegeven', { exact: true }).waitFor();

    // The follow-up is on the worker's home.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Start' }).click();
    const due = page.getByRole('region', { name: 'Adviesvragen om op te volgen' });
    await due.getByRole('link', { name: reference }).waitFor();
    await expectNoSeriousAxeFindings(page, 'home with follow-ups');
    await due.getByRole('link', { name: reference }).click();

    // The mother calls back and names the family: the question becomes a report.
    await page.getByRole('button', { name: 'Gezin aanpassen' }).click();
    await page.getByLabel('Gezin met naam').check();
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').fill('Noor');
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Familienaam').fill('Peeters');
    await page.getByRole('group', { name: 'Ouder 1' }).getByLabel('Voornaam').fill('Sanne');
    await page.getByRole('button', { name: 'Gezin bewaren' }).click();
    await page.getByText('Noor Peeters').waitFor();
    const convert = page.getByRole('form', { name: 'Omzetten in een melding' });
    await convert.getByLabel('Emotionele mishandeling of verwaarlozing').check();
    await expectNoSeriousAxeFindings(page, 'consult detail before conversion');
    await screenshot(page, 'consult-detail');
    await convert.getByRole('button', { name: 'Melding maken' }).click();

    await page.waitForURL((url) => url.pathname === '/cases' && url.hash.startsWith('#report-'));
    const item = page.locator(new URL(page.url()).hash);
    await item.getByText('honger').waitFor();
    await item.getByRole('link', { name: 'Uit een adviesvraag: bekijk de vraag' }).waitFor();
    await expectNoSeriousAxeFindings(page, 'cases home with the converted report');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
