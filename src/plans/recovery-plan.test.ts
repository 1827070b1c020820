import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase, expectRefused, outsiders } from '../teamwork/case-team.fixtures.js';

const t = useTestApp({ seed: seedPartnerDirectory });

interface Plan {
  id: string;
  version: number;
  childGoals: { id: string; goal: string }[];
  actions: { id: string; ownerLabel: string; ownerKind: string }[];
  progressNotes: { body: string; shareable: boolean }[];
  shares: { partner: { id: string }; fields: string[]; disclosureId: string; version: number }[];
}

async function partnerId(name: string): Promise<string> {
  const [p] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM partners WHERE name = ${name}`);
  return p!.id;
}

async function planWithEverything() {
  const team = await assignedCase(t);
  const cgg = await partnerId('CGG Vagga');
  const created = await team.worker.agent.post(`/api/cases/${team.caseId}/recovery-plan`, {
    childGoals: [{ personId: team.child.id, goal: 'Noor kan over wat er gebeurde praten met iemand die ze vertrouwt.' }],
    familyGoals: [{ goal: 'Mama herkent wanneer spanning oploopt en vraagt tijdig hulp.', progress: 'in_progress' }],
    protectiveFactors: [{ factor: 'Oma als vaste steunfiguur', progress: 'reached' }],
    actions: [
      { what: 'Traumatherapie voor Noor', ownerKind: 'partner', ownerPartnerId: cgg, dueOn: null },
      { what: 'Maandelijks netwerkoverleg', ownerKind: 'staff', ownerUserId: team.worker.user.id },
      { what: 'Mama volgt de oudercursus', ownerKind: 'family', ownerLabel: 'mama' },
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  const plan = created.json<Plan>();
  await team.worker.agent.post(`/api/cases/${team.caseId}/recovery-plan/${plan.id}/progress`, { body: 'Noor ging drie keer naar de therapeut.', shareable: true });
  await team.worker.agent.post(`/api/cases/${team.caseId}/recovery-plan/${plan.id}/progress`, { body: 'Interne twijfel: mama minimaliseert.', shareable: false });
  return { ...team, plan, cgg };
}

describe('the recovery plan', () => {
  it('holds goals, protective factors, owned actions and progress, versioned', async () => {
    const { caseId, worker, member, plan } = await planWithEverything();
    expect(plan.actions.map((a) => [a.ownerKind, a.ownerLabel])).toEqual([['partner', 'CGG Vagga'], ['staff', worker.user.displayName], ['family', 'mama']]);
    const update = await member.agent.post(`/api/cases/${caseId}/recovery-plan/${plan.id}`, { version: 1, childGoals: [{ id: plan.childGoals[0]!.id, goal: plan.childGoals[0]!.goal, progress: 'in_progress' }] });
    expect(update.statusCode, update.body).toBe(200);
    const stale = await worker.agent.post(`/api/cases/${caseId}/recovery-plan/${plan.id}`, { version: 1, protectiveFactors: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['childGoals']);
    const read = (await worker.agent.get(`/api/cases/${caseId}/recovery-plan`)).json<{ plan: Plan }>().plan;
    expect(read.progressNotes.map((n) => n.shareable)).toEqual([true, false]);
  });

  it('refuses owners outside the case team and goals for someone who is not a child of the case', async () => {
    const { caseId, worker } = await assignedCase(t);
    const stranger = await assignedCase(t);
    const res = await worker.agent.post(`/api/cases/${caseId}/recovery-plan`, {
      childGoals: [{ personId: stranger.child.id, goal: 'x' }],
      actions: [{ what: 'y', ownerKind: 'staff', ownerUserId: stranger.worker.user.id }, { what: 'z', ownerKind: 'family' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['childGoals.0.personId', 'actions.0.ownerUserId', 'actions.1.ownerLabel']);
  });
});

describe('one family, one plan: the partner view', () => {
  it('shows a partner only the shared fields and shareable notes, and records each widening as a disclosure', async () => {
    const { caseId, worker, plan, cgg } = await planWithEverything();
    const url = `/api/cases/${caseId}/recovery-plan/${plan.id}`;
    expect((await worker.agent.get(`${url}/partner-view/${cgg}`)).statusCode).toBe(404);

    const noBasis = await worker.agent.post(`${url}/shares`, { partnerId: cgg, fields: ['childGoals'] });
    expect(noBasis.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['disclosure']);
    const shared = await worker.agent.post(`${url}/shares`, { partnerId: cgg, fields: ['childGoals', 'actions'], disclosure: { legalBasis: 'consent', reason: 'Eén gezin, één plan met de therapeut', familyInformed: true } });
    expect(shared.statusCode, shared.body).toBe(200);

    const view = await worker.agent.get(`${url}/partner-view/${cgg}`);
    expect(view.statusCode, view.body).toBe(200);
    const body = view.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(['actions', 'childGoals', 'partner', 'sharedFields', 'updatedAt']);
    expect(body.actions).toEqual([
      { what: 'Traumatherapie voor Noor', owner: 'CGG Vagga', dueOn: null, progress: 'planned' },
      { what: 'Maandelijks netwerkoverleg', owner: worker.user.displayName, dueOn: null, progress: 'planned' },
      { what: 'Mama volgt de oudercursus', owner: 'mama', dueOn: null, progress: 'planned' },
    ]);
    expect(JSON.stringify(body)).not.toContain(worker.user.id);
    expect(JSON.stringify(body)).not.toContain('Oma als vaste steunfiguur');

    // Adding progress notes widens the share: a second disclosure. The internal note stays out.
    const share = shared.json<Plan>().shares[0]!;
    const widened = await worker.agent.post(`${url}/shares`, { partnerId: cgg, version: share.version, fields: ['childGoals', 'actions', 'progressNotes'], disclosure: { legalBasis: 'consent', reason: 'Opvolging therapie', familyInformed: true } });
    expect(widened.statusCode, widened.body).toBe(200);
    const notes = (await worker.agent.get(`${url}/partner-view/${cgg}`)).json<{ progressNotes: { body: string }[] }>().progressNotes;
    expect(notes.map((n) => n.body)).toEqual(['Noor ging drie keer naar de therapeut.']);

    // Narrowing needs no disclosure; revoking removes the view.
    const narrowed = await worker.agent.post(`${url}/shares`, { partnerId: cgg, version: share.version + 1, fields: ['actions'] });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    expect(Object.keys((await worker.agent.get(`${url}/partner-view/${cgg}`)).json<object>()).sort()).toEqual(['actions', 'partner', 'sharedFields', 'updatedAt']);
    expect((await worker.agent.post(`${url}/shares`, { partnerId: cgg, version: share.version + 2, fields: [] })).statusCode).toBe(200);
    expect((await worker.agent.get(`${url}/partner-view/${cgg}`)).statusCode).toBe(404);

    const disclosures = await rows<{ legal_basis: string; source: string; information: string }>(t.database.db, sql`SELECT legal_basis, source, information FROM disclosures WHERE case_id = ${caseId} ORDER BY created_at`);
    expect(disclosures).toEqual([
      { legal_basis: 'consent', source: 'recovery_plan', information: 'Herstelplan (partnerweergave): doelen voor het kind, acties' },
      { legal_basis: 'consent', source: 'recovery_plan', information: 'Herstelplan (partnerweergave): deelbare voortgangsnotities' },
    ]);
  });

  it('keeps the plan and its partner view from everyone outside the case team', async () => {
    const { caseId, worker, plan, cgg } = await planWithEverything();
    await worker.agent.post(`/api/cases/${caseId}/recovery-plan/${plan.id}/shares`, { partnerId: cgg, fields: ['actions'], disclosure: { legalBasis: 'consent', reason: 'Samenwerking', familyInformed: true } });
    await expectRefused(await outsiders(t), [
      { method: 'GET', url: `/api/cases/${caseId}/recovery-plan` },
      { method: 'GET', url: `/api/cases/${caseId}/recovery-plan/${plan.id}/partner-view/${cgg}` },
      { method: 'POST', url: `/api/cases/${caseId}/recovery-plan/${plan.id}/progress`, body: { body: 'x' } },
    ]);
    const views = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'recovery_plan.partner_view'`);
    expect(views[0]!.n).toBe(0);
  });
});
