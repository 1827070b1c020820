import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

describe('retention screen', () => {
  it('the DPO sets a period (field error, conflict), makes a dry run and purges after a confirmation that repeats the numbers', { timeout: 180_000 }, async () => {
    const { context, page } = await suite.journey();
    await suite.demoLogin(page, 'dpo');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' }).waitFor();
    const intake = page.getByRole('form', { name: 'Bewaartermijn in maanden: Meldingen afgesloten bij de intake (advies, consult)' });
    await intake.getByLabel('Bewaartermijn in maanden').waitFor();
    // The demo's hold in this DPO's centre, set by a team lead with the reason it must be kept.
    const holds = page.getByRole('table', { name: 'Dossiers die niet opgeschoond mogen worden' });
    await holds.getByRole('row', { name: /Vlaamse Ombudsdienst|strafonderzoek/ }).waitFor();
    await expectNoSeriousAxeFindings(page, 'retention');

    // Out of range: the server's message sits on the field, the typed value stays.
    const months = intake.getByLabel('Bewaartermijn in maanden');
    await months.fill('0');
    await intake.getByRole('button', { name: /Termijn bewaren/ }).click();
    await expect.poll(() => months.getAttribute('aria-invalid')).toBe('true');
    await expect(months.inputValue()).resolves.toBe('0');
    await screenshot(page, 'retention-field-error');

    // An administrator changes the same period meanwhile: the DPO's save is refused as a conflict.
    const admin = await suite.journey();
    await suite.demoLogin(admin.page, 'admin');
    await admin.page.goto('/admin/retention');
    const adminIntake = admin.page.getByRole('form', { name: 'Bewaartermijn in maanden: Meldingen afgesloten bij de intake (advies, consult)' });
    await adminIntake.getByLabel('Bewaartermijn in maanden').fill('2');
    await adminIntake.getByRole('button', { name: /Termijn bewaren/ }).click();
    await adminIntake.getByText('Bewaard.').waitFor();
    await admin.context.close();

    await months.fill('1');
    await intake.getByRole('button', { name: /Termijn bewaren/ }).click();
    await intake.getByText(/Iemand anders heeft deze termijn intussen gewijzigd: nu bewaard is 2 maanden/).waitFor();
    await expect(months.inputValue()).resolves.toBe('1');
    await intake.getByRole('button', { name: /Termijn bewaren/ }).click();
    await intake.getByText('Bewaard.').waitFor();

    // The dry run: per kind of record the numbers and the cut-off date.
    await page.getByRole('button', { name: 'Proefrun maken' }).click();
    const report = page.getByRole('table', { name: /^Proefrun van / });
    await report.waitFor();
    const intakeRow = report.getByRole('row', { name: /Meldingen afgesloten bij de intake/ });
    const cells = await intakeRow.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('1 maanden');
    const records = Number(cells[3]!.replace(/\D/g, ''));
    expect(records).toBeGreaterThan(0);
    await expectNoSeriousAxeFindings(page, 'retention dry run');

    await page.getByRole('button', { name: 'Opschonen…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Definitief opschonen?' });
    await dialog.waitFor();
    await dialog.getByText(/definitief verwijderd/).waitFor();
    await dialog.getByText(new RegExp(`Meldingen afgesloten bij de intake \\(advies, consult\\): ${records.toLocaleString('nl-BE').replace('.', '\\.')} gegevens`)).waitFor();
    await expectNoSeriousAxeFindings(page, 'retention purge confirmation');
    await screenshot(page, 'retention-purge-confirm');
    await dialog.getByRole('button', { name: 'Ja, definitief opschonen' }).click();
    await page.getByText(/^Opgeschoond: .* gegevens verwijderd\.$/).waitFor();
    const runs = page.getByRole('table', { name: 'Recente runs' });
    await runs.getByRole('row', { name: /opschoning/ }).waitFor();
    await runs.getByRole('row', { name: /proefrun/ }).first().waitFor();
    await context.close();
  });
});
