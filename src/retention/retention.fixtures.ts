// Test factories for retention: closed case files full of work, moved back in time.
import { expect } from 'vitest';
import type { TestApp } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase } from '../teamwork/case-team.fixtures.js';

const aceAnswers = { emotional_abuse: 'yes', physical_abuse: 'yes', sexual_abuse: 'no', emotional_neglect: 'no', physical_neglect: 'no', mother_treated_violently: 'no', household_substance_abuse: 'no', household_mental_illness: 'no', parental_separation: 'no', incarcerated_household_member: 'no' };

/** Closes the case and moves its closure `yearsAgo` years back. */
export async function closeYearsAgo(t: TestApp, team: Awaited<ReturnType<typeof assignedCase>>, yearsAgo: number): Promise<void> {
  const version = (await team.worker.agent.get(`/api/cases/${team.caseId}`)).json<{ version: number }>().version;
  const closed = await team.worker.agent.post(`/api/cases/${team.caseId}/close`, { version, outcome: 'referred_youth_care', note: 'Noor gaat naar het CGG.' });
  expect(closed.statusCode, closed.body).toBe(200);
  await t.database.db.execute(sql`UPDATE cases SET closed_at = now() - make_interval(years => ${yearsAgo}) WHERE id = ${team.caseId}`);
}

/**
 * An assigned case with an ACE screening, a referral (started, so no longer pending) with its
 * disclosure and a team decision; closed `yearsAgo` years ago unless `yearsAgo` is null.
 */
export async function caseWithWork(t: TestApp, yearsAgo: number | null, centreCode = 'vk-antwerpen') {
  const team = await assignedCase(t, {}, centreCode);
  const { caseId, worker, member, child } = team;
  expect((await worker.agent.post(`/api/cases/${caseId}/ace-screenings`, { personId: child.id, answers: aceAnswers })).statusCode).toBe(201);
  const [cgg] = await rows<{ id: string }>(t.database.db, sql`SELECT id FROM partners WHERE name = 'CGG Vagga'`);
  const referral = await worker.agent.post(`/api/cases/${caseId}/referrals`, { partnerId: cgg!.id, reason: 'Therapie', disclosure: { legalBasis: 'consent', information: 'Aanmelding', familyInformed: true } });
  expect(referral.statusCode, referral.body).toBe(201);
  const { id: referralId, version } = referral.json<{ id: string; version: number }>();
  const started = await worker.agent.post(`/api/cases/${caseId}/referrals/${referralId}/status`, { version, status: 'started' });
  expect(started.statusCode, started.body).toBe(200);
  expect((await worker.agent.post(`/api/cases/${caseId}/decisions`, { subject: 'referral', decision: 'Aanmelden bij het CGG', rationale: 'Trauma', staffIds: [worker.user.id, member.user.id] })).statusCode).toBe(201);
  if (yearsAgo !== null) await closeYearsAgo(t, team, yearsAgo);
  return { ...team, referralId };
}
