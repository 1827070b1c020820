import { describe, expect, it } from 'vitest';
import { useTestApp, type Agent } from '../../../test/support/app.js';
import { rows, sql } from '../../platform/db.js';
import { openCase, staffIn } from '../cases.fixtures.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import { caseFileResponse } from './file.schema.js';

const t = useTestApp();

interface Person {
  id: string;
  kind: string;
  firstName: string;
  version: number;
}
interface CaseFileJson {
  version: number;
  status: string;
  readOnly: boolean;
  firstContactAt: string | null;
  deadline: { kind: string; state: string; dueAt: string } | null;
  persons: Person[];
  relations: { fromPersonId: string; toPersonId: string; kind: string }[];
  notes: { id: string; kind: string; body: string; author: { name: string }; version: number }[];
  timeline: { kind: string; actor: { name: string } | null }[];
  story: { worries: string; strengths: string; nextSteps: string };
  reports: { concern: string }[];
  members: { id: string }[];
  closureOutcome: string | null;
}

/** A case assigned to a worker, with a member colleague: the case team. */
async function assignedCase() {
  const lead = await staffIn(t, 'team_lead');
  const worker = await staffIn(t, 'caseworker');
  const member = await staffIn(t, 'caseworker');
  const { caseId } = await openCase(lead.agent);
  const assigned = await lead.agent.post(`/api/cases/${caseId}/assign`, { version: 1, ownerId: worker.user.id, memberIds: [member.user.id] });
  expect(assigned.statusCode).toBe(200);
  return { caseId, lead, worker, member };
}

const file = async (agent: Agent, caseId: string) => {
  const res = await agent.get(`/api/cases/${caseId}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  // The answer is JSON text PostgreSQL wrote, not checked on its way out: it must be exactly the
  // documented shape (parsing drops unknown keys and fails on a wrong type, so equal means exact).
  const body = res.json<CaseFileJson>();
  expect(caseFileResponse.parse(body)).toEqual(body);
  return body;
};

describe('the case file around the child', () => {
  it('holds family, network and professionals with their relations, the story and the chronology', async () => {
    const { caseId, worker } = await assignedCase();
    const agent = worker.agent;
    const child = (await file(agent, caseId)).persons[0]!;
    const add = async (body: Record<string, unknown>) => {
      const res = await agent.post(`/api/cases/${caseId}/persons`, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<Person>();
    };
    const mother = await add({ kind: 'parent', firstName: 'Sofie', lastName: 'Janssens', roleLabel: 'mama', livesWithChild: true });
    const partner = await add({ kind: 'family', roleLabel: 'nieuwe partner van mama' });
    const brother = await add({ kind: 'child', firstName: 'Daan', lastName: 'Janssens', dateOfBirth: '2020-02-11' });
    await add({ kind: 'professional', firstName: 'Els', lastName: 'Wouters', organisation: 'Basisschool De Linde', roleLabel: 'klasleraar' });
    for (const [from, to, kind] of [[mother.id, child.id, 'parent'], [mother.id, brother.id, 'parent'], [mother.id, partner.id, 'partner'], [child.id, brother.id, 'sibling']] as const) {
      expect((await agent.post(`/api/cases/${caseId}/relations`, { fromPersonId: from, toPersonId: to, kind })).statusCode).toBe(201);
    }
    // The same line drawn twice is one line.
    await agent.post(`/api/cases/${caseId}/relations`, { fromPersonId: brother.id, toPersonId: child.id, kind: 'sibling' });
    const story = await agent.post(`/api/cases/${caseId}/story`, { version: 2, worries: 'Blauwe plekken, Noor wil niet naar huis.', strengths: 'Mama zoekt zelf hulp.', nextSteps: 'Huisbezoek deze week.' });
    expect(story.statusCode).toBe(200);

    const read = await file(agent, caseId);
    expect(read.persons.map((p) => p.kind)).toEqual(['child', 'parent', 'family', 'child', 'professional']);
    expect(read.relations).toHaveLength(4);
    expect(read.story.strengths).toBe('Mama zoekt zelf hulp.');
    expect(read.reports[0]!.concern).toContain('blauwe plekken');
    expect(read.timeline.map((e) => e.kind)).toEqual([
      'report.received', 'case.opened', 'case.assigned',
      'person.added', 'person.added', 'person.added', 'person.added',
      'relation.added', 'relation.added', 'relation.added', 'relation.added',
      'case.story_updated',
    ]);
    // Who reported is not in the file; the case team reads it through its own audited route.
    expect(JSON.stringify(read)).not.toContain('03 123 45 67');
    const reporters = await agent.get(`/api/cases/${caseId}/reporters`);
    expect(reporters.json<{ reporters: { name: string }[] }>().reporters.map((x) => x.name)).toEqual(['Els Wouters']);
    const audited = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_events WHERE record_id = ${caseId} AND action IN ('case.read', 'case.reporters_read') ORDER BY seq`);
    expect(audited.map((a) => a.action)).toEqual(['case.read', 'case.read', 'case.reporters_read']);

    const removal = await agent.post(`/api/cases/${caseId}/persons/${partner.id}/remove`, { version: 1 });
    expect(removal.statusCode).toBe(204);
    const after = await file(agent, caseId);
    expect(after.persons.map((p) => p.id)).not.toContain(partner.id);
    expect(after.relations).toHaveLength(3);
  });

  it('refuses people without any name and relations that make no sense', async () => {
    const { caseId, worker, lead } = await assignedCase();
    const child = (await file(worker.agent, caseId)).persons[0]!;
    const nameless = await worker.agent.post(`/api/cases/${caseId}/persons`, { kind: 'family' });
    expect(nameless.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['firstName']);
    const self = await worker.agent.post(`/api/cases/${caseId}/relations`, { fromPersonId: child.id, toPersonId: child.id, kind: 'sibling' });
    expect(self.statusCode).toBe(400);
    const { caseId: otherCase } = await openCase(lead.agent);
    const stranger = (await rows<{ id: string }>(t.database.db, sql`SELECT id FROM case_persons WHERE case_id = ${otherCase}`))[0]!;
    const foreign = await worker.agent.post(`/api/cases/${caseId}/relations`, { fromPersonId: child.id, toPersonId: stranger.id, kind: 'sibling' });
    expect(foreign.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['toPersonId']);
  });
});

describe('notes and the deadlines they keep', () => {
  it('meets the first contact with a contact note and restarts the follow-up clock', async () => {
    const { caseId, worker } = await assignedCase();
    expect((await file(worker.agent, caseId)).deadline?.kind).toBe('first_contact');
    const note = await worker.agent.post(`/api/cases/${caseId}/notes`, { kind: 'contact', body: 'Telefonisch contact met mama; afspraak voor huisbezoek.' });
    expect(note.statusCode).toBe(201);
    expect(note.json<{ author: { name: string } }>().author.name).toBe(worker.user.displayName);
    const read = await file(worker.agent, caseId);
    expect(read.firstContactAt).not.toBeNull();
    // High urgency: the next contact is due within 10 working days.
    expect(read.deadline).toMatchObject({ kind: 'follow_up', state: 'open' });
    expect(workingDaysBetween(new Date(read.firstContactAt!), new Date(read.deadline!.dueAt))).toBe(10);
    expect(read.timeline.map((e) => e.kind).slice(-2)).toEqual(['note.added', 'case.first_contact']);
  });

  it('lets only the author correct a note, and refuses a stale correction with who changed what', async () => {
    const { caseId, worker, member } = await assignedCase();
    const note = (await worker.agent.post(`/api/cases/${caseId}/notes`, { kind: 'observation', body: 'Noor was stil.' })).json<{ id: string }>();
    expect((await member.agent.post(`/api/cases/${caseId}/notes/${note.id}`, { version: 1, body: 'Iets anders.' })).statusCode).toBe(403);
    expect((await worker.agent.post(`/api/cases/${caseId}/notes/${note.id}`, { version: 1, body: 'Noor was stil en moe.' })).statusCode).toBe(200);
    const stale = await worker.agent.post(`/api/cases/${caseId}/notes/${note.id}`, { version: 1, body: 'Oude versie.' }, { 'accept-language': 'en' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ fields: { path: string; message: string }[] }>().fields).toEqual([
      { path: 'body', message: expect.stringContaining(worker.user.displayName) as string },
    ]);
    expect((await file(worker.agent, caseId)).notes[0]!.body).toBe('Noor was stil en moe.');
  });

  it('never overwrites a person changed by a colleague in the meantime', async () => {
    const { caseId, worker, member } = await assignedCase();
    const child = (await file(worker.agent, caseId)).persons[0]!;
    expect((await member.agent.post(`/api/cases/${caseId}/persons/${child.id}`, { version: child.version, dateOfBirth: '2017-05-05' })).statusCode).toBe(200);
    const mine = await worker.agent.post(`/api/cases/${caseId}/persons/${child.id}`, { version: child.version, firstName: 'Nora' });
    expect(mine.statusCode).toBe(409);
    expect(mine.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['dateOfBirth']);
    const current = (await file(worker.agent, caseId)).persons[0]!;
    expect(current.firstName).toBe('Noor');
  });
});

describe('closure and reopening', () => {
  it('closes with an outcome, is read-only while closed, and reopens with a stated reason', async () => {
    const { caseId, worker } = await assignedCase();
    const version = (await file(worker.agent, caseId)).version;
    expect((await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'all_good' })).statusCode).toBe(400);
    const closed = await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care', note: 'Aangemeld via de toegangspoort.' });
    expect(closed.statusCode).toBe(200);
    const read = await file(worker.agent, caseId);
    expect(read).toMatchObject({ status: 'closed', readOnly: true, closureOutcome: 'referred_youth_care', deadline: null });
    for (const [url, body] of [
      [`/api/cases/${caseId}/notes`, { body: 'Nog iets.' }],
      [`/api/cases/${caseId}/story`, { version: read.version, worries: 'x' }],
      [`/api/cases/${caseId}/persons`, { kind: 'family', roleLabel: 'oma' }],
    ] as const) {
      const res = await worker.agent.post(url, body);
      expect(res.statusCode, url).toBe(409);
      expect(res.json<{ code: string }>().code).toBe('case_closed');
    }
    expect((await worker.agent.get('/api/cases/mine')).json<{ cases: unknown[] }>().cases).toEqual([]);

    const reopened = await worker.agent.post(`/api/cases/${caseId}/reopen`, { version: read.version, reason: 'Nieuwe melding van de school: het gaat opnieuw mis.' });
    expect(reopened.statusCode).toBe(200);
    const again = await file(worker.agent, caseId);
    expect(again).toMatchObject({ status: 'active', readOnly: false, closureOutcome: null });
    expect(again.notes[0]).toMatchObject({ kind: 'decision', body: 'Nieuwe melding van de school: het gaat opnieuw mis.' });
    expect(again.timeline.map((e) => e.kind).slice(-2)).toEqual(['case.closed', 'case.reopened']);
  });
});
