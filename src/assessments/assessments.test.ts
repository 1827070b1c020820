import { describe, expect, it } from 'vitest';
import { useTestApp, type Agent } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase, expectRefused, outsiders } from '../teamwork/case-team.fixtures.js';
import { aceItems } from './assessments.tables.js';

const t = useTestApp();

interface Assessment {
  id: string;
  status: string;
  version: number;
  dangerStatements: { id: string; worry: string; safetyGoal: string }[];
  scale: { latest: { scorerLabel: string; score: number }[]; history: unknown[]; spread: number; disagreement: boolean };
  hints: { code: string; message: string }[];
}
interface Doubt {
  id: string;
  kind: string;
  question: string;
  resolved: boolean;
  answer: string | null;
  version: number;
}

const noAnswers = Object.fromEntries(aceItems.map((i) => [i, 'no']));
const statement = (worry: string, safetyGoal = '') => ({ worriedWho: 'de school', worry, impact: 'Noor raakt opnieuw gewond en vertrouwt volwassenen niet meer.', safetyGoal });

async function assessments(agent: Agent, caseId: string) {
  const res = await agent.get(`/api/cases/${caseId}/assessments`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ aceScreenings: { score: number; signal: boolean; interpretation: string[]; version: number }[]; safetyAssessments: Assessment[]; doubts: Doubt[] }>();
}

describe('ACE screening', () => {
  it('scores the answers, words a signal as a signal, and refuses a stale correction', async () => {
    const { caseId, worker, member, child } = await assignedCase(t);
    const recorded = await worker.agent.post(`/api/cases/${caseId}/ace-screenings`, { personId: child.id, answers: { ...noAnswers, physical_abuse: 'yes', emotional_abuse: 'yes', household_substance_abuse: 'yes', parental_separation: 'unknown' } });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const ace = recorded.json<{ id: string; score: number; signal: boolean; signalPossible: boolean; person: { name: string } }>();
    expect(ace).toMatchObject({ score: 3, signal: false, signalPossible: true, person: { name: 'Noor Janssens' } });

    const corrected = await member.agent.post(`/api/cases/${caseId}/ace-screenings/${ace.id}`, { version: 1, answers: { parental_separation: 'yes' } }, { 'accept-language': 'en' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ score: 4, signal: true, version: 2 });
    expect(corrected.json<{ interpretation: string[] }>().interpretation.join(' ')).toContain('not a judgement about the family');

    const stale = await worker.agent.post(`/api/cases/${caseId}/ace-screenings/${ace.id}`, { version: 1, note: 'Oude versie' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['answers.parental_separation']);
    expect((await assessments(worker.agent, caseId)).aceScreenings.map((a) => a.score)).toEqual([4]);
  });

  it('screens only people of this case', async () => {
    const { caseId, worker } = await assignedCase(t);
    const { child: stranger } = await assignedCase(t);
    const res = await worker.agent.post(`/api/cases/${caseId}/ace-screenings`, { personId: stranger.id, answers: noAnswers });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['personId']);
  });
});

describe('safety assessment (Signs of Safety)', () => {
  it('keeps each person’s score visible, advises on statements and goals, and completes only when whole', async () => {
    const { caseId, worker, member } = await assignedCase(t);
    const created = await worker.agent.post(`/api/cases/${caseId}/safety-assessments`, {
      harm: 'Blauwe plekken op beide armen, gezien door de leerkracht op 3 maart.',
      dangerStatements: [statement('Noor wordt thuis geslagen als mama’s partner drinkt.', 'Noor is veilig thuis, ook als er gedronken wordt.'), statement('Noor is alleen thuis na school.'), statement('Daan ziet het geweld.'), statement('Mama zegt niets uit angst.')],
      strengths: 'Mama zoekt zelf hulp; oma woont dichtbij.',
      existingSafety: 'Noor gaat na school naar oma.',
      nextSteps: [{ what: 'Huisbezoek met mama', who: 'VK', dueOn: null }],
    });
    expect(created.statusCode, created.body).toBe(201);
    let assessment = created.json<Assessment>();
    expect(assessment.hints.map((h) => h.code)).toEqual(['assessment_many_danger_statements', 'assessment_statement_without_goal', 'assessment_no_worker_score', 'assessment_no_family_score']);

    for (const [scorerKind, scorerLabel, score] of [['worker', 'Ilse (VK)', 3], ['parent', 'mama', 8], ['child', 'Noor', 4]] as const) {
      const scored = await worker.agent.post(`/api/cases/${caseId}/safety-assessments/${assessment.id}/scores`, { scorerKind, scorerLabel, score, explanation: 'Eigen woorden' });
      expect(scored.statusCode, scored.body).toBe(201);
      assessment = scored.json<Assessment>();
    }
    expect(assessment.scale).toMatchObject({ spread: 5, disagreement: true });
    expect(assessment.scale.latest.map((s) => s.scorerLabel)).toEqual(['Ilse (VK)', 'Noor', 'mama']);

    const incomplete = await worker.agent.post(`/api/cases/${caseId}/safety-assessments/${assessment.id}/complete`, { version: assessment.version });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['dangerStatements.1.safetyGoal', 'dangerStatements.2.safetyGoal', 'dangerStatements.3.safetyGoal']);

    // Three statements with a goal each; the first keeps its id (and so its history).
    const [first] = assessment.dangerStatements;
    const sharpened = await member.agent.post(`/api/cases/${caseId}/safety-assessments/${assessment.id}`, {
      version: assessment.version,
      dangerStatements: [
        { ...statement(first!.worry, first!.safetyGoal), id: first!.id },
        statement('Noor is alleen thuis na school.', 'Er is altijd een volwassene als Noor thuiskomt.'),
        statement('Daan ziet het geweld.', 'Daan groeit op zonder geweld te zien.'),
      ],
    });
    expect(sharpened.statusCode, sharpened.body).toBe(200);
    assessment = sharpened.json<Assessment>();
    expect(assessment.dangerStatements[0]!.id).toBe(first!.id);
    expect(assessment.hints.map((h) => h.code)).toEqual([]);

    const done = await worker.agent.post(`/api/cases/${caseId}/safety-assessments/${assessment.id}/complete`, { version: assessment.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', completedBy: { id: worker.user.id } });
    const late = await member.agent.post(`/api/cases/${caseId}/safety-assessments/${assessment.id}`, { version: done.json<Assessment>().version, harm: 'x' });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ code: string }>().code).toBe('assessment_completed');

    const timeline = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ timeline: { kind: string }[] }>().timeline.map((e) => e.kind);
    expect(timeline.filter((k) => k.startsWith('safety_'))).toEqual(['safety_assessment.created', 'safety_scale.scored', 'safety_scale.scored', 'safety_scale.scored', 'safety_assessment.updated', 'safety_assessment.completed']);
  });

  it('refuses an unknown statement id rather than inventing history', async () => {
    const { caseId, worker } = await assignedCase(t);
    const created = (await worker.agent.post(`/api/cases/${caseId}/safety-assessments`, { dangerStatements: [statement('x')] })).json<Assessment>();
    const res = await worker.agent.post(`/api/cases/${caseId}/safety-assessments/${created.id}`, { version: 1, dangerStatements: [{ ...statement('y'), id: '00000000-0000-4000-8000-000000000000' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['dangerStatements.0.id']);
  });
});

describe('doubts and open questions', () => {
  it('records what would resolve a doubt and, later, the answer', async () => {
    const { caseId, worker, member } = await assignedCase(t);
    const raised = await worker.agent.post(`/api/cases/${caseId}/doubts`, { kind: 'doubt', question: 'Woont de partner van mama echt niet meer in huis?', whyItMatters: 'Het gevaar hangt aan zijn aanwezigheid.', wouldResolve: 'Navraag bij de wijkagent en de school.' });
    expect(raised.statusCode, raised.body).toBe(201);
    await member.agent.post(`/api/cases/${caseId}/doubts`, { kind: 'disagreement', question: 'Is een schaalscore van 8 door mama realistisch?', wouldResolve: 'Bespreken in het teamoverleg.' });
    const doubt = raised.json<Doubt>();
    const resolved = await member.agent.post(`/api/cases/${caseId}/doubts/${doubt.id}/resolve`, { version: 1, answer: 'De wijkagent bevestigt: hij woont sinds april elders.' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ resolved: true, resolvedBy: { id: member.user.id } });
    const again = await worker.agent.post(`/api/cases/${caseId}/doubts/${doubt.id}/resolve`, { version: 2, answer: 'Nog eens.' });
    expect(again.json<{ code: string }>().code).toBe('doubt_resolved');
    const listed = (await assessments(worker.agent, caseId)).doubts;
    expect(listed.map((d) => [d.resolved, d.answer])).toEqual([[false, null], [true, 'De wijkagent bevestigt: hij woont sinds april elders.']]);
  });

  it('corrects the kind of a doubt, audited, and refuses a stale correction', async () => {
    const { caseId, worker, member } = await assignedCase(t);
    const raised = (await worker.agent.post(`/api/cases/${caseId}/doubts`, { kind: 'doubt', question: 'Gaat Noor elke dag naar school?', wouldResolve: 'Navraag bij de school.' })).json<Doubt>();
    const corrected = await worker.agent.post(`/api/cases/${caseId}/doubts/${raised.id}`, { version: 1, kind: 'open_question' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ kind: 'open_question', version: 2, question: 'Gaat Noor elke dag naar school?' });
    const audited = await rows<{ details: unknown }>(t.database.db, sql`SELECT details FROM audit_events WHERE action = 'case_doubt.update' AND record_id = ${caseId}`);
    expect(audited.map((a) => a.details)).toEqual([{ doubtId: raised.id, fields: ['kind'], doubtKind: 'open_question' }]);

    const stale = await member.agent.post(`/api/cases/${caseId}/doubts/${raised.id}`, { version: 1, kind: 'disagreement' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['kind']);
    const unknownKind = await worker.agent.post(`/api/cases/${caseId}/doubts/${raised.id}`, { version: 2, kind: 'verdict' });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['kind']);
    expect((await assessments(worker.agent, caseId)).doubts.map((d) => [d.kind, d.version])).toEqual([['open_question', 2]]);
  });
});

describe('who may see and change assessments', () => {
  it('answers the case team, hides the case from everyone else and audits every read', async () => {
    const { caseId, worker, lead, child } = await assignedCase(t);
    const ace = (await worker.agent.post(`/api/cases/${caseId}/ace-screenings`, { personId: child.id, answers: noAnswers })).json<{ id: string }>();
    expect((await lead.agent.get(`/api/cases/${caseId}/assessments`)).statusCode).toBe(200);
    await expectRefused(await outsiders(t), [
      { method: 'GET', url: `/api/cases/${caseId}/assessments` },
      { method: 'POST', url: `/api/cases/${caseId}/ace-screenings`, body: { personId: child.id, answers: noAnswers } },
      { method: 'POST', url: `/api/cases/${caseId}/ace-screenings/${ace.id}`, body: { version: 1, note: 'x' } },
      { method: 'POST', url: `/api/cases/${caseId}/doubts`, body: { kind: 'doubt', question: 'x', wouldResolve: 'y' } },
    ]);
    const reads = await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'assessments.read' AND record_id = ${caseId}`);
    expect(reads[0]!.n).toBe(1);
    expect((await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ace_screenings`))[0]!.n).toBe(1);
  });

  it('refuses every change while the case is closed', async () => {
    const { caseId, worker, child } = await assignedCase(t);
    const version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
    expect((await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' })).statusCode).toBe(200);
    for (const [url, body] of [
      [`/api/cases/${caseId}/ace-screenings`, { personId: child.id, answers: noAnswers }],
      [`/api/cases/${caseId}/safety-assessments`, {}],
      [`/api/cases/${caseId}/doubts`, { kind: 'doubt', question: 'x', wouldResolve: 'y' }],
    ] as const) {
      const res = await worker.agent.post(url, body);
      expect(res.json<{ code: string }>().code, url).toBe('case_closed');
    }
    expect((await worker.agent.get(`/api/cases/${caseId}/assessments`)).statusCode).toBe(200);
  });
});
