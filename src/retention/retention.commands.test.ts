// `schakel retention run [--dry-run]` driven in-process on an embedded database of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliFolder, schakel, type CliFolder } from '../../test/support/cli.js';
import { openPglite, rows, sql } from '../platform/db.js';

let folder: CliFolder;
beforeAll(async () => {
  folder = await cliFolder('schakel-retention-');
}, 120_000);
afterAll(() => folder.remove());

describe('schakel retention run', () => {
  it('records a dry run only with --dry-run, and a dry run followed by its purge without', { timeout: 120_000 }, async () => {
    const dry = await schakel('retention', 'run', '--dry-run');
    expect(dry).toMatch(/^Dry run [0-9a-f-]{36} /);
    expect(dry).toMatch(/case_file\s+240 months .* cases 0 {2}records 0/);
    expect(dry).not.toContain('Purged');
    expect(await schakel('retention', 'run')).toMatch(/Purged, run [0-9a-f-]{36}:\n {2}mano_track/);
    const database = await openPglite({ dataDir: folder.pgliteDir });
    try {
      expect((await rows<{ mode: string }>(database.db, sql`SELECT mode FROM retention_runs ORDER BY ran_at, mode`)).map((r) => r.mode)).toEqual(['dry_run', 'dry_run', 'purge']);
    } finally {
      await database.close();
    }
  });
});
