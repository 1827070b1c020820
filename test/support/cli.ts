// The `schakel` command line driven in-process on an embedded database folder of its own, for the
// capabilities' command tests: a fresh migrated folder as SCHAKEL_DATA_DIR, and `schakel(...)`
// returning what the command printed with console.log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { buildProgram } from '../../src/cli-program.js';
import type { Database } from '../../src/platform/db.js';
import { createPgliteFolder } from './database.js';

export interface CliFolder {
  dir: string;
  pgliteDir: string;
  /** Restores the environment and removes the folder. */
  remove(): void;
}

/** A migrated embedded database in a temporary data folder, prepared by `prepare` before use. */
export async function cliFolder(prefix: string, prepare: (database: Database) => Promise<unknown> = async () => undefined): Promise<CliFolder> {
  const saved = { ...process.env };
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.env.SCHAKEL_DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  const database = await createPgliteFolder(join(dir, 'pglite'));
  await prepare(database);
  await database.close();
  return {
    dir,
    pgliteDir: join(dir, 'pglite'),
    remove() {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function schakel(...args: string[]): Promise<string> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  try {
    await buildProgram().exitOverride().parseAsync(['node', 'schakel', ...args]);
  } finally {
    log.mockRestore();
  }
  return out.join('\n');
}
