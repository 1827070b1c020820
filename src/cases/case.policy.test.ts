// The case access policy: proven through the routes for each kind of colleague, and proven to
// give the same answer as an in-memory check and as a SQL filter for any actor and any case.
import fc from 'fast-check';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { centres, teams } from '../access/access.tables.js';
import { roles } from '../access/permissions.js';
import { makeUser, useTestApp } from '../../test/support/app.js';
import type { Actor } from '../platform/context.js';
import { caseAccessWhere, mayAccessCase } from './case.policy.js';
import { openCase, staffIn } from './cases.fixtures.js';
import { caseMembers, cases } from './cases.tables.js';

const t = useTestApp();

describe('who may open a case', () => {
  it('lets the case team and the team lead in, and tells everyone else there is no such case', async () => {
    const lead = await staffIn(t, 'team_lead');
    const owner = await staffIn(t, 'caseworker');
    const member = await staffIn(t, 'caseworker', 'vk-antwerpen', 'Begeleiding');
    const { caseId } = await openCase(lead.agent);
    expect((await lead.agent.post(`/api/cases/${caseId}/assign`, { version: 1, ownerId: owner.user.id, memberIds: [member.user.id] })).statusCode).toBe(200);

    for (const [who, agent] of [['owner', owner.agent], ['member', member.agent], ['lead', lead.agent]] as const) {
      expect((await agent.get(`/api/cases/${caseId}`)).statusCode, who).toBe(200);
      expect((await agent.post(`/api/cases/${caseId}/notes`, { body: `Notitie van ${who}.` })).statusCode, who).toBe(201);
    }
    const missing = await owner.agent.get('/api/cases/00000000-0000-4000-8000-000000000000');
    const outsiders = {
      colleagueInTeam: await staffIn(t, 'caseworker'),
      leadOfOtherTeam: await staffIn(t, 'team_lead', 'vk-antwerpen', 'Begeleiding'),
      otherCentreLead: await staffIn(t, 'team_lead', 'vk-limburg'),
    };
    for (const [who, { agent }] of Object.entries(outsiders)) {
      const res = await agent.get(`/api/cases/${caseId}`);
      expect(res.statusCode, who).toBe(404);
      expect(res.json(), who).toEqual(missing.json());
      expect((await agent.post(`/api/cases/${caseId}/notes`, { body: 'x' })).statusCode, who).toBe(404);
      expect((await agent.get('/api/cases/deadlines')).json<{ cases: unknown[] }>().cases, who).toEqual([]);
    }
    for (const role of ['analyst', 'admin', 'dpo'] as const) {
      const { agent } = await staffIn(t, role);
      expect((await agent.get(`/api/cases/${caseId}`)).statusCode, role).toBe(403);
      expect((await agent.get('/api/cases/mine')).statusCode, role).toBe(403);
    }
  });

  it('never lets analysts, admins or the DPO through, even inside the case’s own team', () => {
    const facts = { centreId: 'c1', teamId: 't1', ownerId: 'u1', memberIds: ['u1'] };
    for (const role of ['analyst', 'admin', 'dpo'] as const) {
      expect(mayAccessCase({ userId: 'u1', role, centreId: 'c1', teamIds: ['t1'], isDemo: false }, facts)).toBe(false);
    }
    expect(mayAccessCase({ userId: 'u1', role: 'caseworker', centreId: 'c2', teamIds: ['t1'], isDemo: false }, facts)).toBe(false);
    expect(mayAccessCase(null, facts)).toBe(false);
  });
});

describe('one rule, two forms', () => {
  it('gives the same answer in memory and in SQL for any actor and any case', async () => {
    const db = t.database.db;
    const people = [];
    for (let i = 0; i < 4; i += 1) people.push(await makeUser(t.database, 'caseworker', i % 2 ? 'vk-limburg' : 'vk-antwerpen'));
    const centreRows = await db.select().from(centres).where(inArray(centres.code, ['vk-antwerpen', 'vk-limburg']));
    const teamRows = await db.select().from(teams).where(inArray(teams.centreId, centreRows.map((c) => c.id)));
    const userIds = people.map((p) => p.id);

    const caseArb = fc.record({
      team: fc.integer({ min: 0, max: teamRows.length - 1 }),
      owner: fc.option(fc.integer({ min: 0, max: userIds.length - 1 }), { nil: null }),
      members: fc.uniqueArray(fc.integer({ min: 0, max: userIds.length - 1 }), { maxLength: 3 }),
    });
    const actorArb = fc.record({
      user: fc.integer({ min: 0, max: userIds.length - 1 }),
      role: fc.constantFrom(...roles),
      centre: fc.integer({ min: 0, max: centreRows.length - 1 }),
      teams: fc.uniqueArray(fc.integer({ min: 0, max: teamRows.length - 1 }), { maxLength: 3 }),
    });

    let counter = 0;
    let allowed = 0;
    let denied = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(caseArb, { minLength: 1, maxLength: 12 }), actorArb, async (world, a) => {
        await db.delete(caseMembers);
        await db.delete(cases);
        const facts = [];
        for (const c of world) {
          const team = teamRows[c.team]!;
          counter += 1;
          const [row] = await db
            .insert(cases)
            .values({ centreId: team.centreId, teamId: team.id, number: `T-${counter}`, urgency: 'normal', problemCategory: 'unclear', ownerId: c.owner === null ? null : userIds[c.owner]!, receivedAt: new Date(), firstContactDueAt: new Date() })
            .returning({ id: cases.id });
          const memberIds = c.members.map((m) => userIds[m]!);
          if (memberIds.length) await db.insert(caseMembers).values(memberIds.map((userId) => ({ caseId: row!.id, userId })));
          facts.push({ id: row!.id, centreId: team.centreId, teamId: team.id, ownerId: c.owner === null ? null : userIds[c.owner]!, memberIds });
        }
        const actor: Actor = { userId: userIds[a.user]!, role: a.role, centreId: centreRows[a.centre]!.id, teamIds: a.teams.map((i) => teamRows[i]!.id), isDemo: false };
        const inMemory = facts.filter((f) => mayAccessCase(actor, f)).map((f) => f.id).sort();
        const inSql = (await db.select({ id: cases.id }).from(cases).where(and(caseAccessWhere(actor), eq(cases.urgency, 'normal')))).map((r) => r.id).sort();
        expect(inSql).toEqual(inMemory);
        allowed += inMemory.length;
        denied += facts.length - inMemory.length;
      }),
      { numRuns: 60 },
    );
    // The property means something only if both answers occurred.
    expect(allowed).toBeGreaterThan(0);
    expect(denied).toBeGreaterThan(0);
  }, 120_000);
});
