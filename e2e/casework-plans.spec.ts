// Assessments and plans in a real browser, from the keyboard and the labels a worker reads: a
// caseworker opens one of their demo cases, records an ACE screening and a safety assessment
// with two people's scores and an open question, makes safety plan version 1 and then version 2
// (a half-typed version survives a reload), compares them, records the family's agreement,
// builds a recovery plan with an action for a partner service and shares part of it — then sees
// the review that falls due on their case home. Every page and state visited is checked with axe.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, useServerAndBrowser } from './browser.js';
import { isoDay } from './casework-steps.js';

const suite = useServerAndBrowser();


/** Unfolds a folded form by its summary line and returns the form (named like the summary). */
async function unfold(page: Page, summary: string, formName = summary): Promise<Locator> {
  await page.getByText(summary, { exact: true }).click();
  const form = page.getByRole('form', { name: formName, exact: true });
  await form.waitFor();
  return form;
}

/** The first of the worker's own open cases that has no assessments or plans yet. */
async function openCaseWithoutPlans(page: Page): Promise<string> {
  await page.goto('/cases');
  const mine = page.getByRole('table', { name: 'Mijn dossiers' });
  await mine.waitFor();
  const hrefs = await mine.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    await page.goto(href);
    const plans = page.getByRole('region', { name: 'Plannen', exact: true });
    await plans.getByRole('heading', { name: 'Veiligheidsplan' }).waitFor();
    const safety = plans.getByRole('region', { name: 'Veiligheidsplan', exact: true });
    await safety.getByText(/Nog geen veiligheidsplan\.|Versie \d+/).first().waitFor();
    await page.getByRole('region', { name: 'Inschattingen' }).getByText(/Nog geen veiligheidsinschatting\.|Veiligheidsinschatting ·/).first().waitFor();
    if ((await page.getByText('Nog geen veiligheidsplan.').count()) && (await page.getByText('Nog geen veiligheidsinschatting.').count()) && (await page.getByText('Nog geen herstelplan.').count())) return href;
  }
  throw new Error('the caseworker has no demo case without plans');
}

describe('assessments and plans', () => {
  it('assesses safety, makes and revises the safety plan, and shares the recovery plan', async () => {
    const { context, page, consoleErrors } = await suite.journey();
    await suite.demoLogin(page, 'caseworker', 'vk-antwerpen');
    const href = await openCaseWithoutPlans(page);
    const caseNumber = (await page.getByRole('heading', { level: 1 }).textContent())!.split(' ')[0]!;
    await expectNoSeriousAxeFindings(page, 'case file without plans');

    // ACE screening: every item answered explicitly.
    const ace = await unfold(page, 'ACE-screening registreren');
    const answers: Record<string, string> = { 'Emotioneel misbruik': 'ja', 'Scheiding van de ouders': 'ja', 'Middelengebruik in het gezin': 'weet niet' };
    for (const item of ['Emotioneel misbruik', 'Fysiek misbruik', 'Seksueel misbruik', 'Emotionele verwaarlozing', 'Fysieke verwaarlozing', 'Geweld tegen moeder', 'Middelengebruik in het gezin', 'Psychische problemen in het gezin', 'Scheiding van de ouders', 'Gezinslid in de gevangenis']) {
      await ace.getByRole('group', { name: item, exact: true }).getByLabel(answers[item] ?? 'nee', { exact: true }).check();
    }
    await expectNoSeriousAxeFindings(page, 'ACE form');
    await ace.getByRole('button', { name: 'Screening bewaren' }).click();
    await page.getByText('Score 2/10').waitFor();

    // Safety assessment in the Signs of Safety shape.
    const start = await unfold(page, 'Veiligheidsinschatting starten');
    await start.getByLabel('Schade: wat is er al gebeurd?').fill('Striemen op de rug, twee keer gezien door de school.');
    await start.getByRole('button', { name: 'Zorgformulering toevoegen' }).click();
    const statement = start.getByRole('group', { name: 'Zorgformulering 1' });
    // The new statement's first field has the focus: the worker types on.
    await page.keyboard.type('De school en het VK');
    await statement.getByLabel('Waarover?').fill('het kind opnieuw geslagen wordt als papa boos is.');
    await statement.getByLabel('Gevolg als er niets verandert').fill('Het kind raakt gewond en zwijgt.');
    await statement.getByLabel('Veiligheidsdoel').fill('Het kind is veilig thuis, ook als er ruzie is.');
    await start.getByLabel('Krachten').fill('Mama zoekt zelf hulp; oma woont om de hoek.');
    await start.getByLabel('Bestaande veiligheid').fill('Na school gaat het kind naar oma.');
    await expectNoSeriousAxeFindings(page, 'safety assessment form');
    await start.getByRole('button', { name: 'Inschatting bewaren' }).click();
    const assessment = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /^Veiligheidsinschatting · .* · ontwerp$/ }) });
    await assessment.waitFor();
    await expect(statement.getByLabel('Wie maakt zich zorgen?').count()).resolves.toBe(0);

    const score = await unfold(page, 'Score toevoegen');
    for (const [who, label, value] of [['Medewerker', 'Ilse (VK)', '3'], ['Ouder', 'mama', '8']] as const) {
      await score.getByLabel(who, { exact: true }).check();
      await score.getByLabel('Naam of rol (bv. mama)').fill(label);
      await score.getByLabel('Score (0–10)').fill(value);
      await score.getByRole('button', { name: 'Score bewaren' }).click();
      await assessment.getByRole('meter', { name: `${label}: ${value}/10` }).waitFor();
    }
    await assessment.getByText('De scores liggen 5 punten uit elkaar: bespreek het verschil.').waitFor();

    const doubt = await unfold(page, 'Twijfel noteren');
    await doubt.getByLabel('Open vraag', { exact: true }).check();
    await doubt.getByLabel('Vraag of twijfel').fill('Woont de nieuwe partner van mama in huis?');
    await doubt.getByLabel('Wat zou dit beantwoorden?').fill('Navraag bij de wijkagent.');
    await doubt.getByRole('button', { name: 'Twijfel noteren' }).click();
    await page.getByRole('link', { name: /1 open twijfel/ }).waitFor();
    await expectNoSeriousAxeFindings(page, 'assessment with scores and a doubt');
    await screenshot(page, 'casework-assessment');

    // Safety plan, version 1.
    const v1 = await unfold(page, 'Veiligheidsplan opmaken');
    await v1.getByRole('group', { name: 'Afspraak 1' }).getByRole('textbox', { name: 'Afspraak', exact: true }).fill('Het kind is nooit alleen met papa.');
    await v1.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await v1.getByRole('group', { name: 'Afspraak 2' }).getByRole('textbox', { name: 'Afspraak', exact: true }).fill('Na school gaat het kind naar oma.');
    await v1.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const oma = v1.getByRole('group', { name: 'Persoon 1 in het netwerk' });
    await oma.getByRole('textbox', { name: 'Naam', exact: true }).fill('Oma Josée');
    await oma.getByLabel('Relatie tot het kind').fill('grootmoeder');
    await oma.getByLabel('Wat controleert deze persoon?').fill('Belt elke avond.');
    await oma.getByLabel('Na school gaat het kind naar oma.').check();
    await v1.getByLabel('Evaluatiedatum').fill(isoDay(20));
    await v1.getByLabel('Wat verandert er en waarom?').fill('Opgemaakt met mama en oma.');
    await expectNoSeriousAxeFindings(page, 'safety plan form');
    await v1.getByRole('button', { name: 'Plan bewaren' }).click();
    const plan = page.getByRole('region', { name: 'Veiligheidsplan', exact: true });
    await plan.getByRole('heading', { name: /^Versie 1 · Evaluatie/ }).waitFor();

    // Version 2 starts as a copy of version 1; a half-typed version survives a reload.
    const v2 = await unfold(page, 'Nieuwe versie maken');
    await expect(v2.getByRole('group', { name: 'Afspraak 1' }).getByRole('textbox', { name: 'Afspraak', exact: true }).inputValue()).resolves.toBe('Het kind is nooit alleen met papa.');
    await v2.getByLabel('Wat verandert er en waarom?').fill('Afspraak over drinken na het teamoverleg.');
    await page.waitForTimeout(600);
    await page.reload();
    const restored = page.getByRole('form', { name: 'Nieuwe versie maken', exact: true });
    await restored.getByText('Uw niet-bewaarde tekst van eerder is teruggezet.').waitFor();
    await expect(restored.getByLabel('Wat verandert er en waarom?').inputValue()).resolves.toBe('Afspraak over drinken na het teamoverleg.');
    await restored.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await restored.getByRole('group', { name: 'Afspraak 3' }).getByRole('textbox', { name: 'Afspraak', exact: true }).fill('Het kind slaapt bij oma als papa gedronken heeft.');
    await restored.getByLabel('Evaluatiedatum').fill(isoDay(3));
    await restored.getByRole('button', { name: 'Versie bewaren' }).click();
    await plan.getByRole('heading', { name: /^Versie 2 · Evaluatie/ }).waitFor();

    await page.getByText('Versies vergelijken', { exact: true }).click();
    await plan.getByRole('heading', { name: 'Wijzigingen van versie 1 naar 2' }).waitFor();
    await plan.getByText('nieuwe afspraak: + Het kind slaapt bij oma als papa gedronken heeft.').waitFor();
    await expectNoSeriousAxeFindings(page, 'version comparison');

    const sign = await unfold(page, 'Akkoord van het gezin registreren (Versie 2)', 'Akkoord van het gezin registreren');
    await sign.getByLabel('Wie (naam of rol)').fill('mama');
    await sign.getByLabel('ouder', { exact: true }).check();
    await sign.getByLabel('akkoord', { exact: true }).check();
    await sign.getByLabel('ondertekend op papier').check();
    await sign.getByRole('button', { name: 'Akkoord registreren' }).click();
    await plan.getByText('mama: akkoord').waitFor();
    await screenshot(page, 'casework-safety-plan');

    // Recovery plan with an action for a partner service, shared part by part.
    const recovery = await unfold(page, 'Herstelplan opmaken');
    await recovery.getByRole('button', { name: 'Doel voor het kind toevoegen' }).click();
    await recovery.getByRole('group', { name: 'Doel voor het kind 1' }).getByRole('textbox', { name: 'Doel', exact: true }).fill('Het kind kan praten over wat er gebeurde.');
    await recovery.getByRole('button', { name: 'Doel voor het gezin toevoegen' }).click();
    await recovery.getByRole('group', { name: 'Doel voor het gezin 1' }).getByRole('textbox', { name: 'Doel', exact: true }).fill('Mama vraagt tijdig hulp als de spanning oploopt.');
    await recovery.getByRole('button', { name: 'Beschermende factor toevoegen' }).click();
    await recovery.getByRole('group', { name: 'Beschermende factor 1' }).getByRole('textbox', { name: 'Beschermende factor', exact: true }).fill('Oma als vaste steunfiguur');
    await recovery.getByRole('button', { name: 'Actie toevoegen' }).click();
    const action = recovery.getByRole('group', { name: 'Actie 1' });
    await action.getByRole('textbox', { name: 'Wat', exact: true }).fill('Contextbegeleiding voor het gezin');
    await action.getByLabel('een partnerdienst').check();
    await action.getByRole('combobox', { name: 'Partnerdienst', exact: true }).selectOption({ label: 'OCJ Antwerpen (Antwerpen)' });
    await action.getByLabel('Tegen wanneer').fill(isoDay(30));
    await expectNoSeriousAxeFindings(page, 'recovery plan form');
    await recovery.getByRole('button', { name: 'Herstelplan bewaren' }).click();
    const recoveryPlan = page.getByRole('region', { name: 'Herstelplan', exact: true });
    await recoveryPlan.getByText(/Contextbegeleiding voor het gezin — OCJ Antwerpen/).waitFor();

    const share = await unfold(page, 'Delen met een partner');
    await share.getByRole('combobox', { name: 'Partner', exact: true }).selectOption({ label: 'OCJ Antwerpen (Antwerpen)' });
    await share.getByLabel('doelen kind').check();
    await share.getByLabel('acties', { exact: true }).check();
    await share.getByLabel('toestemming', { exact: true }).check();
    await share.getByLabel('Waarom delen').fill('Eén gezin, één plan met de contextbegeleiding.');
    await expectNoSeriousAxeFindings(page, 'share form');
    await share.getByRole('button', { name: 'Delen bewaren' }).click();
    await recoveryPlan.getByRole('button', { name: 'Bekijk wat OCJ Antwerpen ziet' }).click();
    const preview = recoveryPlan.getByRole('region', { name: 'Wat OCJ Antwerpen ziet' });
    await preview.getByText(/Het kind kan praten over wat er gebeurde/).waitFor();
    await preview.getByText(/Contextbegeleiding voor het gezin/).waitFor();
    // Only the shared parts leave the server: the family goal is not in the partner's view.
    await expect(preview.getByText(/Mama vraagt tijdig hulp/).count()).resolves.toBe(0);
    await expectNoSeriousAxeFindings(page, 'recovery plan shared, with the partner preview');
    await screenshot(page, 'casework-recovery-plan');

    // The review of version 2 falls due within a week: it is on the worker's case home.
    await page.goto('/cases');
    const due = page.getByRole('region', { name: 'Evaluaties van veiligheidsplannen' });
    await due.getByRole('link', { name: caseNumber }).waitFor();
    await expect(due.getByRole('link', { name: caseNumber }).getAttribute('href')).resolves.toBe(href);
    await expectNoSeriousAxeFindings(page, 'cases home with a review due');
    expect(consoleErrors).toEqual([]);
    await context.close();
    // A long journey on a shared two-core machine: a dozen axe scans and twenty saves.
  }, 420_000);
});
