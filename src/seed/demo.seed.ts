// Demo data for `npm start`: the organisation and one demo user per role per centre, exempt from
// 2FA and visibly labelled "demo". Later capabilities add their own demo records here.
import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { centres, teams } from '../access/access.tables.js';
import { roles, type Role } from '../access/permissions.js';
import { createUser } from '../access/users.service.js';
import { seedCaseDemo } from '../cases/seed/demo-cases.seed.js';
import { seedChatDemo } from '../chat/chat.seed.js';
import { seedConsultDemo } from '../consult/consult-demo.seed.js';
import { seedMonitoringDemo } from '../monitoring/monitoring.seed.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { systemCtx } from '../platform/context.js';
import { seedRetentionDemo } from '../retention/retention-demo.seed.js';
import type { Db } from '../platform/db.js';
import { seedCaseworkDemo } from '../teamwork/casework-demo.seed.js';
import { centreSeeds } from './organisation.js';

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  centre: string;
}

const firstNames = ['Lotte', 'Jens', 'Fatima', 'Wout', 'Noor', 'Pieter', 'Elif', 'Sanne', 'Yusuf', 'Hanne', 'Bram', 'Amina', 'Lieze', 'Thomas', 'Ines', 'Kobe'];
const lastNames = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Aydin', 'El Amrani', 'Vermeulen', 'Dubois', 'Hermans', 'Lambrechts'];

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(centres);
  return (row?.n ?? 0) === 0;
}

/** Creates the organisation (idempotent per centre code). */
export async function seedOrganisation(db: Db): Promise<void> {
  for (const c of centreSeeds) {
    const [centre] = await db
      .insert(centres)
      .values({ code: c.code, name: c.name, kind: c.kind, province: c.province })
      .onConflictDoNothing()
      .returning();
    if (centre) await db.insert(teams).values(c.teams.map((name) => ({ centreId: centre.id, name })));
  }
}

export async function seedDemo(db: Db): Promise<DemoLogin[]> {
  await seedOrganisation(db);
  // One password per demo installation, never a well-known one: demo data can end up on a
  // reachable machine.
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const ctx = systemCtx(db, 'seed --demo');
  const logins: DemoLogin[] = [];
  const allCentres = await db.select().from(centres);
  const allTeams = await db.select().from(teams);
  let n = 0;
  for (const seed of centreSeeds) {
    const centre = allCentres.find((c) => c.code === seed.code)!;
    const centreTeams = allTeams.filter((t) => t.centreId === centre.id);
    for (const role of roles) {
      const email = `${role.replace('_', '-')}.${seed.code}@demo.schakel.be`;
      const name = `${firstNames[n % firstNames.length]} ${lastNames[(n * 7) % lastNames.length]}`;
      n += 1;
      const inTeam = role === 'caseworker' || role === 'team_lead' || role === 'counsellor';
      await createUser(ctx, {
        email,
        displayName: name,
        role,
        centreId: centre.id,
        teamIds: inTeam && centreTeams[0] ? [centreTeams[0].id] : [],
        password,
        isDemo: true,
      });
      logins.push({ email, password, role, centre: seed.code });
    }
  }
  await seedCaseDemo(db);
  await seedPartnerDirectory(db);
  await seedCaseworkDemo(db);
  await seedConsultDemo(db);
  await seedRetentionDemo(db);
  await seedChatDemo(db);
  await seedMonitoringDemo(db);
  return logins;
}
