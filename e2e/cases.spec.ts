// Case work in a real browser: a team lead takes in a report from the keyboard, decides to open a
// case, finds it on the waiting list, opens the file and records a contact note — and a typed
// intake survives a reload. Every page is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('case work', () => {
  it('takes a report in, opens a case, and records the first contact on it', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'team_lead', 'vk-antwerpen');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Mijn dossiers' }).click();
    await page.waitForURL('**/cases');
    await page.getByRole('heading', { name: 'Mijn dossiers', level: 2 }).waitFor();
    await expectNoSeriousAxeFindings(page, 'cases home');

    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.waitForURL('**/cases/intake');
    // Answers are real radio buttons: Space picks the focused one, as anywhere on the web.
    await page.getByLabel('Professional', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Professional', { exact: true }).isChecked()).resolves.toBe(true);
    await page.getByLabel(/Wat werd gezien of gehoord/).fill('De juf zag striemen op de rug van Mila. Mila zegt dat papa boos was.');
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').fill('Mila');
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Familienaam').fill('Verstraeten');
    await page.getByLabel('Naam', { exact: true }).fill('Juf Ann');
    await page.getByLabel('Lichamelijke mishandeling of verwaarlozing').check();
    await page.getByLabel('Lichamelijk geweld').check();
    await page.getByLabel('Hoog', { exact: true }).check();
    await page.getByLabel('Dossier openen').check();
    await expectNoSeriousAxeFindings(page, 'intake');
    await screenshot(page, 'cases-intake');
    // Ctrl+Enter registers, wherever the focus is in the form.
    await page.getByLabel('Dossier openen').press('Control+Enter');
    const registered = page.getByRole('status').filter({ hasText: 'Melding geregistreerd' });
    await registered.waitFor();
    await registered.getByRole('link', { name: 'Openen' }).click();

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Het verhaal van het kind in één oogopslag' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^VK-ANT-\d{4}-\d{5}$/);
    await expect(page.getByText('De juf zag striemen').isVisible()).resolves.toBe(true);
    // The reporter is not on the page until asked for.
    await expect(page.getByText('Juf Ann').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Toon wie meldde' }).click();
    await page.getByText(/Juf Ann/).waitFor();
    await expectNoSeriousAxeFindings(page, 'case file');

    const notes = page.getByRole('form', { name: 'Notitie toevoegen' });
    await notes.getByLabel('Contact met het gezin').check();
    await notes.getByLabel(/^Notitie/).fill('Telefonisch contact met mama; huisbezoek morgen.');
    await notes.getByRole('button', { name: 'Notitie bewaren' }).click();
    await page.getByText('Telefonisch contact met mama; huisbezoek morgen.').last().waitFor();
    await page.getByRole('list').filter({ hasText: 'Eerste contact' }).first().waitFor();
    await screenshot(page, 'cases-file');

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Wachtlijst' }).click();
    await page.waitForURL('**/cases/waiting-list');
    await page.getByRole('heading', { name: 'Capaciteit van het team' }).waitFor();
    // The demo waiting list has children waiting past their deadline: said first, in red.
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(/wachten langer dan hun termijn/);
    await expectNoSeriousAxeFindings(page, 'waiting list');
    await screenshot(page, 'cases-waiting-list');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps a half-typed intake through a reload, and lets the worker decide on it later', async () => {
    const { context, page } = await suite.journey();
    await suite.demoLogin(page, 'caseworker', 'vk-antwerpen');
    await page.goto('/cases/intake');
    await page.getByLabel(/Wat werd gezien of gehoord/).fill('Buren horen elke nacht geschreeuw.');
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').fill('Wannes');
    // Give the draft its moment to be written, as a worker's pause would.
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByText('Uw niet-geregistreerde melding van eerder is teruggezet.').waitFor();
    await expect(page.getByLabel(/Wat werd gezien of gehoord/).inputValue()).resolves.toBe('Buren horen elke nacht geschreeuw.');
    await expect(page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').inputValue()).resolves.toBe('Wannes');

    await page.getByLabel('Burger of buur').check();
    await page.getByLabel('Emotionele mishandeling of verwaarlozing').check();
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    await page.getByRole('status').filter({ hasText: 'Melding geregistreerd' }).waitFor();
    await page.goto('/cases');
    // The triage item holds a small list of its own; pick the item with the decision in it.
    const item = page
      .getByRole('listitem')
      .filter({ hasText: 'Wannes' })
      .filter({ has: page.getByRole('button', { name: 'Beslissen' }) });
    await item.getByLabel('Beslissing').selectOption('advice');
    await item.getByRole('button', { name: 'Beslissen' }).click();
    await item.waitFor({ state: 'detached' });
    await expectNoSeriousAxeFindings(page, 'cases home with triage');
    await context.close();
  });
});
