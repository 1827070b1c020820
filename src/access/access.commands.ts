// `schakel user create|disable|reset-mfa` for operators (e.g. the first admin of a new install).
import type { Command } from 'commander';
import { eq, sql } from 'drizzle-orm';
import { loadConfig } from '../platform/config.js';
import { systemCtx } from '../platform/context.js';
import { openDatabase, type Database } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import { translate } from '../platform/i18n.js';
import { runMigrations } from '../platform/migrate.js';
import { centres, teams, users } from './access.tables.js';
import './access.messages.js';
import { roles, type Role } from './permissions.js';
import { createUser, resetMfaOf } from './users.service.js';
import { revokeUserSessions } from './session.repository.js';
import { inTransaction } from '../platform/context.js';

async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    await runMigrations(database);
    await work(database);
  } finally {
    await database.close();
  }
}

async function findUser(database: Database, email: string) {
  const [user] = await database.db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  if (!user) throw new CliError(`No user with e-mail ${email}.`);
  return user;
}

export class CliError extends Error {}

function explain(error: unknown): never {
  if (error instanceof AppError) {
    const fields = error.fieldProblems.map((p) => `  ${p.path}: ${translate('en', p.key, p.params)}`);
    throw new CliError([translate('en', error.code, error.params), ...fields].join('\n'));
  }
  throw error;
}

export function registerAccessCommands(program: Command): void {
  const user = program.command('user').description('Manage user accounts');

  user
    .command('create')
    .requiredOption('--email <email>')
    .requiredOption('--name <displayName>')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .requiredOption('--centre <code>', 'centre code, e.g. vk-antwerpen')
    .option('--team <name...>', 'team name(s) within the centre')
    .option('--password-stdin', 'read the password from standard input (else SCHAKEL_NEW_PASSWORD)')
    .description('Create a user; 2FA enrolment is asked at first sign-in')
    .action(async (o: { email: string; name: string; role: string; centre: string; team?: string[]; passwordStdin?: boolean }) => {
      if (!roles.includes(o.role as Role)) throw new CliError(`--role must be one of ${roles.join(', ')}.`);
      const password = o.passwordStdin ? (await readStdin()).trim() : process.env.SCHAKEL_NEW_PASSWORD;
      if (!password) throw new CliError('Give the password on standard input (--password-stdin) or in SCHAKEL_NEW_PASSWORD; never as an argument.');
      await withDatabase(async (database) => {
        const [centre] = await database.db.select().from(centres).where(eq(centres.code, o.centre));
        if (!centre) throw new CliError(`No centre with code ${o.centre}.`);
        const centreTeams = await database.db.select().from(teams).where(eq(teams.centreId, centre.id));
        const teamIds = (o.team ?? []).map((name) => {
          const t = centreTeams.find((x) => x.name === name);
          if (!t) throw new CliError(`No team "${name}" in ${o.centre}.`);
          return t.id;
        });
        const created = await createUser(systemCtx(database.db, 'cli user create'), { email: o.email, displayName: o.name, role: o.role as Role, centreId: centre.id, teamIds, password }).catch(explain);
        console.log(`Created ${created.email} (${created.role}, ${centre.code}).`);
      });
    });

  user
    .command('disable <email>')
    .description('Disable a user and end their sessions')
    .action(async (email: string) => {
      await withDatabase(async (database) => {
        const u = await findUser(database, email);
        await inTransaction(systemCtx(database.db, 'cli user disable'), async ({ tx, audit }) => {
          await tx.update(users).set({ disabledAt: new Date() }).where(eq(users.id, u.id));
          await revokeUserSessions(tx, u.id);
          audit({ action: 'user.disable', recordType: 'user', recordId: u.id, centreId: u.centreId });
        });
        console.log(`Disabled ${u.email}.`);
      });
    });

  user
    .command('reset-mfa <email>')
    .description('Remove the second factor; the user enrols again at next sign-in')
    .action(async (email: string) => {
      await withDatabase(async (database) => {
        const u = await findUser(database, email);
        await resetMfaOf(systemCtx(database.db, 'cli user reset-mfa'), u);
        console.log(`Two-factor authentication reset for ${u.email}.`);
      });
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
