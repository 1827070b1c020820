// The whole of VK case work in a real browser, as one team lead does it (issue #3): a report comes
// in, is triaged to a case and assigned; the lead puts a team together, screens for ACEs, assesses
// safety, makes safety plan v1, holds a case conference with a partner, refers the family, makes
// safety plan v2 and closes the case — after which the file is read-only. Every page visited is
// scanned with axe, also with its forms unfolded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, signInToHome, useServerAndBrowser, type Journey } from './browser.js';
import { isoDay, saved, unfold } from './casework-steps.js';

const suite = useServerAndBrowser();
let journey: Journey;
let page: Page;
let caseUrl = '';
const scanned: string[] = [];
const child = { first: 'Fien', last: 'Dewaele' };

beforeAll(async () => {
  journey = await suite.journey();
  page = journey.page;
});

afterAll(async () => {
  await journey?.context.close();
});

describe('the case-work journey', () => {
  it('takes a report in, triages it to a case and assigns it', async () => {
    const lead = suite.demoCredentials('team_lead', 'vk-antwerpen');
    await page.goto('/login');
    await page.getByLabel('E-mailadres').waitFor();
    await expectNoSeriousAxeFindings(page, 'sign-in', scanned);
    await signInToHome(page, lead);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoSeriousAxeFindings(page, 'home', scanned);

    await page.goto('/cases/intake');
    await page.getByLabel('Professional', { exact: true }).check();
    await page.getByLabel(/Wat werd gezien of gehoord/).fill(`De leerkracht ziet blauwe plekken bij ${child.first}. Mama vertelt over ruzies thuis.`);
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').fill(child.first);
    await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Familienaam').fill(child.last);
    await page.getByLabel('Naam', { exact: true }).fill('Meester Tom');
    await page.getByLabel('Lichamelijke mishandeling of verwaarlozing').check();
    await page.getByLabel('Hoog', { exact: true }).check();
    await expect(page.getByLabel('Later beslissen (triage)').isChecked()).resolves.toBe(true);
    await expectNoSeriousAxeFindings(page, 'intake', scanned);
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    await page.getByRole('status').filter({ hasText: 'Melding geregistreerd' }).waitFor();

    await page.goto('/cases');
    const item = page.getByRole('listitem').filter({ hasText: `${child.first} ${child.last}` }).filter({ has: page.getByRole('button', { name: 'Beslissen' }) });
    await item.getByLabel('Beslissing').selectOption('case');
    await expectNoSeriousAxeFindings(page, 'cases home with triage', scanned);
    await item.getByRole('button', { name: 'Beslissen' }).click();
    await item.waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Wachtlijst' }).click();
    const row = page.getByRole('row').filter({ hasText: `${child.first} ${child.last}` });
    await row.waitFor();
    await expectNoSeriousAxeFindings(page, 'waiting list', scanned);
    caseUrl = (await row.getByRole('link').first().getAttribute('href')) ?? '';
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    // The lead hands the case to a caseworker of the team, then joins a second colleague to it.
    await row.getByRole('combobox', { name: /^Toewijzen aan/ }).selectOption({ index: 1 });
    await row.getByRole('button', { name: /^Toewijzen/ }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('puts a multidisciplinary team together and screens: ACE and a safety assessment with scores', async () => {
    await page.goto(caseUrl);
    await page.getByRole('heading', { name: 'Het verhaal van het kind in één oogopslag' }).waitFor();
    await expectNoSeriousAxeFindings(page, 'case file (new case)', scanned);

    const team = await unfold(page, 'Dossierteam samenstellen');
    const colleague = team.getByRole('group', { name: /^Teamleden/ }).getByRole('checkbox').first();
    await colleague.check();
    await Promise.all([saved(page, /\/assign$/), team.getByRole('button', { name: 'Team bewaren' }).click()]);
    await page.getByRole('heading', { name: /^Dossierteam/ }).locator('..').getByRole('listitem').nth(1).waitFor();

    const ace = await unfold(page, 'ACE-screening registreren');
    for (const item of ['Emotioneel misbruik', 'Fysiek misbruik', 'Seksueel misbruik', 'Emotionele verwaarlozing', 'Fysieke verwaarlozing', 'Geweld tegen moeder', 'Middelengebruik in het gezin', 'Psychische problemen in het gezin', 'Scheiding van de ouders', 'Gezinslid in de gevangenis']) {
      const answer = ['Fysiek misbruik', 'Geweld tegen moeder', 'Scheiding van de ouders'].includes(item) ? 'ja' : item === 'Seksueel misbruik' ? 'weet niet' : 'nee';
      await ace.getByRole('group', { name: item, exact: true }).getByLabel(answer, { exact: true }).check();
    }
    await expectNoSeriousAxeFindings(page, 'case file with the ACE form', scanned);
    await Promise.all([saved(page, /\/ace-screenings$/), ace.getByRole('button', { name: 'Screening bewaren' }).click()]);
    await page.getByText('Score 3/10').waitFor();

    const assessment = await unfold(page, 'Veiligheidsinschatting starten');
    await assessment.getByLabel(/^Schade: wat is er al gebeurd/).fill('Blauwe plekken op de armen, gezien op school.');
    await assessment.getByRole('button', { name: 'Zorgformulering toevoegen' }).click();
    await assessment.getByLabel(/^Wie maakt zich zorgen/).fill('De school en het VK');
    await assessment.getByLabel(/^Waarover/).fill(`dat ${child.first} opnieuw geslagen wordt bij ruzies thuis`);
    await assessment.getByLabel(/^Gevolg als er niets verandert/).fill('verwondingen en angst om naar huis te gaan');
    await assessment.getByLabel(/^Veiligheidsdoel/).fill(`${child.first} is veilig thuis, ook als er ruzie is`);
    await assessment.getByLabel(/^Krachten/).fill('Mama zoekt zelf hulp; grootmoeder woont dichtbij.');
    await assessment.getByLabel(/^Bestaande veiligheid/).fill('Grootmoeder vangt op na school.');
    await expectNoSeriousAxeFindings(page, 'case file with the safety assessment form', scanned);
    await Promise.all([saved(page, /\/safety-assessments$/), assessment.getByRole('button', { name: 'Inschatting bewaren' }).click()]);
    await page.getByText('Blauwe plekken op de armen, gezien op school.').first().waitFor();

    const score = await unfold(page, 'Score toevoegen');
    await score.getByLabel('Medewerker', { exact: true }).check();
    await score.getByLabel(/^Naam of rol/).fill('maatschappelijk werker');
    await score.getByLabel(/^Score \(0–10\)/).fill('4');
    await Promise.all([saved(page, /\/scores$/), score.getByRole('button', { name: 'Score bewaren' }).click()]);

    // An open question, recorded and then sharpened (and filed as a doubt after all): what would
    // resolve it stays next to it.
    const doubt = await unfold(page, 'Twijfel noteren');
    await doubt.getByLabel('Open vraag', { exact: true }).check();
    await doubt.getByLabel(/^Vraag of twijfel/).fill('Woont papa nog thuis?');
    await doubt.getByLabel(/^Wat zou dit beantwoorden/).fill('Navraag bij mama.');
    await Promise.all([saved(page, /\/doubts$/), doubt.getByRole('button', { name: 'Twijfel noteren' }).click()]);
    const editDoubt = await unfold(page, 'Twijfel bewerken', 'Twijfel bewerken: Woont papa nog thuis?');
    await editDoubt.getByLabel('Twijfel', { exact: true }).check();
    await editDoubt.getByLabel(/^Waarom het ertoe doet/).fill('Bij ruzies werd Fien geslagen.');
    await editDoubt.getByLabel(/^Wat zou dit beantwoorden/).fill('Navraag bij mama en bij de wijkagent.');
    await expectNoSeriousAxeFindings(page, 'case file with the doubt edit form', scanned);
    await Promise.all([saved(page, /\/doubts\/[0-9a-f-]+$/), editDoubt.getByRole('button', { name: 'Twijfel bewaren' }).click()]);
    await page.getByText('Bij ruzies werd Fien geslagen.').waitFor();
    await page.getByText(/Navraag bij mama en bij de wijkagent\./).first().waitFor();
    await page.locator('li.doubt').filter({ hasText: 'Woont papa nog thuis?' }).locator('strong', { hasText: /^Twijfel$/ }).waitFor();
    await screenshot(page, 'journey-assessments');
  });

  it('makes safety plan version 1', async () => {
    const plan = await unfold(page, 'Veiligheidsplan opmaken');
    await plan.getByLabel(/^Afspraak/).first().fill('Bij ruzie gaat papa naar zijn broer; Fien blijft bij mama.');
    await plan.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await plan.getByLabel(/^Naam/).fill('Grootmoeder Lea');
    await plan.getByLabel('Relatie tot het kind').fill('grootmoeder');
    await plan.getByLabel('Wat controleert deze persoon?').fill('Belt elke avond en vraagt Fien hoe het ging.');
    await plan.getByLabel(/^Evaluatiedatum/).fill(isoDay(14));
    await expectNoSeriousAxeFindings(page, 'case file with the safety plan form', scanned);
    await Promise.all([saved(page, /\/safety-plan$/), plan.getByRole('button', { name: 'Plan bewaren' }).click()]);
    await page.getByText('Versie 1', { exact: false }).first().waitFor();
  });

  it('plans a case conference with a partner, writes the minutes and records its decision with a follow-up', async () => {
    const conference = await unfold(page, 'Casusoverleg plannen');
    await conference.getByLabel(/^Soort overleg/).selectOption('network');
    await conference.getByLabel(/^Wanneer/).fill(`${isoDay(1)}T10:00`);
    await conference.getByLabel(/^Agendapunt 1/).fill('Veiligheid thuis');
    // The case team comes first among the centre's colleagues.
    const colleagues = conference.getByRole('group', { name: /^Collega’s die deelnemen/ }).getByRole('checkbox');
    await colleagues.nth(2).waitFor();
    await colleagues.nth(0).check();
    await colleagues.nth(1).check();
    await conference.getByRole('button', { name: 'Partner toevoegen' }).click();
    await conference.getByLabel(/^Partner 1/).selectOption({ label: 'Family Justice Center Antwerpen (Antwerpen) · Family Justice Center' });
    await conference.getByLabel(/^Rol of naam contactpersoon/).fill('casemanager');
    await conference.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await conference.getByLabel(/^Naam of rol/).fill('mama');
    await expectNoSeriousAxeFindings(page, 'case file with the conference form', scanned);
    await Promise.all([saved(page, /\/conferences$/), conference.getByRole('button', { name: 'Overleg plannen' }).click()]);
    await page.getByText(/Deelnemers: .*Family Justice Center Antwerpen \(casemanager\)/).waitFor();

    // Until it is held, the conference can still move, get an agenda item and a colleague outside the case team.
    const change = await unfold(page, 'Overleg wijzigen', /^Overleg van .* wijzigen$/);
    await change.getByLabel(/^Wanneer/).fill(`${isoDay(2)}T14:00`);
    await change.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await change.getByLabel(/^Agendapunt 2/).fill('Schoolverzuim');
    const invited = change.getByRole('group', { name: /^Collega’s die deelnemen/ }).getByRole('checkbox');
    await invited.nth(2).check();
    await expectNoSeriousAxeFindings(page, 'case file with the conference edit form', scanned);
    await Promise.all([saved(page, /\/conferences\/[0-9a-f-]+$/), change.getByRole('button', { name: 'Wijzigingen bewaren' }).click()]);
    await page.getByText('Agenda: Veiligheid thuis · Schoolverzuim').waitFor();

    const minutes = await unfold(page, 'Na het overleg: verslag', /^Verslag van het overleg van/);
    await minutes.getByLabel('Wat werd besproken: Veiligheid thuis').fill('Papa gaat akkoord om bij ruzie het huis te verlaten.');
    await minutes.getByLabel('Verslag', { exact: true }).fill('Iedereen staat achter het veiligheidsplan; doorverwijzing naar de ITP voor langdurige begeleiding.');
    await Promise.all([saved(page, /\/conferences\/[0-9a-f-]+$/), minutes.getByRole('button', { name: 'Verslag bewaren, overleg gehouden' }).click()]);
    await page.getByText(/· gehouden$/).first().waitFor();

    const decision = await unfold(page, 'Beslissing van dit overleg noteren');
    await decision.getByLabel('doorverwijzing', { exact: true }).check();
    await decision.getByLabel(/^Wat werd beslist/).fill('Aanmelding bij de Intersectorale Toegangspoort voor contextbegeleiding.');
    await decision.getByLabel(/^Waarom/).fill('Het gezin heeft langdurige begeleiding nodig om de veiligheid vast te houden.');
    await decision.getByRole('button', { name: 'Taak toevoegen' }).click();
    await decision.getByLabel(/^Taak 1/).fill('A-document opmaken');
    await decision.getByLabel('Tegen (1)').fill(isoDay(7));
    await Promise.all([saved(page, /\/decisions$/), decision.getByRole('button', { name: 'Beslissing noteren' }).click()]);
    await page.getByText(/Beslissingen van dit overleg: Aanmelding bij de Intersectorale Toegangspoort/).waitFor();
    await page.getByText('A-document opmaken').first().waitFor();
    await screenshot(page, 'journey-conference');
  });

  it('refers the family to the ITP with the legal basis of what goes along, and follows the waiting time', async () => {
    const referral = await unfold(page, 'Doorverwijzen');
    await referral.getByLabel('Soort dienst').selectOption('itp');
    await referral.getByLabel(/^Naar welke dienst/).selectOption({ label: 'Intersectorale Toegangspoort Antwerpen (Antwerpen) · Intersectorale Toegangspoort (ITP)' });
    await referral.getByLabel(/^Waarom doorverwijzen/).fill('Contextbegeleiding voor het gezin, zoals beslist op het netwerkoverleg.');
    await referral.getByLabel('Met deze doorverwijzing deel ik informatie uit het dossier').check();
    await referral.getByLabel('toestemming', { exact: true }).check();
    await referral.getByLabel(/^Wat werd gedeeld/).fill('A-document met de zorgen en het veiligheidsplan versie 1');
    await expectNoSeriousAxeFindings(page, 'case file with the referral form', scanned);
    await Promise.all([saved(page, /\/referrals$/), referral.getByRole('button', { name: 'Doorverwijzing registreren' }).click()]);
    const listed = page.getByRole('listitem').filter({ hasText: 'Intersectorale Toegangspoort Antwerpen' }).filter({ hasText: 'verstuurd' });
    await listed.getByText(/wacht al 0 dagen/).waitFor();
    await page.getByText(/toestemming/).first().waitFor();

    const status = await unfold(page, 'Status wijzigen', 'Status wijzigen: Intersectorale Toegangspoort Antwerpen', listed);
    await status.getByLabel(/^Nieuwe status/).selectOption('waiting');
    await status.getByLabel(/^Toelichting/).fill('Wachtlijst van ongeveer drie maanden.');
    await Promise.all([saved(page, /\/status$/), status.getByRole('button', { name: 'Status bewaren' }).click()]);
    await page.getByText('Wachtlijst van ongeveer drie maanden.').first().waitFor();

    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Partnerlijst' }).click();
    await page.getByRole('heading', { name: 'Partnerlijst', level: 1 }).waitFor();
    await page.getByRole('search').getByLabel('Soort dienst').selectOption('zsg');
    await page.getByRole('heading', { name: 'ZSG Antwerpen (UZA)' }).waitFor();
    await expectNoSeriousAxeFindings(page, 'partner directory', scanned);
    await page.goBack();
    await page.getByRole('heading', { name: 'Het verhaal van het kind in één oogopslag' }).waitFor();
  });

  it('makes safety plan version 2 from version 1', async () => {
    const plan = await unfold(page, 'Nieuwe versie maken');
    await plan.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await plan.getByLabel(/^Afspraak/).last().fill('De contextbegeleider van de jeugdhulp komt wekelijks langs zodra de begeleiding start.');
    await plan.getByLabel(/^Wat verandert er en waarom/).fill('Afspraak na het netwerkoverleg en de doorverwijzing.');
    await Promise.all([saved(page, /\/safety-plan\/versions$/), plan.getByRole('button', { name: 'Versie bewaren' }).click()]);
    await page.getByText(/Versie 2/).first().waitFor();
    await expectNoSeriousAxeFindings(page, 'case file with safety plan version 2', scanned);
    await screenshot(page, 'journey-plan-v2');
  });

  it('closes the case, after which the file says it is read-only and offers no change', async () => {
    const closing = await unfold(page, 'Dossier afsluiten');
    await closing.getByText(/Nog open in dit dossier/).waitFor();
    await closing.getByLabel(/^Uitkomst/).selectOption({ index: 1 });
    await closing.getByLabel('Toelichting').fill('Veiligheidsplan werkt; begeleiding loopt via de jeugdhulp.');
    await expectNoSeriousAxeFindings(page, 'case file with the closure form', scanned);
    await Promise.all([saved(page, /\/close$/), closing.getByRole('button', { name: 'Afsluiten' }).click()]);
    await page.getByText('Dit dossier is afgesloten en alleen te lezen.').waitFor();
    await page.getByRole('link', { name: 'Naar heropenen' }).waitFor();
    for (const action of ['Doorverwijzen', 'Casusoverleg plannen', 'Nieuwe versie maken', 'Teambeslissing noteren', 'Dossier afsluiten']) {
      await expect(page.locator('summary').filter({ hasText: action }).count(), action).resolves.toBe(0);
    }
    await page.getByRole('form', { name: 'Heropenen' }).waitFor();
    await expectNoSeriousAxeFindings(page, 'closed case file', scanned);
    await screenshot(page, 'journey-closed');
    expect(scanned).toEqual([
      'sign-in',
      'home',
      'intake',
      'cases home with triage',
      'waiting list',
      'case file (new case)',
      'case file with the ACE form',
      'case file with the safety assessment form',
      'case file with the doubt edit form',
      'case file with the safety plan form',
      'case file with the conference form',
      'case file with the conference edit form',
      'case file with the referral form',
      'partner directory',
      'case file with safety plan version 2',
      'case file with the closure form',
      'closed case file',
    ]);
    expect(journey.consoleErrors).toEqual([]);
  });

  it('keeps the closed case from purging with a reason, which the DPO sees, then releases it', async () => {
    const hold = await unfold(page, 'On hold zetten…', 'On hold zetten');
    // The reason is required (spaces are no reason): the server's message sits on the field.
    await hold.getByLabel(/^Reden/).fill('   ');
    await hold.getByRole('button', { name: 'On hold zetten' }).click();
    await expect.poll(() => hold.getByLabel(/^Reden/).getAttribute('aria-invalid')).toBe('true');
    await hold.getByLabel(/^Reden/).fill('Klacht bij de ombudsdienst loopt nog.');
    await Promise.all([saved(page, /\/retention-hold$/), hold.getByRole('button', { name: 'On hold zetten' }).click()]);
    await page.getByText('Reden: Klacht bij de ombudsdienst loopt nog.').waitFor();
    await page.getByText(/On hold sinds .*: dit dossier wordt niet opgeschoond/).waitFor();
    await expectNoSeriousAxeFindings(page, 'closed case file on hold');
    await screenshot(page, 'journey-closed-on-hold');

    const dpo = await suite.journey();
    await suite.demoLogin(dpo.page, 'dpo', 'vk-antwerpen');
    await dpo.page.goto('/admin/retention');
    const holds = dpo.page.getByRole('table', { name: 'Dossiers die niet opgeschoond mogen worden' });
    await holds.getByRole('row', { name: /Klacht bij de ombudsdienst loopt nog\./ }).waitFor();
    await expect(holds.textContent()).resolves.not.toContain(child.last);
    await dpo.context.close();

    await Promise.all([saved(page, /\/retention-hold\/release$/), page.getByRole('button', { name: 'Hold opheffen' }).click()]);
    await page.getByText(/Niet on hold/).waitFor();
    // The refused empty reason is the one failed request the browser logs.
    expect(journey.consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
  });
});
