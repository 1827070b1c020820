// `schakel retention run [--dry-run]` driven in-process on an embedded database of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliFolder, schakel, type CliFolder } from '../../test/support/cli.js';
import { handoffReasonDaysAgo } from '../handoff/handoff.test-support.js';
import { openPglite, rows, sql } from '../platform/db.js';

let folder: CliFolder;
beforeAll(async () => {
  // A hand-off reason past the hotline's 90 days, and one still within them.
  folder = await cliFolder('schakel-retention-', async (database) => {
    await handoffReasonDaysAgo(database, 91);
    await handoffReasonDaysAgo(database, 10);
  });
}, 120_000);
afterAll(() => folder.remove());

describe('schakel retention run', () => {
  it('does what the daily job does: a dry run only with --dry-run; without, its purge and the hand-off reasons', { timeout: 120_000 }, async () => {
    const reasons = async () => {
      const database = await openPglite({ dataDir: folder.pgliteDir });
      try {
        return (await rows<{ basis_reason: string }>(database.db, sql`SELECT basis_reason FROM contact_handoffs ORDER BY handed_off_at`)).map((r) => r.basis_reason === '');
      } finally {
        await database.close();
      }
    };
    const dry = await schakel('retention', 'run', '--dry-run');
    expect(dry).toMatch(/^Dry run [0-9a-f-]{36} /);
    expect(dry).toMatch(/case_file\s+240 months .* cases 0 {2}records 0/);
    expect(dry).not.toContain('Purged');
    expect(dry).toContain('Hand-off reasons past their period: 1');
    expect(await reasons()).toEqual([false, false]);

    const run = await schakel('retention', 'run');
    expect(run).toMatch(/Purged, run [0-9a-f-]{36}:\n {2}mano_track/);
    expect(run).toContain('Hand-off reasons emptied: 1');
    // The old one emptied, the recent one kept.
    expect(await reasons()).toEqual([true, false]);
    const database = await openPglite({ dataDir: folder.pgliteDir });
    try {
      expect((await rows<{ mode: string }>(database.db, sql`SELECT mode FROM retention_runs ORDER BY ran_at, mode`)).map((r) => r.mode)).toEqual(['dry_run', 'dry_run', 'purge']);
      expect((await rows<{ route: string }>(database.db, sql`SELECT route FROM audit_events WHERE action = 'retention.handoff_reasons_emptied'`)).map((r) => r.route)).toEqual(['cli retention']);
    } finally {
      await database.close();
    }
  });
});
