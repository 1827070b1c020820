// `schakel user create|disable|reset-mfa` driven in-process on an embedded database of its own.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { cliFolder, schakel, type CliFolder } from '../../test/support/cli.js';
import { auditEvents } from '../audit/audit.tables.js';
import { users } from './access.tables.js';

let folder: CliFolder;
beforeAll(async () => {
  folder = await cliFolder('schakel-cli-', (database) => seedOrganisation(database.db));
}, 120_000);
afterAll(() => folder.remove());

async function stored(email: string) {
  const database = await openPglite({ dataDir: folder.pgliteDir });
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
