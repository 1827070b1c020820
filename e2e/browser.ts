// Shared browser plumbing for the specs: the system Chromium (never a downloaded one), a fresh
// context per journey, sign-in helpers that go through the real UI, and screenshots in .tmp/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const screenshotDir = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Journey {
  context: BrowserContext;
  page: Page;
  /** Everything the page logged as an error or a CSP violation; a clean run has none. */
  consoleErrors: string[];
}

export async function startJourney(browser: Browser, baseURL: string): Promise<Journey> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-BE',
    viewport: { width: 1280, height: 860 },
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { context, page, consoleErrors };
}

export async function signIn(
  page: Page,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(credentials.email);
  await page.getByLabel('Wachtwoord').fill(credentials.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Serious and critical axe findings for the page as it is now (WCAG 2.0/2.1 A and AA rules). */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // React Aria's hidden announcer briefly holds `role="img"` nodes that point at an option of a
    // list that has just closed ("Dossierbehandelaar selected"); they are speech, not page content.
    .exclude('[data-live-announcer]')
    .analyze();
  // An empty result must mean "no problems", not "nothing was checked".
  if (results.passes.length === 0) throw new Error('axe checked no rules on this page');
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
