import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/app.js';
import { staffIn } from '../cases/cases.fixtures.js';
import { brusselsDaysAgo } from '../../test/support/dates.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase, expectRefused, outsiders } from './case-team.fixtures.js';

const t = useTestApp({ seed: seedPartnerDirectory });

const day = (offset: number) => brusselsDaysAgo(-offset);
const at = (offset: number, hour: number) => `${day(offset)}T${String(hour).padStart(2, '0')}:00:00+01:00`;

interface Teamwork {
  team: { members: { id: string; isOwner: boolean; discipline: string | null; version: number | null }[]; multidisciplinary: boolean };
  tasks: { id: string; title: string; status: string; overdue: boolean; decisionId: string | null; assignee: { id: string } | null }[];
  conferences: { id: string; decisionIds: string[]; participants: { kind: string; name: string }[] }[];
  decisions: { id: string; staff: { id: string; name: string }[]; dissent: string; followUpTaskIds: string[]; supersededById: string | null }[];
}

describe('the multidisciplinary case team', () => {
  it('records each colleague’s discipline and shows whether the team is multidisciplinary', async () => {
    const { caseId, worker, member } = await assignedCase(t);
    const stranger = await staffIn(t, 'caseworker');
    expect((await worker.agent.post(`/api/cases/${caseId}/team/${worker.user.id}/discipline`, { discipline: 'social_worker', task: 'Casemanager' })).statusCode).toBe(200);
    const second = await worker.agent.post(`/api/cases/${caseId}/team/${member.user.id}/discipline`, { discipline: 'psychologist', task: 'Gesprekken met Noor' });
    expect(second.json()).toMatchObject({ multidisciplinary: true, disciplines: ['social_worker', 'psychologist'] });
    const outside = await worker.agent.post(`/api/cases/${caseId}/team/${stranger.user.id}/discipline`, { discipline: 'doctor' });
    expect(outside.statusCode).toBe(400);
    const stale = await member.agent.post(`/api/cases/${caseId}/team/${member.user.id}/discipline`, { discipline: 'orthopedagogue' });
    expect(stale.statusCode).toBe(409);
    const team = (await worker.agent.get(`/api/cases/${caseId}/teamwork`)).json<Teamwork>().team;
    expect(team.members.map((m) => [m.isOwner, m.discipline])).toEqual([[true, 'social_worker'], [false, 'psychologist']]);
  });
});

describe('tasks and appointments', () => {
  it('gives tasks to the case team, lists mine, flags overdue ones and never overwrites a newer version', async () => {
    const { caseId, worker, member } = await assignedCase(t);
    const task = await worker.agent.post(`/api/cases/${caseId}/tasks`, { title: 'School bellen over aanwezigheid', assigneeId: member.user.id, dueOn: day(-1) });
    expect(task.statusCode, task.body).toBe(201);
    expect(task.json()).toMatchObject({ overdue: true, status: 'open', assignee: { id: member.user.id } });
    const stranger = await staffIn(t, 'caseworker');
    expect((await worker.agent.post(`/api/cases/${caseId}/tasks`, { title: 'x', assigneeId: stranger.user.id })).statusCode).toBe(400);

    const mine = (await member.agent.get('/api/teamwork/my-tasks')).json<{ tasks: { caseId: string; title: string }[] }>().tasks;
    expect(mine.map((m) => [m.caseId, m.title])).toEqual([[caseId, 'School bellen over aanwezigheid']]);
    expect((await worker.agent.get('/api/teamwork/my-tasks')).json<{ tasks: unknown[] }>().tasks).toEqual([]);

    const id = task.json<{ id: string }>().id;
    expect((await member.agent.post(`/api/cases/${caseId}/tasks/${id}`, { version: 1, status: 'done' })).json()).toMatchObject({ status: 'done', overdue: false });
    const stale = await worker.agent.post(`/api/cases/${caseId}/tasks/${id}`, { version: 1, dueOn: day(3) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['status']);
    expect((await member.agent.get('/api/teamwork/my-tasks')).json<{ tasks: unknown[] }>().tasks).toEqual([]);
  });

  it('plans appointments with colleagues of the centre and refuses one that ends before it starts', async () => {
    const { caseId, worker, member } = await assignedCase(t);
    const wrong = await worker.agent.post(`/api/cases/${caseId}/appointments`, { kind: 'home_visit', startsAt: at(2, 14), endsAt: at(2, 13) });
    expect(wrong.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['endsAt']);
    const planned = await worker.agent.post(`/api/cases/${caseId}/appointments`, { kind: 'home_visit', startsAt: at(2, 14), endsAt: at(2, 15), withWhom: 'mama en Noor', staffIds: [worker.user.id, member.user.id] });
    expect(planned.statusCode, planned.body).toBe(201);
    const id = planned.json<{ id: string }>().id;
    const held = await member.agent.post(`/api/cases/${caseId}/appointments/${id}`, { version: 1, status: 'held', note: 'Mama was open; Noor toonde haar kamer.' });
    expect(held.json()).toMatchObject({ status: 'held', staff: [{ id: worker.user.id }, { id: member.user.id }] });
  });
});

describe('case conferences and team decisions', () => {
  it('records who decided what and why, with dissent and follow-up tasks, linked to the conference', async () => {
    const { caseId, worker, member, lead } = await assignedCase(t);
    const [ocj] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM partners WHERE name = 'OCJ Antwerpen'`);
    const conference = await worker.agent.post(`/api/cases/${caseId}/conferences`, {
      kind: 'multidisciplinary',
      scheduledAt: at(0, 10),
      agenda: [{ topic: 'Veiligheid Noor na het incident' }, { topic: 'Aanmelding traumatherapie' }],
      participants: [{ kind: 'staff', userId: lead.user.id, role: 'teamverantwoordelijke' }, { kind: 'partner', partnerId: ocj!.id, role: 'consulent' }, { kind: 'family', name: 'mama' }],
    });
    expect(conference.statusCode, conference.body).toBe(201);
    const c = conference.json<{ id: string; participants: { name: string }[] }>();
    expect(c.participants.map((p) => p.name)).toEqual([lead.user.displayName, 'OCJ Antwerpen', 'mama']);

    const alone = await worker.agent.post(`/api/cases/${caseId}/decisions`, { subject: 'safety', decision: 'x', rationale: 'y', staffIds: [worker.user.id] });
    expect(alone.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['staffIds']);

    const decided = await worker.agent.post(`/api/cases/${caseId}/decisions`, {
      subject: 'safety_plan',
      conferenceId: c.id,
      decision: 'Noor blijft thuis met een veiligheidsplan; oma is dagelijks aanwezig.',
      rationale: 'Mama werkt mee, oma is beschikbaar, geen nieuwe verwondingen sinds drie weken.',
      staffIds: [worker.user.id, member.user.id, lead.user.id],
      others: [{ kind: 'partner', partnerId: ocj!.id }],
      dissent: 'De psycholoog vindt een tijdelijke opvang bij oma veiliger.',
      followUps: [{ title: 'Veiligheidsplan opmaken met mama en oma', assigneeId: worker.user.id, dueOn: day(5) }],
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const decision = decided.json<{ id: string; followUpTaskIds: string[] }>();
    expect(decision.followUpTaskIds).toHaveLength(1);

    const revised = await member.agent.post(`/api/cases/${caseId}/decisions`, { subject: 'safety_plan', supersedesId: decision.id, decision: 'Noor verblijft twee weken bij oma.', rationale: 'Nieuw incident gemeld door de school.', staffIds: [worker.user.id, member.user.id] });
    expect(revised.statusCode, revised.body).toBe(201);
    const wrongSubject = await member.agent.post(`/api/cases/${caseId}/decisions`, { subject: 'closure', supersedesId: decision.id, decision: 'x', rationale: 'y', staffIds: [worker.user.id, member.user.id] });
    expect(wrongSubject.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['supersedesId']);

    const read = (await worker.agent.get(`/api/cases/${caseId}/teamwork`)).json<Teamwork>();
    expect(read.conferences[0]!.decisionIds).toEqual([decision.id]);
    expect(read.decisions[0]).toMatchObject({ dissent: 'De psycholoog vindt een tijdelijke opvang bij oma veiliger.', supersededById: revised.json<{ id: string }>().id });
    expect(read.decisions[0]!.staff.map((s) => s.name)).toEqual([worker.user.displayName, member.user.displayName, lead.user.displayName]);
    expect(read.tasks.map((task) => task.decisionId)).toEqual([decision.id]);
    const kinds = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ timeline: { kind: string }[] }>().timeline.map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('decision.') || k.startsWith('conference.') || k.startsWith('task.'))).toEqual(['conference.planned', 'task.added', 'decision.recorded', 'decision.recorded']);
  });
});

describe('who may see and do team work', () => {
  it('hides team work from everyone outside the case team and refuses it on a closed case', async () => {
    const { caseId, worker } = await assignedCase(t);
    await expectRefused(await outsiders(t), [
      { method: 'GET', url: `/api/cases/${caseId}/teamwork` },
      { method: 'POST', url: `/api/cases/${caseId}/tasks`, body: { title: 'x' } },
      { method: 'POST', url: `/api/cases/${caseId}/decisions`, body: { subject: 'other', decision: 'x', rationale: 'y', staffIds: [worker.user.id] } },
    ]);
    const version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
    await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' });
    expect((await worker.agent.post(`/api/cases/${caseId}/tasks`, { title: 'x' })).json<{ code: string }>().code).toBe('case_closed');
  });
});

describe('colleagues to invite to a case conference', () => {
  it('lists the centre’s case staff with name, role and discipline only, the case team first, and plans with one of another team', async () => {
    const { caseId, worker, member, lead } = await assignedCase(t);
    const doctor = await staffIn(t, 'caseworker', 'vk-antwerpen', 'Begeleiding');
    await staffIn(t, 'caseworker', 'vk-limburg', 'Intake');
    await staffIn(t, 'analyst', 'vk-antwerpen', null);
    await worker.agent.post(`/api/cases/${caseId}/team/${member.user.id}/discipline`, { discipline: 'psychologist' });
    const listed = await worker.agent.get(`/api/cases/${caseId}/colleagues`);
    expect(listed.statusCode, listed.body).toBe(200);
    const colleagues = listed.json<{ colleagues: Record<string, unknown>[] }>().colleagues;
    // Exactly the four case staff of this centre: no other centre, no analyst.
    expect(colleagues.map((c) => c.id).sort()).toEqual([worker.user.id, member.user.id, lead.user.id, doctor.user.id].sort());
    expect(colleagues.slice(0, 2).map((c) => c.id).sort()).toEqual([worker.user.id, member.user.id].sort());
    for (const c of colleagues) expect(Object.keys(c).sort()).toEqual(['discipline', 'id', 'name', 'onCaseTeam', 'role']);
    expect(colleagues.find((c) => c.id === member.user.id)).toMatchObject({ discipline: 'psychologist', onCaseTeam: true, role: 'caseworker' });
    expect(colleagues.find((c) => c.id === doctor.user.id)).toMatchObject({ name: doctor.user.displayName, discipline: null, onCaseTeam: false });
    expect(colleagues.find((c) => c.id === lead.user.id)).toMatchObject({ role: 'team_lead', onCaseTeam: false });

    const planned = await worker.agent.post(`/api/cases/${caseId}/conferences`, { kind: 'team', scheduledAt: at(1, 10), agenda: [{ topic: 'Medisch verslag' }], participants: [{ kind: 'staff', userId: doctor.user.id }] });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json<{ participants: { name: string }[] }>().participants.map((p) => p.name)).toEqual([doctor.user.displayName]);
  });

  it('is refused to everyone who may not plan on the case: another team, another centre, the analyst', async () => {
    const { caseId, worker } = await assignedCase(t);
    await expectRefused(await outsiders(t), [{ method: 'GET', url: `/api/cases/${caseId}/colleagues` }]);
    const version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
    await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' });
    expect((await worker.agent.get(`/api/cases/${caseId}/colleagues`)).json<{ code: string }>().code).toBe('case_closed');
  });
});

describe('editing a planned conference', () => {
  it('changes date, agenda and participants while planned, refuses a stale version and fixes them once held', async () => {
    const { caseId, worker, member, lead } = await assignedCase(t);
    const created = await worker.agent.post(`/api/cases/${caseId}/conferences`, { kind: 'team', scheduledAt: at(1, 10), agenda: [{ topic: 'Veiligheid' }], participants: [{ kind: 'staff', userId: worker.user.id }] });
    const id = created.json<{ id: string; agenda: { id: string }[] }>().id;
    const agendaId = created.json<{ agenda: { id: string }[] }>().agenda[0]!.id;
    const moved = await member.agent.post(`/api/cases/${caseId}/conferences/${id}`, {
      version: 1,
      scheduledAt: at(2, 14),
      agenda: [{ id: agendaId, topic: 'Veiligheid thuis' }, { topic: 'Schoolverzuim' }],
      participants: [{ kind: 'staff', userId: worker.user.id }, { kind: 'staff', userId: lead.user.id }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ version: 2, scheduledAt: new Date(at(2, 14)).toISOString(), agenda: [{ id: agendaId, topic: 'Veiligheid thuis' }, { topic: 'Schoolverzuim' }] });
    const stale = await worker.agent.post(`/api/cases/${caseId}/conferences/${id}`, { version: 1, scheduledAt: at(3, 9) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['agenda', 'participants', 'scheduledAt']);
    expect((await worker.agent.post(`/api/cases/${caseId}/conferences/${id}`, { version: 2, status: 'held', minutes: 'Besproken.' })).statusCode).toBe(200);
    const late = await worker.agent.post(`/api/cases/${caseId}/conferences/${id}`, { version: 3, scheduledAt: at(3, 9) });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ code: string }>().code).toBe('teamwork_conference_not_planned');
  });
});
