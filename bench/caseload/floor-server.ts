// The floor under the case-load benchmark's HTTP figures: the least a Node HTTP server on this
// stack does for the same question (Fastify, one pooled connection, the bare statement, its rows
// written as JSON), without sign-in, access rules, audit or response schemas. Between bare SQL
// and the application, it shows which part of the difference is the HTTP layer itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import pg from 'pg';
import { INDEX_FIRST_OPTIONS } from '../../src/platform/db.js';
import { commands, reply } from '../support/processes.js';
import { bareCaseFile, bareSearch, type Load } from './workload.js';

async function main(load: Load): Promise<void> {
  const plain = new pg.Pool({ connectionString: load.databaseUrl, max: 20 });
  const indexFirst = new pg.Pool({ connectionString: load.databaseUrl, max: 4, options: INDEX_FIRST_OPTIONS });
  const app = Fastify();
  app.get<{ Params: { id: string } }>('/case/:id', async (request, res) => {
    const { rows } = await plain.query(bareCaseFile, [request.params.id]);
    return res.type('application/json').send(JSON.stringify(rows[0] ?? null));
  });
  app.get<{ Querystring: { user: string; name: string } }>('/search', async (request, res) => {
    const worker = load.workers[Number(request.query.user) % load.workers.length]!;
    const { rows } = await indexFirst.query(bareSearch(request.query.name, worker));
    return res.type('application/json').send(JSON.stringify(rows));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  reply({ port: typeof address === 'object' && address ? address.port : 0 });
  commands(() => undefined);
  process.stdin.once('end', () => {
    void app
      .close()
      .then(() => Promise.all([plain.end(), indexFirst.end()]))
      .finally(() => process.exit(0));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(JSON.parse(readFileSync(process.env.CASELOAD_PLAN!, 'utf8')) as Load);
