// The chat across two server processes on one PostgreSQL database, as behind a load balancer: the
// child's browser talks to process A, the counsellor's to process B, every message crosses through
// LISTEN/NOTIFY, and the child's network drops and comes back without a message lost or doubled.
// Needs TEST_DATABASE_URL (a throwaway database is created next to it); vitest.e2e.config.ts only
// includes this spec then, and `npm test` says when it is not run.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/access/users.service.js';
import { alwaysOpenHours, defaultChatSettings } from '../src/chat/chat-settings.js';
import { chatSettings } from '../src/chat/chat.tables.js';
import { chatCentreId } from '../src/chat/conversation.service.js';
import { systemCtx } from '../src/platform/context.js';
import { openPostgres, type Database } from '../src/platform/db.js';
import { seedOrganisation } from '../src/seed/demo.seed.js';
import { expectNoSeriousAxeFindings, launchChromium, screenshot, signInToHome, startJourney } from './browser.js';

type ServerProcess = ChildProcessByStdio<Writable, Readable, null>;

const base = process.env.TEST_DATABASE_URL!;
const name = `schakel_e2e_chat_${randomBytes(4).toString('hex')}`;
const secret = randomBytes(32).toString('base64url');
const dataDir = mkdtempSync(join(tmpdir(), 'schakel-e2e-two-'));
const databaseUrl = Object.assign(new URL(base), { pathname: `/${name}` }).href;
const processes: ServerProcess[] = [];
let admin: pg.Client;
let database: Database;
let browser: Browser;
let childSide: string;
let counsellorSide: string;
const counsellor = { email: `counsellor.${randomUUID().slice(0, 8)}@e2e.schakel.be`, password: `e2e counsellor ${randomUUID()}` };

/** Starts a server process (it migrates the database first) and waits for its address. */
async function startProcess(): Promise<string> {
  const file = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SCHAKEL_SECRET_KEY: secret, SCHAKEL_DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  processes.push(child);
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) if (line.startsWith('{')) return (JSON.parse(line) as { url: string }).url;
  throw new Error('the server process ended before it listened');
}

beforeAll(async () => {
  admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  childSide = await startProcess();
  database = await openPostgres(databaseUrl, { max: 2 });
  await seedOrganisation(database.db);
  const centreId = (await chatCentreId(database.db))!;
  await database.db.insert(chatSettings).values({ centreId, settings: { ...defaultChatSettings, openingHours: alwaysOpenHours } });
  // A demo account signs in without a second factor, which a browser test cannot type.
  await createUser(systemCtx(database.db, 'e2e'), { ...counsellor, displayName: 'E2E counsellor', role: 'counsellor', centreId, teamIds: [], isDemo: true });
  [counsellorSide, browser] = await Promise.all([startProcess(), launchChromium()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(processes.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.stdin.end()))));
  await database?.close();
  await admin?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin?.end();
  rmSync(dataDir, { recursive: true, force: true });
});

async function childSays(page: Page, text: string): Promise<void> {
  await page.getByLabel('Jouw bericht').fill(text);
  await page.getByLabel('Jouw bericht').press('Enter');
}

const count = (page: Page, selector: string, text: string) => page.locator(selector, { hasText: text }).count();

describe('chat on two server processes', () => {
  it('carries a chat between a child on one process and a counsellor on another, through a network drop', async () => {
    expect(childSide).not.toBe(counsellorSide);
    const child = await browser.newContext({ baseURL: childSide, locale: 'nl-BE', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await child.newPage();
    await page.goto('/chat');
    await page.getByRole('radio', { name: '12 tot 14' }).check();
    await page.getByRole('button', { name: 'Start de chat' }).click();
    await page.getByLabel('Jouw bericht').waitFor();
    await expectNoSeriousAxeFindings(page, 'chat on process A');
    await childSays(page, 'Hallo, is daar iemand?');
    await page.locator('.chat-bubble--child', { hasText: 'Hallo, is daar iemand?' }).getByText('verstuurd').waitFor();

    const staff = await startJourney(browser, counsellorSide);
    await signInToHome(staff.page, counsellor);
    await staff.page.goto('/console');
    await staff.page.getByRole('button', { name: 'Beschikbaar maken' }).click();
    await staff.page.getByRole('button', { name: 'Pauze nemen' }).waitFor();
    await staff.page.getByRole('button', { name: 'Volgende chat nemen' }).click();
    const transcript = staff.page.locator('.console-transcript');
    await transcript.getByText('Hallo, is daar iemand?').waitFor();
    await staff.page.getByLabel('Bericht aan het kind').fill('Ja, ik ben er.');
    await staff.page.getByRole('button', { name: 'Versturen' }).click();
    await page.locator('.chat-bubble--counsellor', { hasText: 'Ja, ik ben er.' }).waitFor();
    // Read marks travel between the processes too.
    await page.locator('.chat-bubble--child', { hasText: 'Hallo, is daar iemand?' }).getByText('gelezen').waitFor();

    await child.setOffline(true);
    await childSays(page, 'Mijn netwerk valt weg.');
    await childSays(page, 'Ben je er nog?');
    await staff.page.getByLabel('Bericht aan het kind').fill('Ik wacht op je.');
    await staff.page.getByRole('button', { name: 'Versturen' }).click();
    await transcript.locator('.console-line--counsellor', { hasText: 'Ik wacht op je.' }).getByText(/verstuurd|afgeleverd|gelezen/).waitFor();
    await page.getByText('Even geen verbinding.').waitFor({ timeout: 40_000 });
    await child.setOffline(false);

    await page.locator('.chat-bubble--counsellor', { hasText: 'Ik wacht op je.' }).waitFor({ timeout: 30_000 });
    await transcript.getByText('Ben je er nog?').waitFor({ timeout: 30_000 });
    for (const line of ['Hallo, is daar iemand?', 'Mijn netwerk valt weg.', 'Ben je er nog?']) {
      expect(await count(page, '.chat-bubble--child', line), line).toBe(1);
      expect(await count(staff.page, '.console-line--child', line), line).toBe(1);
    }
    for (const line of ['Ja, ik ben er.', 'Ik wacht op je.']) {
      expect(await count(page, '.chat-bubble--counsellor', line), line).toBe(1);
      expect(await count(staff.page, '.console-line--counsellor', line), line).toBe(1);
    }
    expect(await staff.page.locator('.console-line--child .console-line__body').allTextContents()).toEqual(['Hallo, is daar iemand?', 'Mijn netwerk valt weg.', 'Ben je er nog?']);
    await screenshot(staff.page, 'console-two-processes');
    await expectNoSeriousAxeFindings(staff.page, 'console on process B');
    await expectNoSeriousAxeFindings(page, 'chat after the network drop');
    await Promise.all([child.close(), staff.context.close()]);
  });
});
