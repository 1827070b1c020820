// Test factories for case work: staff in a chosen team, a valid report body, and a report
// registered (and optionally opened as a case) through the real API.
import { and, eq } from 'drizzle-orm';
import { teams, userTeams } from '../access/access.tables.js';
import type { Role } from '../access/permissions.js';
import { Agent, centreId, makeUser, type TestApp } from '../../test/support/app.js';

export type TeamName = 'Intake' | 'Begeleiding';

/** A signed-in staff member of `centreCode`, placed in the named team. */
export async function staffIn(t: TestApp, role: Role, centreCode = 'vk-antwerpen', teamName: TeamName | null = 'Intake') {
  const user = await makeUser(t.database, role, centreCode);
  const db = t.database.db;
  await db.delete(userTeams).where(eq(userTeams.userId, user.id));
  let teamId: string | null = null;
  if (teamName) {
    const [team] = await db.select().from(teams).where(and(eq(teams.centreId, await centreId(t.database, centreCode)), eq(teams.name, teamName)));
    teamId = team!.id;
    await db.insert(userTeams).values({ userId: user.id, teamId });
  }
  const agent = await new Agent(t.app).signIn(user);
  return { user, agent, teamId };
}

export function reportBody(overrides: Record<string, unknown> = {}) {
  return {
    source: 'professional',
    concern: 'De klasleraar zag blauwe plekken op de armen van Noor en hoorde haar zeggen dat ze niet naar huis wil.',
    children: [{ firstName: 'Noor', lastName: 'Janssens', dateOfBirth: '2017-05-04' }],
    reporter: { name: 'Els Wouters', organisation: 'Basisschool De Linde', profession: 'leerkracht', phone: '03 123 45 67', wantsFeedback: true },
    problemCategory: 'physical_abuse_neglect',
    forms: ['physical_violence'],
    contexts: ['intrafamily_violence'],
    urgency: 'high',
    ...overrides,
  };
}

export interface ReportJson {
  id: string;
  version: number;
  caseId: string | null;
  outcome: string | null;
  firstContactDueAt: string;
  receivedAt: string;
  deadline: string | null;
  children: { firstName: string; lastName: string; unborn: boolean }[];
}

export async function registerReport(agent: Agent, overrides: Record<string, unknown> = {}): Promise<ReportJson> {
  const res = await agent.post('/api/cases/reports', reportBody(overrides));
  if (res.statusCode !== 201) throw new Error(`report not registered: ${res.statusCode} ${res.body}`);
  return res.json<ReportJson>();
}

/** Registers a report and decides for a case at once: the case waits on the team's list. */
export async function openCase(agent: Agent, overrides: Record<string, unknown> = {}): Promise<{ reportId: string; caseId: string }> {
  const report = await registerReport(agent, { outcome: 'case', ...overrides });
  return { reportId: report.id, caseId: report.caseId! };
}
