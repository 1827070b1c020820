// One Schakel server process for the chat benchmark: the real application (buildApp) on loopback.
// With `prepare` it also fills the database first (a chat centre that is always open, counsellors,
// and one active conversation per child, PER_COUNSELLOR to a counsellor) and hands back the plan.
// Answers `{"do":"memory"}` with its own memory after a collection.
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { createUser } from '../../src/access/users.service.js';
import { buildApp } from '../../src/app.js';
import { ChatSecrets } from '../../src/chat/chat-secrets.js';
import { alwaysOpenHours, defaultChatSettings } from '../../src/chat/chat-settings.js';
import { chatConversations, chatPresence, chatSettings } from '../../src/chat/chat.tables.js';
import { chatCentreId, startConversation } from '../../src/chat/conversation.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { systemCtx } from '../../src/platform/context.js';
import { openPglite, openPostgres, type Database } from '../../src/platform/db.js';
import { runMigrations } from '../../src/platform/migrate.js';
import { seedOrganisation } from '../../src/seed/demo.seed.js';
import { profileUntilStopped } from '../support/processes.js';
import { commands, memoryAfterGc, PER_COUNSELLOR, reply, type Plan } from './plan.js';

export interface ServerOptions {
  /** PostgreSQL database (already migrated); none: an embedded PGlite in this process. */
  url?: string;
  prepare: boolean;
  clients: number;
  secret: string;
}

async function prepare(database: Database, clients: number, secret: string): Promise<Omit<Plan, 'childSocket' | 'consoleHttp'>> {
  const db = database.db;
  await seedOrganisation(db);
  const centreId = (await chatCentreId(db))!;
  await db.insert(chatSettings).values({ centreId, settings: { ...defaultChatSettings, openingHours: alwaysOpenHours } });
  const counsellors = [];
  const ids: string[] = [];
  for (let i = 0; i < Math.ceil(clients / PER_COUNSELLOR); i++) {
    const login = { email: `bench.${i}.${randomUUID().slice(0, 8)}@bench.schakel.be`, password: `bench password ${randomUUID()}` };
    // Demo accounts sign in without a second factor, which a load test cannot type.
    const user = await createUser(systemCtx(db), { ...login, displayName: `Bench ${i}`, role: 'counsellor', centreId, teamIds: [], isDemo: true });
    ids.push(user.id);
    counsellors.push(login);
  }
  await db.insert(chatPresence).values(ids.map((userId) => ({ userId, centreId, status: 'available' as const, capacity: PER_COUNSELLOR, seenAt: new Date() })));
  const secrets = new ChatSecrets(secret);
  const tokens: string[] = [];
  for (let i = 0; i < clients; i++) {
    const { token, conversation } = await startConversation(db, secrets, { urgency: 1, locale: 'nl-BE' });
    await db.update(chatConversations).set({ status: 'active', counsellorId: ids[Math.floor(i / PER_COUNSELLOR)]!, takenAt: new Date() }).where(eq(chatConversations.id, conversation.id));
    tokens.push(token);
  }
  return { tokens, counsellors };
}

async function main(options: ServerOptions): Promise<void> {
  const database = options.url ? await openPostgres(options.url, { max: 20 }) : await openPglite({});
  if (!options.url) await runMigrations(database);
  const plan = options.prepare ? await prepare(database, options.clients, options.secret) : undefined;
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SCHAKEL_SECRET_KEY: options.secret, SCHAKEL_DATA_DIR: tmpdir() }), jobs: false };
  const app = await buildApp({ config, database, secretKey: options.secret });
  await app.listen({ port: 0, host: '127.0.0.1' });
  profileUntilStopped(process.env.CHAT_BENCH_CPU_PROF, `chat-server-${options.prepare ? 'a' : 'b'}`);
  const address = app.server.address();
  reply({ port: typeof address === 'object' && address ? address.port : 0, plan, engine: database.kind });
  commands((command) => {
    if (command.do === 'memory') reply(memoryAfterGc());
  });
  process.stdin.once('end', () => {
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(JSON.parse(process.env.CHAT_BENCH_SERVER!) as ServerOptions);
