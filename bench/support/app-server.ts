// The real application on loopback in its own process, for benchmarks that measure through HTTP.
// Started by an orchestrator with BENCH_APP_SERVER={"url","secret"}; answers `{"do":"rss"}` with
// its memory as it is (under load) and `{"do":"memory"}` with its memory after a collection.
// BENCH_CPU_PROF=<dir> writes a CPU profile of the server there.
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { openPostgres } from '../../src/platform/db.js';
import { commands, memoryAfterGc, profileUntilStopped, reply } from './processes.js';

export interface AppServerOptions {
  url: string;
  secret: string;
  /** Connections in the server's pool. */
  poolSize: number;
}

async function main(options: AppServerOptions): Promise<void> {
  const database = await openPostgres(options.url, { max: options.poolSize });
  const config = { ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SCHAKEL_SECRET_KEY: options.secret, SCHAKEL_DATA_DIR: tmpdir() }), jobs: false };
  const app = await buildApp({ config, database, secretKey: options.secret });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  profileUntilStopped(process.env.BENCH_CPU_PROF, 'app-server');
  reply({ port: typeof address === 'object' && address ? address.port : 0 });
  commands((command) => {
    if (command.do === 'memory') reply(memoryAfterGc());
    if (command.do === 'rss') reply({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed });
  });
  process.stdin.once('end', () => {
    void app
      .close()
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(JSON.parse(process.env.BENCH_APP_SERVER!) as AppServerOptions);
