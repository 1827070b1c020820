// Shared browser plumbing for the specs: the server and the system Chromium (never a downloaded
// one) started before a file's tests and stopped after them, a fresh context per journey, sign-in
// through the real UI (also as a demo user), the axe check, and screenshots in .tmp/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

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

/** Signs in and waits for the role's home page, where every sign-in lands. */
export async function signInToHome(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await signIn(page, credentials);
  await page.waitForURL((url) => url.pathname === '/');
}

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A fresh context (nl-BE, desktop size) on the suite's server. */
  journey(): Promise<Journey>;
  /** The demo account of a role, in `centre` when given (else the first the demo data has). */
  demoCredentials(role: string, centre?: string): { email: string; password: string };
  /** Signs `page` in as that demo account and waits for its home page. */
  demoLogin(page: Page, role: string, centre?: string): Promise<void>;
}

export interface ServerAndBrowser {
  server: TestServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startServerAndBrowser(): Promise<ServerAndBrowser> {
  const [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A suite over an already started server and browser (for specs that start more beside them). */
export function suiteOf(started: () => ServerAndBrowser): BrowserSuite {
  const suite: BrowserSuite = {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    journey: () => startJourney(suite.browser, suite.server.url),
    demoCredentials(role, centre) {
      const login = suite.server.demoLogins.find((candidate) => candidate.role === role && (centre === undefined || candidate.centre === centre));
      if (login === undefined) throw new Error(`the demo data has no ${role}${centre ? ` in ${centre}` : ''}`);
      return login;
    },
    demoLogin: (page, role, centre) => signInToHome(page, suite.demoCredentials(role, centre)),
  };
  return suite;
}

/** Starts the server and Chromium before the file's tests and stops both after them. */
export function useServerAndBrowser(hookTimeout?: number): BrowserSuite {
  let started: ServerAndBrowser | undefined;
  beforeAll(async () => {
    started = await startServerAndBrowser();
  }, hookTimeout);
  afterAll(async () => {
    await started?.close();
  });
  return suiteOf(() => {
    if (started === undefined) throw new Error('the server and browser are started in beforeAll');
    return started;
  });
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

/**
 * Fails with the findings when axe reports anything serious or critical on the page as it is now.
 * `scanned`, when given, collects the names of the scans (a journey lists what it checked).
 */
export async function expectNoSeriousAxeFindings(page: Page, name: string, scanned?: string[]): Promise<void> {
  const findings = await seriousAxeFindings(page);
  expect(findings, `${name}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
  scanned?.push(name);
}
