// The demo case work hangs together: it goes through the real services, so each VK shows
// assessments, plans, decisions, referrals and MANO tracks that the screens can open.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.js';
import { staffIn } from '../cases/cases.fixtures.js';
import { seedCaseDemo } from '../cases/seed/demo-cases.seed.js';
import { pdfText } from '../mano/pdf-text.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { seedCaseworkDemo, type CaseworkDemoFigures } from './casework-demo.seed.js';

const t = useTestApp({ reset: false });
let figures: CaseworkDemoFigures;
beforeAll(async () => {
  await seedOrganisation(t.database.db);
  await staffIn(t, 'team_lead');
  await staffIn(t, 'caseworker');
  await seedCaseDemo(t.database.db, { reportsPerCentre: 120 });
  await seedPartnerDirectory(t.database.db);
  figures = await seedCaseworkDemo(t.database.db, { perCentre: 2 });
}, 180_000);

describe('demo case work', () => {
  it('gives every VK assessed and planned cases and MANO tracks', async () => {
    expect(figures).toEqual({ assessed: 6 * 2, manoTracks: 6 * 2 });
    const [counts] = await rows<Record<string, number>>(
      t.database.db,
      sql`SELECT (SELECT count(*)::int FROM ace_screenings) AS ace, (SELECT count(*)::int FROM safety_assessments) AS assessments,
                 (SELECT count(DISTINCT scorer_kind)::int FROM safety_scale_scores) AS scorer_kinds, (SELECT count(*)::int FROM case_doubts WHERE resolved_at IS NULL) AS open_doubts,
                 (SELECT count(*)::int FROM safety_plans) AS plans, (SELECT count(*)::int FROM recovery_plan_shares) AS shares,
                 (SELECT count(*)::int FROM referrals WHERE status = 'waiting') AS waiting_referrals, (SELECT count(*)::int FROM team_decisions) AS decisions,
                 (SELECT count(*)::int FROM mano_tracks WHERE status = 'open') AS open_mano, (SELECT count(*)::int FROM mano_letters WHERE status = 'draft') AS letters,
                 (SELECT count(*)::int FROM disclosures) AS disclosures`,
    );
    expect(counts).toMatchObject({ ace: 12, assessments: 12, scorer_kinds: 3, open_doubts: 18, plans: 12, shares: 12, waiting_referrals: 12, letters: 6, open_mano: 6 });
    // A referral and a shared recovery plan per assessed case: two disclosures each, no others.
    expect(counts!.disclosures).toBe(24);
    expect(counts!.decisions).toBe(12 + 6 * 3);
  });

  it('writes MANO letters without the reporter of the case', async () => {
    const letters = await rows<{ pdf: Uint8Array; names: string[] }>(
      t.database.db,
      sql`SELECT l.pdf, array(SELECT rp.name FROM case_reporters rp JOIN case_reports r ON r.id = rp.report_id WHERE r.case_id = l.case_id AND rp.name <> '') AS names FROM mano_letters l`,
    );
    expect(letters).toHaveLength(6);
    for (const letter of letters) {
      const text = pdfText(Buffer.from(letter.pdf));
      expect(text).toContain('Geachte procureur des Konings');
      for (const name of letter.names) expect(text).not.toContain(name);
    }
  });
});
