// The DPO's list of case files on retention hold: case number, reason, when and by whom; no names
// of the child or family; only the DPO's own centre; the read audited without the reasons.
import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase } from '../teamwork/case-team.fixtures.js';
import { closeYearsAgo } from './retention.fixtures.js';

const t = useTestApp();

interface HeldCase {
  caseId: string;
  caseNumber: string;
  reason: string;
  setAt: string;
  setBy: { id: string; name: string };
}

describe('GET /api/retention/holds', () => {
  it('lists the centre’s held case files by number, without the family, and audits the read', { timeout: 60_000 }, async () => {
    const held = await assignedCase(t);
    const notHeld = await assignedCase(t);
    await closeYearsAgo(t, held, 1);
    expect((await held.lead.agent.post(`/api/cases/${held.caseId}/retention-hold`, { reason: 'Rechtszaak over de omgangsregeling loopt nog' })).statusCode).toBe(200);
    const [file] = await rows<{ number: string }>(t.database.db, sql`SELECT number FROM cases WHERE id = ${held.caseId}`);

    const dpo = await signedIn(t, 'dpo');
    const res = await dpo.agent.get('/api/retention/holds');
    expect(res.statusCode, res.body).toBe(200);
    const holds = res.json<{ holds: HeldCase[] }>().holds;
    expect(holds).toEqual([{ caseId: held.caseId, caseNumber: file!.number, reason: 'Rechtszaak over de omgangsregeling loopt nog', setAt: expect.any(String), setBy: { id: held.lead.user.id, name: held.lead.user.displayName } }]);
    expect(holds.map((h) => h.caseId)).not.toContain(notHeld.caseId);
    expect(res.body).not.toContain(held.child.firstName);

    const admin = await signedIn(t, 'admin');
    expect((await admin.agent.get('/api/retention/holds')).json<{ holds: HeldCase[] }>().holds).toHaveLength(1);
    expect((await (await signedIn(t, 'dpo', 'vk-limburg')).agent.get('/api/retention/holds')).json<{ holds: HeldCase[] }>().holds).toEqual([]);
    for (const role of ['analyst', 'team_lead', 'caseworker'] as const) expect((await (await signedIn(t, role)).agent.get('/api/retention/holds')).statusCode).toBe(403);

    const events = await rows<{ actor_id: string; details: unknown }>(t.database.db, sql`SELECT actor_id, details FROM audit_events WHERE action = 'retention.list_holds' ORDER BY seq`);
    expect(events[0]).toEqual({ actor_id: dpo.user.id, details: { count: 1 } });
    expect(JSON.stringify(events)).not.toContain('Rechtszaak');
  });
});
