// Forward-only migrations from ./drizzle, the same files for PGlite and PostgreSQL. Several
// processes may start at once on one PostgreSQL: an advisory lock lets exactly one migrate.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { one, sql, type Database } from './db.js';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 7_270_417; // arbitrary, constant: "schakel migrate"

interface Journal {
  entries: { idx: number; tag: string }[];
}

export function migrationJournal(): Journal {
  return JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as Journal;
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.pglite) {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** The tag of the newest applied migration, or null before the first one. */
export async function appliedMigration(database: Database): Promise<string | null> {
  const row = await one<{ n: number | string }>(
    database.db,
    sql`SELECT count(*) AS n FROM drizzle.__drizzle_migrations`,
  ).catch(() => undefined);
  const applied = Number(row?.n ?? 0);
  if (applied === 0) return null;
  return migrationJournal().entries[applied - 1]?.tag ?? null;
}
