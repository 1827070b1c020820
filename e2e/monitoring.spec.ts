// The analyst's dashboard in a real Chromium on the demo statistics: key indicators, a chart with
// its data table, filters that survive a reload (they live in the URL), downloads that carry the
// same suppression as the screen, and no serious axe findings.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('monitoring dashboard', () => {
  it('shows indicators, a chart with its table and downloads, keeps filters in the URL, and passes axe', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'analyst', 'vk-antwerpen');
    await page.getByRole('link', { name: 'Monitoring' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
    await page.getByRole('heading', { name: /Kernindicatoren/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: "Meldingen bij de VK's" }).waitFor();
    await page.locator('.mon-chart svg').first().waitFor();

    // Choose an indicator, quarters and two provinces; the choice lands in the URL.
    await page.getByRole('combobox', { name: 'Indicator', exact: true }).selectOption('acute_contacted_24h');
    await page.getByRole('combobox', { name: 'Per', exact: true }).selectOption('quarter');
    await page.getByRole('checkbox', { name: 'Limburg' }).check();
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL((url) => url.searchParams.get('indicator') === 'acute_contacted_24h' && (url.searchParams.get('regions') ?? '').includes('LIM'));
    await page.getByRole('table', { name: /Acute meldingen binnen 24 uur/ }).waitFor();

    await page.reload();
    await page.getByRole('table', { name: /Acute meldingen binnen 24 uur/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Indicator', exact: true }).inputValue()).toBe('acute_contacted_24h');
    const columns = await page.getByRole('table', { name: /Acute meldingen binnen 24 uur/ }).getByRole('columnheader').allTextContents();
    expect(columns).toEqual(['Periode', 'Vlaanderen en Brussel', 'Antwerpen', 'Limburg', 'Oost-Vlaanderen']);

    // The CSV download is the table, with the same suppression.
    const csvLink = page.getByRole('link', { name: 'Download CSV' }).first();
    const response = await page.request.get((await csvLink.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    const csv = await response.text();
    expect(csv).toContain('Vlaanderen en Brussel');
    expect(csv).toContain('Aantallen van 1 tot 9');

    // A breakdown by month for one province shows "onderdrukt" where a count is small.
    await page.getByRole('combobox', { name: 'Uitsplitsing' }).selectOption('children_by_age');
    await page.getByLabel('Van (maand)').fill('2026-01');
    await page.getByLabel('Tot en met (maand)').fill('2026-01');
    await page.getByRole('button', { name: 'Toon' }).click();
    const breakdown = page.getByRole('table', { name: /Gemelde kinderen naar leeftijd/ });
    await breakdown.waitFor();
    expect(await breakdown.getByText('onderdrukt').count()).toBeGreaterThan(0);

    await expectNoSeriousAxeFindings(page, 'monitoring breakdown');
    await screenshot(page, 'monitoring-dashboard');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the prevalence estimate with its models, ACE results beside the references, the report and the import wizard', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'analyst', 'vk-antwerpen');
    await page.goto('/monitoring');
    await page.getByRole('link', { name: 'Verborgen prevalentie en ACE-studies' }).click();
    await page.getByRole('heading', { level: 1, name: /Prevalentie/ }).waitFor();
    const models = page.getByRole('table', { name: 'Schattingen per model' });
    await models.waitFor();
    expect(await models.getByText('(gekozen)').count()).toBe(1);
    await page.getByText(/het gaat ervan uit dat/).waitFor();
    await page.getByRole('rowheader', { name: /Referentie: CDC-Kaiser/ }).waitFor();
    expect(await page.getByRole('link', { name: /Download het rapport/ }).getAttribute('href')).toMatch(/report\.pdf\?year=\d{4}&lang=nl/);

    // A new population study, recorded through the form, appears in the table with its interval.
    await page.getByLabel('Studie', { exact: true }).fill('Peiling 2024');
    await page.getByLabel('Jaar', { exact: true }).nth(1).fill('2024');
    await page.getByLabel('Steekproef (n)').fill('1500');
    await page.getByLabel('Designeffect van de gewichten').fill('1.2');
    for (const [score, share] of [['0', '40'], ['1', '25'], ['2', '15'], ['3', '8'], ['4+', '12']]) {
      await page.getByLabel(`Gewogen aandeel met score ${score} (%)`).fill(share!);
    }
    await page.getByRole('button', { name: 'Studie bewaren' }).click();
    await page.getByRole('rowheader', { name: 'Peiling 2024 (2024)' }).waitFor();

    // The wizard refuses a file with a bad line until "only the clean lines" is chosen.
    await page.getByLabel('Register (code, bv. politie)').fill('politie');
    await page.getByLabel('Bestand(en) (CSV of XLSX)').setInputFiles({ name: 'politie.csv', mimeType: 'text/csv', buffer: Buffer.from('provincie,aantal\nAntwerpen,120\nLimburg,veel\n') });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('table', { name: 'Fouten per regel' }).waitFor();
    const importButton = page.getByRole('button', { name: 'Importeren' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Alleen de foutloze regels importeren' }).check();
    await importButton.click();
    await page.getByText('Geïmporteerd: 1 regels, 1 overgeslagen.').waitFor();

    await expectNoSeriousAxeFindings(page, 'registry import');
    await screenshot(page, 'monitoring-studies');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers "not found" to a caseworker who opens the dashboard', async () => {
    const { context, page } = await suite.journey();
    await suite.demoLogin(page, 'caseworker', 'vk-antwerpen');
    await page.goto('/monitoring');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Monitoring' }).count()).toBe(0);
    await context.close();
  });
});
