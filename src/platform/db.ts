// One database interface over two engines: PGlite (embedded, the laptop default) and PostgreSQL
// (production). Code above this file sees only `Db`/`Tx` from Drizzle's shared pg-core types and
// never knows which engine runs underneath.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';

// No relational schema: repositories write explicit queries (one function per query).
type NoSchema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, NoSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, NoSchema, ExtractTablesWithRelations<NoSchema>>;
/** Anything queries can run on: the database itself or an open transaction. */
export type Queryable = Db | Tx;
export type EngineKind = 'pglite' | 'postgres';

export interface Database {
  kind: EngineKind;
  db: Db;
  /** The raw PGlite instance (embedded only): used for snapshots in tests and backups. */
  pglite?: PGlite;
  /** The raw pool (PostgreSQL only): used by pg-boss and LISTEN/NOTIFY. */
  pool?: pg.Pool;
  /**
   * PostgreSQL only: a few connections whose sessions tell the planner to use indexes, for the
   * name search (see search.service.ts). Setting that per transaction cost three round trips more
   * than the search itself. On PGlite (one connection) the search sets it per transaction.
   */
  indexFirst?: Db;
  close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm };

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const load = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
  const lite = options.dataDir
    ? new PGlite(options.dataDir, { extensions: pgliteExtensions, ...load })
    : new PGlite({ extensions: pgliteExtensions, ...load });
  await lite.waitReady;
  const db = drizzlePglite(lite) as unknown as Db;
  return { kind: 'pglite', db, pglite: lite, close: () => lite.close() };
}

/** The planner settings of the `indexFirst` connections, also set per transaction where there are none. */
export const INDEX_FIRST_SETTINGS = { enable_seqscan: 'off', jit: 'off', max_parallel_workers_per_gather: '0' } as const;
/** The same as a connection's `options` (libpq's -c flags). */
export const INDEX_FIRST_OPTIONS = Object.entries(INDEX_FIRST_SETTINGS).map(([name, value]) => `-c ${name}=${value}`).join(' ');

export async function openPostgres(url: string, options: { max?: number; indexFirstMax?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 20 });
  const indexFirstPool = new pg.Pool({ connectionString: url, max: options.indexFirstMax ?? 4, options: INDEX_FIRST_OPTIONS });
  // A pool error (e.g. the server restarting) must not crash the process: the next query reconnects.
  for (const p of [pool, indexFirstPool]) p.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const db = drizzleNodePg(pool) as unknown as Db;
  const indexFirst = drizzleNodePg(indexFirstPool) as unknown as Db;
  return { kind: 'postgres', db, pool, indexFirst, close: async () => void (await Promise.all([pool.end(), indexFirstPool.end()])) };
}

export async function openDatabase(config: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite({ dataDir: `${config.dataDir}/pglite` });
}

/** Rows of a raw SQL statement, with the same shape on both engines. */
export async function rows<T>(q: Queryable, statement: SQL): Promise<T[]> {
  const result: unknown = await q.execute(statement);
  return (result as { rows: T[] }).rows;
}

export async function one<T>(q: Queryable, statement: SQL): Promise<T | undefined> {
  return (await rows<T>(q, statement))[0];
}

/**
 * A correlated subquery to select as a field. In a select from one table, Drizzle writes the
 * columns that are direct parts of a field's SQL without their table's name; a subquery's column
 * then binds to the subquery's own table ("case_id" = "id" compared a person's case with the
 * person's own id). One level deeper, the columns keep their table's name.
 */
export const correlated = <T>(fragment: SQL<T>): SQL<T> => sql<T>`${fragment}`;

export { sql };
