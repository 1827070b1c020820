import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.js';
import { brusselsDaysAgo } from '../../test/support/dates.js';
import { assignedCase, expectRefused, outsiders } from '../teamwork/case-team.fixtures.js';

const t = useTestApp();

const inDays = (days: number) => brusselsDaysAgo(-days);
const R1 = '11111111-1111-4111-8111-111111111111';
const R2 = '22222222-2222-4222-8222-222222222222';

interface Plan {
  id: string;
  version: number;
  currentNumber: number;
  reviewState: string;
  nextReviewOn: string;
  status: string;
  current: { number: number; rules: { id: string; rule: string }[]; network: { id: string; name: string; ruleIds: string[] }[]; signatures: { signerLabel: string; agrees: boolean }[] };
  versions: { number: number; signatures: number }[];
  reviews: { outcome: string }[];
}

const firstPlan = (reviewOn: string) => ({
  rules: [
    { id: R1, rule: 'Noor is nooit alleen met de partner van mama.' },
    { id: R2, rule: 'Na school gaat Noor naar oma tot mama thuis is.' },
  ],
  network: [{ name: 'Oma Maria', relation: 'oma', checks: 'Haalt Noor op en belt mama elke avond.', ruleIds: [R2] }],
  reviewOn,
  changeNote: 'Eerste plan, opgemaakt met mama en oma.',
});

describe('the safety plan', () => {
  it('keeps every version, shows what changed, records the family’s consent per version and never overwrites unseen', async () => {
    const { caseId, worker, member, child } = await assignedCase(t);
    const created = await worker.agent.post(`/api/cases/${caseId}/safety-plan`, firstPlan(inDays(14)));
    expect(created.statusCode, created.body).toBe(201);
    let plan = created.json<Plan>();
    expect(plan).toMatchObject({ currentNumber: 1, reviewState: 'scheduled', version: 1 });
    expect((await worker.agent.post(`/api/cases/${caseId}/safety-plan`, firstPlan(inDays(14)))).json<{ code: string }>().code).toBe('plan_exists');

    const signed = await worker.agent.post(`/api/cases/${caseId}/safety-plan/versions/1/signatures`, { signerLabel: 'mama', signerRole: 'parent', agrees: true, method: 'signed_on_paper' });
    expect(signed.statusCode, signed.body).toBe(201);
    await worker.agent.post(`/api/cases/${caseId}/safety-plan/versions/1/signatures`, { signerLabel: 'Noor', signerRole: 'child', personId: child.id, agrees: true, method: 'verbal', remark: 'Noor tekende een hartje.' });

    const oma = plan.current.network[0]!;
    const second = await member.agent.post(`/api/cases/${caseId}/safety-plan/versions`, {
      version: plan.version,
      rules: [{ id: R1, rule: 'Noor is nooit alleen met de partner van mama, ook niet even.' }, { rule: 'Mama belt de VK als de partner gedronken heeft.' }],
      network: [{ id: oma.id, name: 'Oma Maria', relation: 'oma', checks: 'Belt mama elke avond.', ruleIds: [R1] }],
      reviewOn: inDays(5),
      changeNote: 'Oma haalt niet meer op; nieuwe afspraak over drinken.',
    });
    expect(second.statusCode, second.body).toBe(201);
    plan = second.json<Plan>();
    expect(plan).toMatchObject({ currentNumber: 2, reviewState: 'due', version: 2 });
    expect(plan.versions.map((v) => [v.number, v.signatures])).toEqual([[1, 2], [2, 0]]);
    expect(plan.current.signatures).toEqual([]);

    const stale = await worker.agent.post(`/api/cases/${caseId}/safety-plan/versions`, { version: 1, ...firstPlan(inDays(30)) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string; message: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['network', 'reviewOn', 'rules']);

    const diff = await worker.agent.get(`/api/cases/${caseId}/safety-plan/diff?from=1&to=2`);
    expect(diff.statusCode, diff.body).toBe(200);
    const d = diff.json<{ rules: { added: { rule: string }[]; removed: { id: string }[]; changed: { id: string; fields: string[] }[] }; network: { changed: { fields: string[] }[] }; reviewOn: unknown }>();
    expect(d.rules.added.map((r) => r.rule)).toEqual(['Mama belt de VK als de partner gedronken heeft.']);
    expect(d.rules.removed.map((r) => r.id)).toEqual([R2]);
    expect(d.rules.changed).toEqual([expect.objectContaining({ id: R1, fields: ['rule'] })]);
    expect(d.network.changed.map((c) => c.fields)).toEqual([['checks', 'ruleIds']]);
    expect(d.reviewOn).toEqual({ from: inDays(14), to: inDays(5) });

    const old = await worker.agent.get(`/api/cases/${caseId}/safety-plan/versions/1`);
    expect(old.json<{ rules: { rule: string }[]; signatures: unknown[] }>().signatures).toHaveLength(2);
    const lateSignature = await worker.agent.post(`/api/cases/${caseId}/safety-plan/versions/1/signatures`, { signerLabel: 'papa', signerRole: 'parent', agrees: false, method: 'verbal' });
    expect(lateSignature.json<{ code: string }>().code).toBe('plan_sign_current_only');
    const refused = await worker.agent.post(`/api/cases/${caseId}/safety-plan/versions/2/signatures`, { signerLabel: 'papa', signerRole: 'parent', agrees: false, method: 'verbal', remark: 'Papa is het niet eens met de afspraak over drinken.' });
    expect(refused.json<Plan>().current.signatures).toEqual([expect.objectContaining({ signerLabel: 'papa', agrees: false })]);

    const timeline = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ timeline: { kind: string }[] }>().timeline.map((e) => e.kind).filter((k) => k.startsWith('safety_plan'));
    expect(timeline).toEqual(['safety_plan.created', 'safety_plan.signed', 'safety_plan.signed', 'safety_plan.revised', 'safety_plan.consent_refused']);
  });

  it('refuses network members who check rules that are not in the plan', async () => {
    const { caseId, worker } = await assignedCase(t);
    const body = firstPlan(inDays(14));
    body.network[0]!.ruleIds = ['33333333-3333-4333-8333-333333333333'];
    const res = await worker.agent.post(`/api/cases/${caseId}/safety-plan`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['network.0.ruleIds']);
  });
});

describe('reviews that fall due', () => {
  it('shows a due review on the list of the worker and members, not of others, and moves it on after the review', async () => {
    const { caseId, worker, member, lead } = await assignedCase(t);
    const plan = (await worker.agent.post(`/api/cases/${caseId}/safety-plan`, firstPlan(inDays(3)))).json<Plan>();
    // A colleague's case with a review just as close: on the colleague's list, not on ours.
    const other = await assignedCase(t);
    expect((await worker.agent.post(`/api/cases/${other.caseId}/safety-plan`, firstPlan(inDays(3)))).statusCode).toBe(404);
    expect((await other.worker.agent.post(`/api/cases/${other.caseId}/safety-plan`, firstPlan(inDays(2)))).statusCode).toBe(201);
    expect((await other.worker.agent.get('/api/plans/reviews-due')).json<{ reviews: { caseId: string }[] }>().reviews.map((r) => r.caseId)).toEqual([other.caseId]);

    for (const agent of [worker.agent, member.agent]) {
      const due = await agent.get('/api/plans/reviews-due');
      expect(due.statusCode, due.body).toBe(200);
      expect(due.json<{ reviews: { caseId: string; reviewState: string }[] }>().reviews).toEqual([expect.objectContaining({ caseId, reviewState: 'due', nextReviewOn: inDays(3) })]);
    }
    // The lead sees the case, but it is not one of the lead's own cases.
    expect((await lead.agent.get('/api/plans/reviews-due')).json<{ reviews: unknown[] }>().reviews).toEqual([]);
    expect((await worker.agent.get('/api/plans/reviews-due?withinDays=1')).json<{ reviews: unknown[] }>().reviews).toEqual([]);

    const noDate = await worker.agent.post(`/api/cases/${caseId}/safety-plan/reviews`, { version: plan.version, outcome: 'continue', note: 'Afspraken lopen goed.' });
    expect(noDate.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['nextReviewOn']);
    const reviewed = await worker.agent.post(`/api/cases/${caseId}/safety-plan/reviews`, { version: plan.version, outcome: 'continue', note: 'Afspraken lopen goed.', nextReviewOn: inDays(42) });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json<Plan>()).toMatchObject({ reviewState: 'scheduled', nextReviewOn: inDays(42), reviews: [{ outcome: 'continue' }] });
    expect((await worker.agent.get('/api/plans/reviews-due')).json<{ reviews: unknown[] }>().reviews).toEqual([]);
  });
});

describe('who may see and change the safety plan', () => {
  it('hides the plan from everyone outside the case team and refuses changes to a closed case', async () => {
    const { caseId, worker } = await assignedCase(t);
    await worker.agent.post(`/api/cases/${caseId}/safety-plan`, firstPlan(inDays(3)));
    const people = await outsiders(t);
    await expectRefused(people, [
      { method: 'GET', url: `/api/cases/${caseId}/safety-plan` },
      { method: 'GET', url: `/api/cases/${caseId}/safety-plan/diff?from=1&to=1` },
      { method: 'POST', url: `/api/cases/${caseId}/safety-plan/versions/1/signatures`, body: { signerLabel: 'x', signerRole: 'parent', agrees: true, method: 'verbal' } },
    ]);
    for (const person of people.filter((p) => p.expected === 404)) {
      expect((await person.agent.get('/api/plans/reviews-due')).json<{ reviews: unknown[] }>().reviews, person.label).toEqual([]);
    }
    const version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
    await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' });
    const res = await worker.agent.post(`/api/cases/${caseId}/safety-plan/versions/1/signatures`, { signerLabel: 'mama', signerRole: 'parent', agrees: true, method: 'verbal' });
    expect(res.json<{ code: string }>().code).toBe('case_closed');
    expect((await worker.agent.get('/api/plans/reviews-due')).json<{ reviews: unknown[] }>().reviews).toEqual([]);
  });
});
