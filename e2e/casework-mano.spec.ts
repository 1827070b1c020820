// A MANO track in a real browser: the team decides to start it, the track starts on that decision
// with the family informed, the 65-working-day clock runs, a second team decision concludes it with
// "necessary, no cooperation", and the letter to the prosecutor is generated from the file and
// waits for a colleague's review. Every page state is scanned with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, signInToHome, useServerAndBrowser } from './browser.js';
import { isoDay, saved, unfold } from './casework-steps.js';

const suite = useServerAndBrowser();

describe('a MANO track', () => {
  it('starts on a team decision, concludes on another and generates the prosecutor letter for review', async () => {
    const scanned: string[] = [];
    const { context, page, consoleErrors } = await suite.journey();
    const lead = suite.demoCredentials('team_lead', 'vk-antwerpen');
    await signInToHome(page, lead);

    await page.goto('/cases/intake');
    await page.getByLabel('Professional', { exact: true }).check();
    await page.getByLabel(/Wat werd gezien of gehoord/).fill('Mama weigert elke hulp; Jonas komt vaak hongerig en zonder jas naar school.');
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').fill('Jonas');
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Familienaam').fill('Claes');
    await page.getByLabel('Emotionele mishandeling of verwaarlozing').check();
    await page.getByLabel('Dossier openen').check();
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    await page.getByRole('status').filter({ hasText: 'Melding geregistreerd' }).getByRole('link', { name: 'Openen' }).click();
    await page.getByRole('heading', { name: 'Het verhaal van het kind in één oogopslag' }).waitFor();

    const team = await unfold(page, 'Dossierteam samenstellen');
    await team.getByLabel(/^verantwoordelijke/).selectOption({ index: 1 });
    await team.getByRole('group', { name: /^Teamleden/ }).getByRole('checkbox').first().check();
    await Promise.all([saved(page, /\/assign$/), team.getByRole('button', { name: 'Team bewaren' }).click()]);

    const decide = async (subject: string, decision: string) => {
      const form = await unfold(page, 'Teambeslissing noteren');
      await form.getByLabel(subject, { exact: true }).check();
      await form.getByLabel(/^Wat werd beslist/).fill(decision);
      await form.getByLabel(/^Waarom/).fill('Vrijwillige hulp werd drie keer geweigerd; de ontwikkeling van Jonas is bedreigd.');
      for (const box of await form.getByRole('group', { name: /^Wie besliste mee/ }).getByRole('checkbox').all()) await box.check();
      await Promise.all([saved(page, /\/decisions$/), form.getByRole('button', { name: 'Beslissing noteren' }).click()]);
      await page.getByText(decision).first().waitFor();
    };
    await decide('start MANO', 'We starten een MANO-traject.');

    const start = await unfold(page, 'MANO-traject starten');
    await start.getByLabel(/^Teambeslissing waarop dit steunt/).selectOption({ index: 1 });
    await start.getByLabel(/^Motivering/).fill('Verwaarlozing houdt aan; mama weigert elke vorm van hulp.');
    await start.getByLabel('De ontwikkeling van het kind is bedreigd').check();
    await start.getByLabel('wordt geweigerd').check();
    await start.getByLabel(/^Aangeboden hulp/).fill('Contextbegeleiding en een gesprek met het CLB.');
    await start.getByLabel(/^Gezin geïnformeerd op/).fill(isoDay(0));
    await start.getByLabel('Hoe werd het gezin geïnformeerd?').fill('huisbezoek');
    await expectNoSeriousAxeFindings(page, 'case file with the MANO start form', scanned);
    await Promise.all([saved(page, /\/mano$/), start.getByRole('button', { name: 'MANO-traject starten' }).click()]);
    await page.getByText(/nog \d+ werkdagen \(tot /).waitFor();
    await page.getByText(/\d+ van 65 werkdagen/).first().waitFor();

    await decide('uitkomst MANO', 'Noodzakelijk, geen medewerking: verwijzing naar het parket.');
    const conclude = await unfold(page, 'MANO-traject afronden');
    await conclude.getByLabel('noodzakelijk, geen medewerking: verwijzing naar het parket').check();
    await conclude.getByLabel(/^Teambeslissing over de uitkomst/).selectOption({ index: 1 });
    await expectNoSeriousAxeFindings(page, 'case file with the MANO conclude form', scanned);
    await Promise.all([saved(page, /\/conclude$/), conclude.getByRole('button', { name: 'Traject afronden' }).click()]);
    await page.getByText(/Uitkomst:/).waitFor();

    const letter = page.getByRole('form', { name: 'Verwijzingsbrief opmaken' });
    await letter.getByLabel(/^Parket/).selectOption({ label: 'Parket Antwerpen' });
    await Promise.all([saved(page, /\/letters$/), letter.getByRole('button', { name: 'Verwijzingsbrief opmaken' }).click()]);
    await page.getByRole('link', { name: 'PDF openen' }).waitFor();
    // The one who generated the letter cannot approve it: a second colleague reads it first.
    await page.getByText(/wie de brief opmaakte, kan hem niet zelf goedkeuren/).waitFor();
    await expectNoSeriousAxeFindings(page, 'case file with the prosecutor letter', scanned);
    expect(scanned).toHaveLength(3);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});
