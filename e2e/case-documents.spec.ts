// Documents in the case file and a save that meets an expired session, in a real browser: a team
// lead adds a PDF (and is refused a renamed program), downloads it, and after the session was
// ended elsewhere signs in again in a dialog, after which the typed note is saved. Axe on each state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser(400_000);

/** Registers a report that opens a case, through the API the page itself uses. */
async function openCaseFromPage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const csrf = document.cookie.split('; ').find((c) => c.startsWith('schakel_csrf='))?.split('=')[1] ?? '';
    const response = await fetch('/api/cases/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
      body: JSON.stringify({
        source: 'professional',
        concern: 'De CLB-medewerker zag dat Lore al een week niet naar school kwam.',
        children: [{ firstName: 'Lore', lastName: 'Claes', dateOfBirth: '2016-02-03' }],
        reporter: { name: 'CLB Noord' },
        problemCategory: 'physical_abuse_neglect',
        forms: ['physical_violence'],
        contexts: ['intrafamily_violence'],
        urgency: 'high',
        outcome: 'case',
      }),
    });
    const report = (await response.json()) as { caseId: string };
    return report.caseId;
  });
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const program = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.', 'latin1')]);

describe('case documents and an expired session', () => {
  it('adds, refuses and downloads documents, then saves a note after signing in again', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'team_lead', 'vk-antwerpen');
    const caseId = await openCaseFromPage(page);
    await page.goto(`/cases/${caseId}`);
    const section = page.getByRole('region', { name: 'Documenten' });
    await section.getByText('Nog geen documenten in dit dossier.').waitFor();

    // A renamed program is refused by its content, with the reason next to the field.
    await section.getByLabel('Document kiezen').setInputFiles({ name: 'verslag.pdf', mimeType: 'application/pdf', buffer: program });
    await section.getByRole('button', { name: 'Document toevoegen' }).click();
    await section.getByRole('alert').filter({ hasText: 'Dit soort bestand kan niet in een dossier' }).waitFor();
    await expect(section.getByLabel('Document kiezen').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoSeriousAxeFindings(page, 'documents: refused');

    await section.getByLabel('Document kiezen').setInputFiles({ name: 'verslag school.pdf', mimeType: 'application/pdf', buffer: pdf });
    await section.getByRole('button', { name: 'Document toevoegen' }).click();
    await section.getByRole('status').filter({ hasText: 'verslag school.pdf is toegevoegd.' }).waitFor();
    const link = section.getByRole('link', { name: 'verslag school.pdf downloaden' });
    await link.waitFor();
    await expectNoSeriousAxeFindings(page, 'documents: added');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('verslag school.pdf');
    await expect(page.getByText('Document toegevoegd').first().isVisible()).resolves.toBe(true);

    // The session ends elsewhere ("sign out everywhere" from another browser) while a note is typed.
    const endSessionsElsewhere = async () => {
      const other = await suite.journey();
      await suite.demoLogin(other.page, 'team_lead', 'vk-antwerpen');
      await other.page.evaluate(async () => {
        const csrf = document.cookie.split('; ').find((c) => c.startsWith('schakel_csrf='))?.split('=')[1] ?? '';
        await fetch('/api/auth/logout-all', { method: 'POST', headers: { 'x-csrf-token': decodeURIComponent(csrf) } });
      });
      await other.context.close();
    };
    await endSessionsElsewhere();

    const notes = page.getByRole('region', { name: 'Notities' });
    await notes.getByLabel('Observatie').check();
    await notes.getByRole('textbox', { name: /^Notitie/ }).fill('Lore was vandaag op school en vertelde over haar konijn.');
    await notes.getByRole('button', { name: 'Notitie bewaren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Meld u opnieuw aan om te bewaren' });
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
    await expectNoSeriousAxeFindings(page, 'sign in again dialog');
    await dialog.getByLabel('Wachtwoord').fill(suite.demoCredentials('team_lead', 'vk-antwerpen').password);
    await dialog.getByRole('button', { name: 'Verder' }).click();
    await dialog.waitFor({ state: 'detached' });
    await notes.getByText('Lore was vandaag op school en vertelde over haar konijn.').last().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);

    // An upload that meets an ended session asks for the same sign-in, then goes through.
    await endSessionsElsewhere();
    await section.getByLabel('Document kiezen').setInputFiles({ name: 'verslag huisarts.pdf', mimeType: 'application/pdf', buffer: pdf });
    await section.getByRole('button', { name: 'Document toevoegen' }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Wachtwoord').fill(suite.demoCredentials('team_lead', 'vk-antwerpen').password);
    await dialog.getByRole('button', { name: 'Verder' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('status').filter({ hasText: 'verslag huisarts.pdf is toegevoegd.' }).waitFor();
    await section.getByRole('link', { name: 'verslag huisarts.pdf downloaden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
    // The browser logs the two answers this journey provokes on purpose: the refused program (415)
    // and the save that met the ended session (401).
    expect(consoleErrors.filter((e) => !/status of (401|415)\b/.test(e))).toEqual([]);
    await context.close();
  }, 180_000);
});
