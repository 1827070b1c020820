// The public Kindreflex guide in a real Chromium: two full journeys, one on a phone ending in
// "involve a service" with a PDF and an anonymous count, one on a desktop ending in a consult
// request that reaches VK Limburg and no other centre. Throughout, nothing may leave the browser
// before the professional asks for it.
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, useServerAndBrowser } from './browser.js';

const suite = useServerAndBrowser();

interface Watched {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  /** Every request that left the page for the network (blob: and data: URLs never do). */
  requests: Request[];
}

async function openGuide(
  viewport: { width: number; height: number },
  mobile = false,
): Promise<Watched> {
  const context = await suite.browser.newContext({
    baseURL: suite.server.url,
    locale: 'nl-BE',
    viewport,
    isMobile: mobile,
    hasTouch: mobile,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: Request[] = [];
  page.on('console', (m) => (m.type() === 'error' ? consoleErrors.push(m.text()) : undefined));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => (/^(blob|data):/.test(r.url()) ? undefined : requests.push(r)));
  await page.goto('/kindreflex');
  await page.getByRole('heading', { level: 1, name: 'Kindreflex' }).waitFor();
  await page.waitForLoadState('networkidle');
  return { context, page, consoleErrors, requests };
}

/** What the page loaded before the first answer: its own static files, and no API call at all. */
function expectOnlyStaticFiles(requests: Request[]): void {
  for (const r of requests) {
    const url = new URL(r.url());
    expect(`${r.method()} ${url.pathname}`).toMatch(
      /^GET \/(kindreflex|assets\/[\w.-]+|favicon\.svg)$/,
    );
    expect(url.origin).toBe(suite.server.url);
    expect(url.search).toBe('');
  }
}

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const next = (page: Page) => page.getByRole('button', { name: 'Volgende stap' }).click();
const choose = (page: Page, id: string, label: string | RegExp) =>
  question(page, id)
    .getByLabel(label, { exact: typeof label === 'string' })
    .check();

describe('Kindreflex, the public guide', () => {
  it('takes a hospital professional on a phone to "involve a service": resumable on request, a PDF, counted only with consent', async () => {
    const { context, page, consoleErrors, requests } = await openGuide(
      { width: 390, height: 844 },
      true,
    );
    expectOnlyStaticFiles(requests);
    const loaded = requests.length;
    await expectNoSeriousAxeFindings(page, 'start');
    await screenshot(page, 'kindreflex-phone-start');

    // The whole guide, its content included, also speaks English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Which sector do you work in?').waitFor();
    await expect(page.getByLabel(/^Hospitals and emergency departments/).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByLabel(/^Ziekenhuizen en spoedgevallendiensten/).check();
    await page.getByLabel(/^Bewaar mijn antwoorden op dit toestel/).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('heading', { name: 'Kinderen en ouderschap' }).waitFor();
    await question(page, 'children_ages').getByLabel('0 tot 3 jaar').check();
    await choose(page, 'children_living', 'Ja, alle kinderen');
    await next(page);
    await question(page, 'signals')
      .getByLabel(/^De kinderen zijn nu zonder opvang/)
      .check();
    await page
      .getByLabel('Wat geeft u een niet-pluisgevoel?')
      .fill('Moeder kwam binnen na een val; de twee kleuters wachten alleen thuis.');
    await choose(page, 'colleague_consulted', 'Ja');
    await expectNoSeriousAxeFindings(page, 'step 2');
    await screenshot(page, 'kindreflex-phone-step');
    await next(page);
    await next(page);

    // Decision 1 cannot be skipped: the guide says what is missing and stays put.
    await next(page);
    await page.getByText('Er ontbreekt nog een antwoord.').waitFor();
    await expect(
      page.getByRole('heading', { name: 'Zorg en bereidheid' }).isVisible(),
    ).resolves.toBe(true);
    await choose(page, 'concern', 'Ja');
    await choose(page, 'parent_willing', 'Ja');
    await choose(page, 'concern_kind', /^Mogelijke kindermishandeling/);
    await next(page);
    await page.getByRole('heading', { name: 'Acuut of structureel onveilig?' }).waitFor();

    // Progress was kept on this device because the professional asked for it.
    await page.reload();
    await page.getByRole('heading', { name: 'U was al begonnen' }).waitFor();
    await page.getByRole('button', { name: 'Verder gaan' }).click();
    await page.getByRole('heading', { name: 'Acuut of structureel onveilig?' }).waitFor();
    await choose(page, 'danger', /^Geen van beide/);
    await next(page);
    await choose(page, 'can_help', 'Nee, daarvoor is andere of meer hulp nodig');
    await next(page);

    await page
      .getByRole('heading', { level: 2, name: 'Schakel samen met het gezin een dienst in' })
      .waitFor();
    await expect(
      page
        .getByText('Moeder kwam binnen na een val; de twee kleuters wachten alleen thuis.')
        .isVisible(),
    ).resolves.toBe(true);
    await expectNoSeriousAxeFindings(page, 'outcome');
    await screenshot(page, 'kindreflex-phone-outcome');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kindreflex-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await PDFDocument.load(readFileSync(await download.path()));
    expect(pdf.getTitle()).toMatch(/^Kindreflex: samenvatting \(\d{4}-\d{2}-\d{2}\)$/);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);

    // The print view shows the summary and the decision, not the buttons and forms around them.
    await page.emulateMedia({ media: 'print' });
    await expect(
      page.getByRole('heading', { name: 'Kindreflex: samenvatting' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Tel anoniem mee' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(
      page
        .getByRole('button', { name: 'Bel 112' })
        .or(page.getByRole('link', { name: 'Bel 112' }))
        .isVisible(),
    ).resolves.toBe(false);
    await screenshot(page, 'kindreflex-phone-print');
    await page.emulateMedia({ media: 'screen' });

    // Up to here: answers typed, a reload, a PDF — and not one request beyond the page's own files.
    expectOnlyStaticFiles(requests);
    expect(
      requests.slice(loaded).filter((r) => r.method() !== 'GET' || r.url().includes('/api/')),
    ).toEqual([]);

    const [countRequest] = await Promise.all([
      page.waitForRequest('**/api/kindreflex/completions'),
      page.getByRole('button', { name: 'Tel anoniem mee' }).click(),
    ]);
    expect(countRequest.postDataJSON()).toEqual({
      sector: 'ziekenhuis',
      contentVersion: expect.stringMatching(/^\d{4}\.\d+$/) as string,
      outcome: 'involve_service',
    });
    expect((await countRequest.response())?.status()).toBe(204);
    await page.getByText('Bedankt. Uw sector en uitkomst zijn anoniem geteld.').waitFor();

    await page.getByRole('button', { name: 'Vergeet mijn antwoorden' }).click();
    await page.getByText('Uw antwoorden zijn gewist van dit toestel.').waitFor();
    await expect(
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('kindreflex'))),
    ).resolves.toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('takes a mental-health professional to an anonymous consult that arrives at VK Limburg, and only there', async () => {
    const { context, page, consoleErrors, requests } = await openGuide({
      width: 1280,
      height: 900,
    });
    const loaded = requests.length;
    await page.getByLabel(/^Geestelijke gezondheidszorg/).check();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('heading', { name: 'Kinderen en ouderschap' }).waitFor();
    await next(page);
    await page
      .getByLabel('Wat geeft u een niet-pluisgevoel?')
      .fill('Vader praat over een opname; niemand weet wie dan voor de kinderen zorgt.');
    await next(page);
    await next(page);
    await choose(page, 'concern', 'Ja');
    await choose(page, 'parent_willing', 'Nee, of (nog) niet');
    await choose(page, 'concern_kind', /^Mogelijke kindermishandeling/);
    await next(page);
    await choose(page, 'danger', /^Structureel/);
    await expectNoSeriousAxeFindings(page, 'danger step');
    await next(page);

    await page
      .getByRole('heading', {
        level: 2,
        name: 'Overleg met het Vertrouwenscentrum Kindermishandeling',
      })
      .waitFor();
    // Not asked to remember: nothing was written to this device.
    await expect(
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('kindreflex'))),
    ).resolves.toEqual([]);
    await expectNoSeriousAxeFindings(page, 'consult outcome');

    // A missing province is caught here, without a request.
    await page.getByRole('button', { name: 'Consult aanvragen' }).click();
    await page.getByText('Kies uw provincie.').first().waitFor();
    expect(requests.length).toBe(loaded);

    await page.getByRole('radio', { name: 'Limburg' }).check();
    await page.getByRole('checkbox', { name: 'Wat ik zag en hoorde' }).check();
    await page
      .getByLabel('Uw vraag aan het VK')
      .fill('Hoe bespreek ik dit met vader zonder het contact te verliezen?');
    await page.getByRole('radio', { name: 'Het VK belt mij' }).check();
    await page.getByLabel('Telefoonnummer').fill('011 23 45 67');
    await screenshot(page, 'kindreflex-consult-form');
    const [sent] = await Promise.all([
      page.waitForRequest('**/api/kindreflex/consult-requests'),
      page.getByRole('button', { name: 'Consult aanvragen' }).click(),
    ]);
    const body = sent.postDataJSON() as {
      province: string;
      shared: Record<string, string>;
      contact: Record<string, string>;
      countCompletion: boolean;
    };
    expect(body.province).toBe('limburg');
    expect(Object.keys(body.shared).sort()).toEqual(['decisions', 'observations', 'question']);
    expect(body.shared.observations).toContain('niemand weet wie dan voor de kinderen zorgt');
    expect(body.contact).toEqual({ phone: '011 23 45 67' });
    expect(body.countCompletion).toBe(true);
    expect((await sent.response())?.status()).toBe(201);
    // The consult request is the one and only call the guide made.
    expect(requests.slice(loaded).map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual(
      ['POST /api/kindreflex/consult-requests'],
    );

    const status = page.getByRole('status').filter({ hasText: 'Uw aanvraag is verstuurd' });
    await status.waitFor();
    const reference = (await status.locator('.kr-sent__reference').textContent())!;
    expect(reference).toMatch(/^KR-\d{4}-\d{6}$/);
    await expect(status.textContent()).resolves.toMatch(
      /VK Limburg antwoordt normaal binnen 3 werkdagen/,
    );
    // The reference also goes into the summary the professional files.
    await page.getByText(`${reference} bij VK Limburg, antwoord verwacht uiterlijk op`).waitFor();
    await expectNoSeriousAxeFindings(page, 'consult sent');
    await screenshot(page, 'kindreflex-consult-sent');
    expect(consoleErrors).toEqual([]);
    await context.close();

    const staffRequests = async (centre: string, role = 'caseworker') => {
      const staff = await suite.browser.newContext({ baseURL: suite.server.url });
      const staffPage = await staff.newPage();
      await suite.demoLogin(staffPage, role, centre);
      return { staff, staffPage };
    };
    const limburg = await staffRequests('vk-limburg');
    const listed = (await (
      await limburg.staffPage.request.get('/api/consult/requests')
    ).json()) as {
      requests: { id: string; reference: string; guideOutcome: string; sector: string }[];
    };
    const arrived = listed.requests.find((r) => r.reference === reference);
    expect(arrived).toMatchObject({ sector: 'ggz', guideOutcome: 'consult_vk' });
    await limburg.staff.close();

    const antwerpen = await staffRequests('vk-antwerpen');
    const elsewhere = (await (
      await antwerpen.staffPage.request.get('/api/consult/requests')
    ).json()) as { requests: { reference: string }[] };
    expect(elsewhere.requests.map((r) => r.reference)).not.toContain(reference);
    expect(
      (await antwerpen.staffPage.request.get(`/api/consult/requests/${arrived!.id}`)).status(),
    ).toBe(404);
    await antwerpen.staff.close();

    // A team lead sees both journeys in the anonymous counts, by sector and outcome.
    const lead = await staffRequests('vk-oost-vlaanderen', 'team_lead');
    await lead.staffPage.goto('/kindreflex/stats');
    const bySector = lead.staffPage.getByRole('table', { name: 'Per sector en uitkomst' });
    await bySector.waitFor();
    await expect(
      bySector
        .getByRole('row', { name: /^Ziekenhuizen en spoedgevallendiensten/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['0', '1', '0', '0', '0', '1']);
    await expect(
      bySector
        .getByRole('row', { name: /^Geestelijke gezondheidszorg/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['0', '0', '1', '0', '0', '1']);
    await expectNoSeriousAxeFindings(lead.staffPage, 'stats');
    await screenshot(lead.staffPage, 'kindreflex-stats');
    await lead.staff.close();
  });
});
