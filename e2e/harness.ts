// Starts the real Schakel server (embedded database, demo data, built UI) on a free port for
// browser tests, in this process, so tests can also prepare data directly.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../src/access/permissions.js';
import { createUser } from '../src/access/users.service.js';
import { centres, teams } from '../src/access/access.tables.js';
import { loadConfig } from '../src/platform/config.js';
import type { Db } from '../src/platform/db.js';
import { systemCtx } from '../src/platform/context.js';
import { startServer } from '../src/server.js';
import { eq } from 'drizzle-orm';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface TestServer {
  url: string;
  demoLogins: { email: string; password: string; role: string; centre: string }[];
  /** The server's own database, for a spec that must prepare what the UI cannot make. */
  db: Db;
  createStaffUser(role: Role, centreCode?: string): Promise<{ email: string; password: string }>;
  close(): Promise<void>;
}

/** Builds the UI once if web/dist is missing (CI builds it before the browser suite). */
async function ensureUiBuilt(): Promise<void> {
  if (existsSync(join(root, 'web/dist/index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'warn' });
}

let staffCounter = 0;

export async function startTestServer(): Promise<TestServer> {
  await ensureUiBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'schakel-e2e-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SCHAKEL_DATA_DIR: dataDir, PORT: '0' }),
    jobs: false,
  };
  const server = await startServer(config, { demo: true });
  const db = server.database.db;
  return {
    url: server.url,
    demoLogins: server.demoLogins ?? [],
    db,
    async createStaffUser(role: Role, centreCode = 'vk-antwerpen') {
      const [centre] = await db.select().from(centres).where(eq(centres.code, centreCode));
      const [team] = await db.select().from(teams).where(eq(teams.centreId, centre!.id));
      staffCounter += 1;
      const email = `${role}.staff${staffCounter}@e2e.schakel.be`;
      const password = `e2e staff password ${staffCounter}`;
      await createUser(systemCtx(db, 'e2e'), {
        email,
        displayName: `E2E ${role} ${staffCounter}`,
        role,
        centreId: centre!.id,
        teamIds: team ? [team.id] : [],
        password,
      });
      return { email, password };
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
