// `schakel user create|disable|reset-mfa` driven in-process on an embedded database of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../cli-program.js';
import { openPglite } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { createPgliteFolder } from '../../test/support/database.js';
import { auditEvents } from '../audit/audit.tables.js';
import { users } from './access.tables.js';

let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'schakel-cli-'));
  process.env.SCHAKEL_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  const database = await createPgliteFolder(join(dir, 'pglite'));
  await seedOrganisation(database.db);
  await database.close();
}, 120_000);

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function schakel(...args: string[]): Promise<string> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'schakel', ...args]);
  } finally {
    log.mockRestore();
  }
  return out.join('\n');
}

async function stored(email: string) {
  const database = await openPglite({ dataDir: join(dir, 'pglite') });
  try {
    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.recordId, user!.id));
    return { user: user!, actions: events.map((e) => e.action) };
  } finally {
    await database.close();
  }
}

describe('schakel user', () => {
  it('creates, disables and resets the second factor of an account, each audited', async () => {
    process.env.SCHAKEL_NEW_PASSWORD = 'a long and unusual passphrase';
    expect(await schakel('user', 'create', '--email', 'an.peeters@vk-antwerpen.be', '--name', 'An Peeters', '--role', 'team_lead', '--centre', 'vk-antwerpen', '--team', 'Intake')).toContain('Created an.peeters@vk-antwerpen.be');
    const created = await stored('an.peeters@vk-antwerpen.be');
    expect(created.user).toMatchObject({ role: 'team_lead', isDemo: false, disabledAt: null });
    expect(created.user.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await schakel('user', 'reset-mfa', 'an.peeters@vk-antwerpen.be')).toContain('reset');
    expect(await schakel('user', 'disable', 'an.peeters@vk-antwerpen.be')).toContain('Disabled');
    const { user, actions } = await stored('an.peeters@vk-antwerpen.be');
    expect(user.disabledAt).not.toBeNull();
    expect(actions).toEqual(['user.create', 'user.reset_mfa', 'user.disable']);
  }, 120_000);

  it('refuses a weak password and an unknown centre with a message that says why', async () => {
    process.env.SCHAKEL_NEW_PASSWORD = 'wachtwoord123';
    await expect(schakel('user', 'create', '--email', 'x@vk.be', '--name', 'X', '--role', 'caseworker', '--centre', 'vk-antwerpen')).rejects.toThrow(/too predictable/);
    process.env.SCHAKEL_NEW_PASSWORD = 'a long and unusual passphrase';
    await expect(schakel('user', 'create', '--email', 'x@vk.be', '--name', 'X', '--role', 'caseworker', '--centre', 'vk-nergens')).rejects.toThrow(/No centre with code vk-nergens/);
  }, 120_000);
});
