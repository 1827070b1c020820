// Test factories shared by the case-work capabilities (assessments, plans, team work, partners,
// MANO): an assigned case with its team, and the people who must not see it.
import { expect } from 'vitest';
import type { Agent, TestApp } from '../../test/support/app.js';
import { openCase, staffIn } from '../cases/cases.fixtures.js';

/** A case the lead assigned to a worker, with a colleague as member: the case team. */
export async function assignedCase(t: TestApp, overrides: Record<string, unknown> = {}, centreCode = 'vk-antwerpen') {
  const lead = await staffIn(t, 'team_lead', centreCode);
  const worker = await staffIn(t, 'caseworker', centreCode);
  const member = await staffIn(t, 'caseworker', centreCode);
  const { caseId } = await openCase(lead.agent, overrides);
  const assigned = await lead.agent.post(`/api/cases/${caseId}/assign`, { version: 1, ownerId: worker.user.id, memberIds: [member.user.id] });
  expect(assigned.statusCode, assigned.body).toBe(200);
  const file = await worker.agent.get(`/api/cases/${caseId}`);
  const { persons } = file.json<{ persons: { id: string; kind: string; firstName: string }[] }>();
  return { caseId, lead, worker, member, child: persons.find((p) => p.kind === 'child')! };
}

export interface Outsider {
  label: string;
  agent: Agent;
  /** 404 for case-work roles (the case "does not exist"), 403 for roles without case work. */
  expected: 404 | 403;
}

/** Another team's worker and lead, a worker of another centre, the analyst and the admin. */
export async function outsiders(t: TestApp): Promise<Outsider[]> {
  return [
    { label: 'caseworker of another team', agent: (await staffIn(t, 'caseworker', 'vk-antwerpen', 'Begeleiding')).agent, expected: 404 },
    { label: 'lead of another team', agent: (await staffIn(t, 'team_lead', 'vk-antwerpen', 'Begeleiding')).agent, expected: 404 },
    { label: 'caseworker of another centre', agent: (await staffIn(t, 'caseworker', 'vk-limburg', 'Intake')).agent, expected: 404 },
    { label: 'analyst', agent: (await staffIn(t, 'analyst', 'vk-antwerpen', null)).agent, expected: 403 },
    { label: 'admin', agent: (await staffIn(t, 'admin', 'vk-antwerpen', null)).agent, expected: 403 },
  ];
}

export type Probe = { method: 'GET'; url: string } | { method: 'POST'; url: string; body: unknown };

/** Every outsider gets the expected refusal on every probe, and the refusal names nothing. */
export async function expectRefused(people: Outsider[], probes: Probe[]): Promise<void> {
  for (const person of people) {
    for (const probe of probes) {
      const res = probe.method === 'GET' ? await person.agent.get(probe.url) : await person.agent.post(probe.url, probe.body);
      expect(res.statusCode, `${person.label}: ${probe.method} ${probe.url}`).toBe(person.expected);
    }
  }
}
