// The demo case work hangs together: it goes through the real services, so each VK shows
// assessments, plans, decisions, referrals and MANO tracks that the screens can open.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { staffIn } from '../cases/cases.fixtures.js';
import { seedCaseDemo } from '../cases/seed/demo-cases.seed.js';
import { seedConsultDemo } from '../consult/consult-demo.seed.js';
import { pdfText } from '../mano/pdf-text.js';
import { seedRetentionDemo } from '../retention/retention-demo.seed.js';
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
  // A second VK's lead (seedDemo gives every VK one): holds are set by the team's lead.
  await staffIn(t, 'team_lead', 'vk-limburg');
  consults = await seedConsultDemo(t.database.db);
  holds = await seedRetentionDemo(t.database.db);
}, 240_000);
let consults = 0;
let holds = 0;

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

describe('demo advice and retention', () => {
  it('gives each VK a handful of closed consult requests, advised or not, closed at different times', async () => {
    expect(consults).toBe(6 * 5);
    const perCentre = await rows<{ code: string; closed: number; advised: number; dates: number; channels: number; open: number }>(
      t.database.db,
      sql`SELECT ce.code, count(*) FILTER (WHERE r.status = 'closed' AND r.closed_at < now() - interval '7 days')::int AS closed,
                 count(*) FILTER (WHERE EXISTS (SELECT 1 FROM consult_advice a WHERE a.request_id = r.id AND a.given_at < r.closed_at))::int AS advised,
                 count(DISTINCT r.closed_at::date)::int AS dates, count(DISTINCT r.channel)::int AS channels, count(*) FILTER (WHERE r.closed_at IS NULL)::int AS open
          FROM consult_requests r JOIN centres ce ON ce.id = r.centre_id GROUP BY ce.code ORDER BY ce.code`,
    );
    expect(perCentre).toHaveLength(6);
    for (const c of perCentre) expect(c).toEqual({ code: c.code, closed: 5, advised: 3, dates: 5, channels: 3, open: 0 });
  });

  it('puts a closed case on hold in each VK with a lead, with a reason and who set it, for the DPO to see', async () => {
    expect(holds).toBe(2);
    const held = await rows<{ status: string; reason: string; role: string; same_centre: boolean }>(
      t.database.db,
      sql`SELECT c.status, h.reason, u.role, u.centre_id = c.centre_id AS same_centre FROM retention_holds h JOIN cases c ON c.id = h.case_id JOIN users u ON u.id = h.set_by`,
    );
    expect(held).toHaveLength(2);
    for (const h of held) expect(h).toMatchObject({ status: 'closed', role: 'team_lead', same_centre: true, reason: expect.stringMatching(/\S{10}/) });
    const dpo = await signedIn(t, 'dpo', 'vk-limburg');
    const list = (await dpo.agent.get('/api/retention/holds')).json<{ holds: { reason: string; setBy: { name: string } }[] }>().holds;
    expect(list).toHaveLength(1);
    expect(list[0]!.setBy.name).not.toBe('');
  });
});
