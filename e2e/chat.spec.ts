// The chat for minors and the counsellor console in a real Chromium: a child and a counsellor
// talk, the child's network drops and comes back without losing or doubling a message, "Snel weg"
// leaves no way back, a 1712 call is logged from the keyboard, and axe finds nothing serious.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeFindings, screenshot, startServerAndBrowser, suiteOf, type ServerAndBrowser } from './browser.js';

let started: ServerAndBrowser | undefined;
const suite = suiteOf(() => started!);
let uiDir: string;
let csp = '';

// Other specs (and other people's runs) rebuild web/dist while this one runs; a build of our own,
// served to the browser by request interception with the server's own CSP, keeps the UI stable.
async function buildPrivateUi(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-chat-ui-'));
  await build({ configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}

const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

async function servePrivateUi(context: BrowserContext): Promise<void> {
  // A page answered by interception counts as "public" for Chrome's local-network checks, which
  // would then refuse its WebSocket to the loopback server; the permission lifts that.
  await context.grantPermissions(['local-network-access']);
  await context.route(
    (url) => url.origin === new URL(suite.server.url).origin && !url.pathname.startsWith('/api'),
    async (route) => {
      const path = new URL(route.request().url()).pathname;
      const file = extname(path) ? normalize(join(uiDir, path)) : join(uiDir, 'index.html');
      if (!file.startsWith(uiDir)) return route.fulfill({ status: 404 });
      const body = await Promise.resolve().then(() => readFileSync(file)).catch(() => null);
      if (!body) return route.fulfill({ status: 404 });
      return route.fulfill({ body, contentType: types[extname(file)] ?? 'application/octet-stream', headers: { 'content-security-policy': csp } });
    },
  );
}

beforeAll(async () => {
  [started, uiDir] = await Promise.all([startServerAndBrowser(), buildPrivateUi()]);
  csp = (await fetch(`${suite.server.url}/api/health`)).headers.get('content-security-policy') ?? '';
});

afterAll(async () => {
  await started?.close();
  if (uiDir) rmSync(uiDir, { recursive: true, force: true });
});

const EXIT_URL = 'https://www.meteo.be/nl';

/** A phone-sized context for the child; the neutral exit site is answered locally (no internet). */
async function childContext(): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[]; foreignRequests: string[] }> {
  const context = await suite.browser.newContext({ baseURL: suite.server.url, locale: 'nl-BE', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.route('https://www.meteo.be/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><h1>Het weer vandaag</h1>' }));
  await servePrivateUi(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // No tracking, no third parties: every request of the chat goes to Schakel itself (the exit
  // site is the one deliberate exception).
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(suite.server.url).origin && !request.url().startsWith(EXIT_URL)) foreignRequests.push(request.url());
  });
  return { context, page, consoleErrors, foreignRequests };
}

async function staffJourney() {
  const journey = await suite.journey();
  await servePrivateUi(journey.context);
  return journey;
}

async function startChat(page: Page): Promise<void> {
  await page.goto('/chat');
  await page.getByRole('heading', { name: 'Praat met ons' }).waitFor();
  await page.getByRole('radio', { name: '12 tot 14' }).check();
  await page.getByRole('radio', { name: 'Thuis' }).check();
  await page.getByRole('button', { name: 'Start de chat' }).click();
  await page.getByLabel('Jouw bericht').waitFor();
}

async function childSays(page: Page, text: string): Promise<void> {
  await page.getByLabel('Jouw bericht').fill(text);
  await page.getByLabel('Jouw bericht').press('Enter');
}

const bubbles = (page: Page, selector: string, text: string) => page.locator(selector, { hasText: text }).count();

/** The hand-off step after the registration: consent asked, not assumed; the server names what is missing. */
async function handOffWithConsent(page: Page): Promise<void> {
  const step = page.locator('.handoff');
  await step.getByRole('button', { name: 'Doorgeven…' }).click();
  await step.getByRole('radio', { name: 'Vertrouwenscentrum Kindermishandeling (VK)' }).check();
  await step.getByLabel('Provincie van het VK').selectOption('antwerpen');
  await step.getByLabel('Samenvatting: wat werd er verteld?').fill('Meisje (12–14) vertelt dat haar wifi raar doet en dat ze iets wil vragen over thuis.');
  // Sent before the consent question was answered: refused, and said at the question.
  await step.getByRole('button', { name: 'Doorgeven', exact: true }).click();
  await step.getByRole('group', { name: 'Toestemming voor het doorgeven' }).locator('.field__error').waitFor();
  await step.getByRole('radio', { name: 'Ja, er is toestemming' }).check();
  await step.getByRole('radio', { name: 'Het kind', exact: true }).check();
  await step.getByRole('radio', { name: 'Ja, het kind vindt het goed' }).check();
  await screenshot(page, 'console-handoff');
  await expectNoSeriousAxeFindings(page, 'console hand-off');
  await step.getByRole('button', { name: 'Doorgeven', exact: true }).click();
  await step.getByText(/Doorgegeven aan VK Antwerpen .* Met toestemming\. Het gesprek ging mee\./).waitFor();
}

/** Another person, the VK's team lead, finds the report in triage and reads the conversation. */
async function expectTranscriptInTriage(lines: string[]): Promise<void> {
  const vk = await staffJourney();
  await suite.demoLogin(vk.page, 'team_lead', 'vk-antwerpen');
  await vk.page.goto('/cases');
  const item = vk.page.locator('.triage-item', { hasText: 'haar wifi raar doet' });
  await item.getByText('Doorgegeven door de chat voor minderjarigen', { exact: false }).waitFor();
  await item.getByText(/ · Chat · /).waitFor();
  await item.getByRole('button', { name: 'Chatgesprek tonen' }).click();
  for (const line of lines) await item.locator('.report-transcript').getByText(line).waitFor();
  await screenshot(vk.page, 'triage-handoff');
  await expectNoSeriousAxeFindings(vk.page, 'triage with the hand-off');
  expect(vk.consoleErrors).toEqual([]);
  await vk.context.close();
}

describe('chat between a child and a counsellor', () => {
  it('delivers both ways, survives a dropped network without losing or doubling, and passes axe', async () => {
    const child = await childContext();
    await child.page.goto('/chat');
    await child.page.getByRole('heading', { name: 'Praat met ons' }).waitFor();
    await screenshot(child.page, 'chat-welcome');
    await expectNoSeriousAxeFindings(child.page, 'chat welcome');
    await child.page.getByRole('button', { name: 'Switch to English' }).click();
    await child.page.getByRole('heading', { name: 'Talk to us' }).waitFor();
    expect(await child.page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(true);
    await child.page.getByRole('button', { name: 'Naar het Nederlands' }).click();

    const staff = await staffJourney();
    await suite.demoLogin(staff.page, 'counsellor', 'chat-minderjarigen');
    await staff.page.goto('/console');
    await staff.page.getByRole('button', { name: 'Beschikbaar maken' }).click();
    await staff.page.getByRole('button', { name: 'Pauze nemen' }).waitFor();

    await startChat(child.page);
    await childSays(child.page, 'Hallo, mag ik iets vragen?');
    await child.page.locator('.chat-bubble--child', { hasText: 'Hallo, mag ik iets vragen?' }).getByText('verstuurd').waitFor();
    await screenshot(child.page, 'chat-waiting');
    await expectNoSeriousAxeFindings(child.page, 'chat waiting');

    await staff.page.getByRole('button', { name: 'Volgende chat nemen' }).click();
    const transcript = staff.page.locator('.console-transcript');
    await transcript.getByText('Hallo, mag ik iets vragen?').waitFor().catch(async (error: unknown) => {
      await screenshot(staff.page, 'failure-console');
      console.log(await staff.page.locator('main').innerText());
      throw error;
    });
    await staff.page.getByLabel('Bericht aan het kind').fill('Ik ben er. Vertel maar.');
    await staff.page.getByRole('button', { name: 'Versturen' }).click();
    await child.page.locator('.chat-bubble--counsellor', { hasText: 'Vertel maar.' }).waitFor();
    // The console has the chat open and in front: the child's message is marked read.
    await child.page.locator('.chat-bubble--child', { hasText: 'Hallo, mag ik iets vragen?' }).getByText('gelezen').waitFor();
    await transcript.getByText('gelezen').waitFor();

    // The child's phone loses its network; both sides keep writing.
    await child.context.setOffline(true);
    await childSays(child.page, 'Ben je er nog?');
    await childSays(child.page, 'Mijn wifi doet raar.');
    await staff.page.getByLabel('Bericht aan het kind').fill('Ik blijf hier, hoor.');
    await staff.page.getByRole('button', { name: 'Versturen' }).click();
    await transcript.locator('.console-line--counsellor', { hasText: 'Ik blijf hier, hoor.' }).getByText(/verstuurd|afgeleverd|gelezen/).waitFor();
    await child.page.getByText('Even geen verbinding.').waitFor({ timeout: 40_000 });
    await screenshot(child.page, 'chat-offline');
    await child.context.setOffline(false);

    await child.page.locator('.chat-bubble--counsellor', { hasText: 'Ik blijf hier, hoor.' }).waitFor({ timeout: 30_000 });
    await transcript.getByText('Mijn wifi doet raar.').waitFor({ timeout: 30_000 });
    for (const line of ['Hallo, mag ik iets vragen?', 'Ben je er nog?', 'Mijn wifi doet raar.']) {
      expect(await bubbles(child.page, '.chat-bubble--child', line), line).toBe(1);
      expect(await bubbles(staff.page, '.console-line--child', line), line).toBe(1);
    }
    for (const line of ['Vertel maar.', 'Ik blijf hier, hoor.']) {
      expect(await bubbles(child.page, '.chat-bubble--counsellor', line), line).toBe(1);
      expect(await bubbles(staff.page, '.console-line--counsellor', line), line).toBe(1);
    }
    // Order on the console is the order the child typed.
    const childLines = await staff.page.locator('.console-line--child .console-line__body').allTextContents();
    expect(childLines).toEqual(['Hallo, mag ik iets vragen?', 'Ben je er nog?', 'Mijn wifi doet raar.']);
    await screenshot(child.page, 'chat-conversation');
    await screenshot(staff.page, 'console-conversation');
    await expectNoSeriousAxeFindings(staff.page, 'console conversation');

    // The counsellor ends the chat and registers it with the shared form.
    await staff.page.getByRole('button', { name: 'Gesprek beëindigen' }).click();
    await staff.page.getByRole('dialog').getByRole('button', { name: 'Beëindigen' }).click();
    await child.page.getByText('Het gesprek is afgelopen.').waitFor();
    // The child gets one optional question, answered with one tap.
    const feedback = child.page.getByRole('group', { name: 'Heb je iets aan dit gesprek gehad?' });
    await feedback.getByRole('button', { name: 'Liever niet zeggen' }).waitFor();
    await expectNoSeriousAxeFindings(child.page, 'chat feedback question');
    await screenshot(child.page, 'chat-feedback');
    await feedback.getByRole('button', { name: 'Een beetje' }).click();
    await child.page.getByText('Dank je wel om het te zeggen.').waitFor();
    const form = staff.page.locator('.console-registration');
    await form.getByRole('heading', { name: 'Contact registreren' }).waitFor();
    await form.getByRole('checkbox', { name: 'Kindermishandeling' }).check();
    await form.getByRole('radio', { name: 'Dringend', exact: true }).check();
    await form.getByRole('radio', { name: 'Vrouw / meisje' }).check();
    await form.getByRole('radio', { name: 'Geen doorverwijzing' }).check();
    await screenshot(staff.page, 'console-registration');
    await expectNoSeriousAxeFindings(staff.page, 'console registration');
    await form.getByRole('button', { name: 'Registratie bewaren' }).click();
    await staff.page.getByText('Dit gesprek is geregistreerd.').waitFor();

    // The child agreed: the counsellor hands the chat off to the VK, with the conversation.
    await handOffWithConsent(staff.page);
    await expectTranscriptInTriage(['Hallo, mag ik iets vragen?', 'Ik blijf hier, hoor.']);

    expect(child.consoleErrors).toEqual([]);
    expect(child.foreignRequests).toEqual([]);
    expect(await child.context.cookies()).toEqual([]);
    // The one 400 is the hand-off sent on purpose before the consent question was answered.
    expect(staff.consoleErrors.filter((e) => !e.includes('WebSocket') && !e.includes('status of 400'))).toEqual([]);
    await child.context.close();
    await staff.context.close();
  });
});

describe('supervision and opening hours', () => {
  it('alerts the supervisor at once about a child in acute danger and records the action taken', async () => {
    const lead = await staffJourney();
    await suite.demoLogin(lead.page, 'team_lead', 'chat-minderjarigen');
    await lead.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Chatconsole' }).click();
    await lead.page.getByRole('heading', { name: 'Supervisie chat' }).waitFor();
    await lead.page.getByText('Geen open meldingen.').waitFor();

    const staff = await staffJourney();
    await suite.demoLogin(staff.page, 'counsellor', 'chat-minderjarigen');
    await staff.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Chatconsole' }).click();
    const child = await childContext();
    await startChat(child.page);
    await childSays(child.page, 'Hij staat voor de deur en roept.');
    await staff.page.getByRole('button', { name: /Beschikbaar maken|Pauze nemen/ }).waitFor();
    if (await staff.page.getByRole('button', { name: 'Beschikbaar maken' }).isVisible()) await staff.page.getByRole('button', { name: 'Beschikbaar maken' }).click();
    await staff.page.getByRole('button', { name: 'Volgende chat nemen' }).click();
    await staff.page.locator('.console-transcript').getByText('Hij staat voor de deur').waitFor();
    await staff.page.getByRole('button', { name: 'Acuut gevaar melden' }).click();
    await staff.page.getByLabel('Wat weet u nu? (plaats, wie, wat)').fill('Thuis, vader, dreigt binnen te komen.');
    await staff.page.getByRole('button', { name: 'Supervisor alarmeren' }).click();
    await staff.page.getByText('De supervisor is gealarmeerd.').waitFor();

    // No reload: the alert arrives over the supervisor's socket.
    await lead.page.getByText('Kind in acuut gevaar').waitFor({ timeout: 10_000 });
    await lead.page.getByRole('heading', { name: 'Noodprotocol' }).waitFor();
    await screenshot(lead.page, 'supervisor-alert');
    await expectNoSeriousAxeFindings(lead.page, 'supervisor alert');
    await lead.page.getByLabel('Genomen actie').selectOption({ label: '112 gebeld' });
    await lead.page.getByLabel('Toelichting').fill('Politie onderweg, kind blijft in gesprek.');
    await lead.page.getByRole('button', { name: 'Actie vastleggen' }).click();
    await lead.page.getByText('Geen open meldingen.').waitFor();
    await Promise.all([lead.context.close(), staff.context.close(), child.context.close()]);
  });

  it('tells a child outside opening hours when we are back and what to do right now', async () => {
    const lead = await staffJourney();
    await suite.demoLogin(lead.page, 'team_lead', 'chat-minderjarigen');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    // The team lead closes the chat for today in the settings form (a holiday).
    await lead.page.goto('/console/supervise');
    const closedDays = lead.page.getByLabel('Gesloten dagen (één datum per regel, JJJJ-MM-DD)');
    await expect.poll(() => lead.page.getByLabel('Maandag').inputValue()).toBe('00:00-24:00');
    await expect(closedDays.inputValue()).resolves.toBe('');
    await closedDays.fill(today);
    await lead.page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await lead.page.getByText('De instellingen zijn bewaard.').waitFor();

    const child = await childContext();
    await child.page.goto('/chat');
    await child.page.getByRole('heading', { name: 'De chat is nu gesloten' }).waitFor();
    await child.page.getByText(/We zijn er weer op \w+ om 00:00\./).waitFor();
    expect(await child.page.getByRole('link', { name: /112|1712|102/ }).count()).toBe(3);
    await screenshot(child.page, 'chat-closed');
    await expectNoSeriousAxeFindings(child.page, 'chat closed');
    await closedDays.fill('');
    await lead.page.getByRole('button', { name: 'Instellingen bewaren' }).click();
    await expect.poll(() => child.page.evaluate(async () => ((await (await fetch('/api/chat/status')).json()) as { open: boolean }).open)).toBe(true);
    await Promise.all([lead.context.close(), child.context.close()]);
  });
});

describe('quick exit', () => {
  it('replaces the page with a neutral site, clears what the browser kept, and Back does not return', async () => {
    const { context, page } = await childContext();
    await startChat(page);
    await childSays(page, 'Iemand komt eraan.');
    await page.locator('.chat-bubble--child').getByText('verstuurd').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('schakel.chat.token'))).toBeTruthy();
    // A code word first, to come back later.
    await page.getByText('Later terugkomen?').click();
    await page.getByLabel('Codewoord', { exact: true }).fill('groene fiets 12');
    await page.getByRole('button', { name: 'Bewaar codewoord' }).click();
    await page.getByText(/Goed bewaard\. Je codewoord werkt tot/).waitFor();

    await page.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL(`${EXIT_URL}**`);
    expect(await page.title()).toBe('Weer');
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain('/chat');

    // Back on the site in the same tab: nothing of the chat was kept, and it ended on the server.
    await page.goto('/chat');
    await page.getByRole('heading', { name: 'Praat met ons' }).waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('schakel.')))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('schakel.chat')))).toEqual([]);
    const status = await page.evaluate(async () => ((await (await fetch('/api/chat/status')).json()) as { waiting: number }).waiting);
    expect(status).toBe(0);

    // With the code word the child is back in the same chat, in the queue again.
    await page.getByLabel('Jouw codewoord').fill('Groene fiets 12');
    await page.getByRole('button', { name: 'Ga verder met mijn gesprek' }).click();
    await page.locator('.chat-bubble--child', { hasText: 'Iemand komt eraan.' }).waitFor();
    await page.getByText('Jij bent de volgende.').waitFor();

    // Escape twice does the same from anywhere on the page, even while typing.
    await page.getByLabel('Jouw bericht').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(`${EXIT_URL}**`);
    await context.close();
  });
});

describe('hotline 1712', () => {
  it('logs a call from the keyboard in well under a minute', async () => {
    const { context, page, consoleErrors } = await staffJourney();
    await suite.demoLogin(page, 'counsellor', 'hotline-1712');
    await page.goto('/hotline');
    await page.getByRole('group', { name: 'Thema’s' }).getByRole('checkbox').first().waitFor();
    await expectNoSeriousAxeFindings(page, 'hotline form');

    // From the first question on, only keys: digits answer, Tab moves on, Ctrl+Enter saves.
    await page.getByRole('group', { name: 'Wie belt of chat?' }).getByRole('radio').first().focus();
    const keys = ['4', 'Tab', 'Tab', '5', 'Tab', '1', 'Tab', '6', 'Tab', '1', '2', 'Tab', '1', 'Tab', '2', 'Tab', ...'Uitleg melding VK'.split(''), 'Tab', '2', 'Control+Enter'];
    const started = Date.now();
    for (const key of keys) await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.getByText('Oproep geregistreerd.').waitFor();
    const seconds = (Date.now() - started) / 1000;
    console.log(`hotline call logged with ${keys.length} keystrokes (${keys.length - 17} outside the advice text) in ${seconds.toFixed(1)} s of browser time`);
    await page.locator('.contact-list').getByText('Uitleg melding VK').waitFor();

    // The bystander wants help for the adult involved: handed off to a CAW, with consent.
    const step = page.locator('.handoff');
    await step.getByRole('button', { name: 'Doorgeven…' }).click();
    await step.getByRole('radio', { name: 'CAW (hulp voor een volwassene)' }).check();
    await expect.poll(() => step.getByLabel('CAW uit de partnerlijst').locator('option').count()).toBeGreaterThan(1);
    await step.getByLabel('CAW uit de partnerlijst').selectOption({ index: 1 });
    await step.getByLabel('Samenvatting: wat werd er verteld?').fill('Buurvrouw hoort geregeld geroep; de moeder wil zelf hulp.');
    await step.getByRole('radio', { name: 'Ja, er is toestemming' }).check();
    await step.getByRole('radio', { name: 'De beller' }).check();
    await expectNoSeriousAxeFindings(page, 'hotline hand-off');
    await step.getByRole('button', { name: 'Doorgeven', exact: true }).click();
    await step.getByText(/Doorgegeven aan .* Met toestemming\./).waitFor();
    const saved = await page.locator('.contact-list li').first().textContent();
    expect(saved).toContain('Omstaander');
    expect(saved).toContain('Kindermishandeling, Partnergeweld');
    expect(keys.length).toBeLessThan(60);
    await screenshot(page, 'hotline-form');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
