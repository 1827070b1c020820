// The live feed: operational writes through the real API record their facts in the same
// transaction, a reclassification or a reopening corrects them, and the figures equal a backfill
// from scratch over the same operational data.
import { describe, expect, it } from 'vitest';
import { makeUser, useTestApp } from '../../test/support/app.js';
import { childJoins, openChatService, StaffClient } from '../chat/chat.test-support.js';
import { registerReport } from '../cases/cases.fixtures.js';
import { registerConsult } from '../consult/consult.fixtures.js';
import { brusselsDaysAgo } from '../../test/support/dates.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { seedPartnerDirectory } from '../partners/partner-directory.seed.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase } from '../teamwork/case-team.fixtures.js';
import { backfillFacts } from './backfill.repository.js';

const t = useTestApp({ seed: seedPartnerDirectory, timeout: 120_000 });

const daysAgo = (n: number) => brusselsDaysAgo(n);
const partnerId = async (name: string) => (await rows<{ id: string }>(t.database.db, sql`SELECT id FROM partners WHERE name = ${name}`))[0]!.id;

interface AggregateRow {
  kind: string;
  month: string;
  centre_id: string;
  channel: string;
  age_band: string;
  gender: string;
  category: string;
  urgency: string;
  outcome: string;
  track: string;
  detail: string;
  bucket: number;
  facts: number;
  total: number;
}

/** Every aggregate row, in a fixed order, numbers as numbers. */
async function aggregates(): Promise<AggregateRow[]> {
  const found = await rows<AggregateRow>(
    t.database.db,
    sql`SELECT kind, month, centre_id::text, channel, age_band, gender, category, urgency, outcome, track, detail, bucket, facts, total
        FROM monitoring_aggregates ORDER BY kind, month, centre_id, channel, age_band, gender, category, urgency, outcome, track, detail, bucket`,
  );
  return found.map((r) => ({ ...r, bucket: Number(r.bucket), facts: Number(r.facts), total: Number(r.total) }));
}

const factsOf = (all: AggregateRow[], kind: string) => all.filter((r) => r.kind === kind).reduce((n, r) => n + r.facts, 0);
const rowsOf = (all: AggregateRow[], kind: string) => all.filter((r) => r.kind === kind).map((r) => ({ category: r.category, urgency: r.urgency, outcome: r.outcome, track: r.track, detail: r.detail, facts: r.facts, total: r.total }));

async function operationalWork(): Promise<void> {
  // A report triaged later with a new classification: its `report` fact must follow.
  const { worker, lead, caseId } = await assignedCase(t);
  const advice = await registerReport(lead.agent, { urgency: 'normal', forms: ['physical_violence', 'emotional_neglect'] });
  const triaged = await lead.agent.post(`/api/cases/reports/${advice.id}/triage`, { version: advice.version, outcome: 'advice', outcomeNote: 'Advies gegeven.', problemCategory: 'emotional_abuse_neglect', forms: ['emotional_neglect'] });
  expect(triaged.statusCode, triaged.body).toBe(200);

  // The assigned case: first contact, a referral that is accepted and started, a retriage, closed and reopened.
  expect((await worker.agent.post(`/api/cases/${caseId}/notes`, { kind: 'contact', body: 'Huisbezoek bij mama en Noor.' })).statusCode).toBe(201);
  const sent = await worker.agent.post(`/api/cases/${caseId}/referrals`, { partnerId: await partnerId('CGG Vagga'), reason: 'Traumatherapie voor Noor.', sentOn: daysAgo(40) });
  expect(sent.statusCode, sent.body).toBe(201);
  const referral = sent.json<{ id: string }>();
  expect((await worker.agent.post(`/api/cases/${caseId}/referrals/${referral.id}/status`, { version: 1, status: 'accepted', changedOn: daysAgo(30) })).statusCode).toBe(200);
  expect((await worker.agent.post(`/api/cases/${caseId}/referrals/${referral.id}/status`, { version: 2, status: 'started', changedOn: daysAgo(5) })).statusCode).toBe(200);
  const refused = await worker.agent.post(`/api/cases/${caseId}/referrals`, { partnerId: await partnerId('CGG Vagga'), reason: 'Ouderbegeleiding.', sentOn: daysAgo(10) });
  expect((await worker.agent.post(`/api/cases/${caseId}/referrals/${refused.json<{ id: string }>().id}/status`, { version: 1, status: 'refused', changedOn: daysAgo(3), note: 'Geen plaats.' })).statusCode).toBe(200);
  let version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
  const retriaged = await lead.agent.post(`/api/cases/${caseId}/retriage`, { version, urgency: 'acute' });
  expect(retriaged.statusCode, retriaged.body).toBe(200);
  version = retriaged.json<{ version: number }>().version;
  const closed = await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' });
  expect(closed.statusCode, closed.body).toBe(200);
  expect((await worker.agent.post(`/api/cases/${caseId}/reopen`, { version: closed.json<{ version: number }>().version, reason: 'Nieuwe zorgen gemeld door de school.' })).statusCode).toBe(200);

  // A MANO track started and concluded on a second case.
  const team = await assignedCase(t);
  const decide = async (subject: string, decision: string) =>
    (await team.worker.agent.post(`/api/cases/${team.caseId}/decisions`, { subject, decision, rationale: 'Teamoverleg.', staffIds: [team.worker.user.id, team.member.user.id] })).json<{ id: string }>().id;
  const started = await team.worker.agent.post(`/api/cases/${team.caseId}/mano`, {
    decisionId: await decide('mano_start', 'MANO starten.'),
    justification: 'Vrijwillige hulp loopt vast.',
    developmentThreatened: true,
    integrityHarmed: false,
    voluntaryHelp: 'stuck',
    helpOffered: 'Contextbegeleiding.',
    familyInformedOn: brusselsDate(new Date()),
  });
  expect(started.statusCode, started.body).toBe(201);
  const track = started.json<{ id: string; version: number }>();
  const concluded = await team.worker.agent.post(`/api/cases/${team.caseId}/mano/${track.id}/conclude`, { version: track.version, outcome: 'necessary_help_accepted', decisionId: await decide('mano_outcome', 'Hulp aanvaard.') });
  expect(concluded.statusCode, concluded.body).toBe(200);

  // A 1712 call, and a chat that ends and is registered.
  const hotline = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'hotline-1712'));
  const call = { callerRole: 'bystander', anonymous: true, ageBand: '25_64', gender: 'female', relationToChild: 'friend_or_neighbour', themes: ['child_abuse', 'partner_violence'], violenceForms: ['physical'], urgency: 'urgent', advice: 'Uitleg over een melding.', referral: 'vk' };
  expect((await hotline.post('/api/hotline/calls', call)).statusCode).toBe(201);
  await openChatService(t.database.db);
  await childJoins(t.app);
  const counsellor = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
  await counsellor.available();
  const { conversationId } = (await counsellor.post('/api/console/take-next')).json<{ conversationId: string }>();
  expect((await counsellor.post(`/api/console/conversations/${conversationId}/end`)).statusCode).toBeLessThan(300);
  expect((await counsellor.post(`/api/console/conversations/${conversationId}/registration`, { ...call, callerRole: 'child', ageBand: '12_14', relationToChild: 'self' })).statusCode).toBe(201);

  // Two professionals' questions a worker registers by hand (phone and e-mail).
  await registerConsult(worker.agent);
  await registerConsult(worker.agent, { channel: 'email', sector: 'gp', professional: { name: 'Dr. Peeters', organisation: 'Huisartsenpraktijk', email: 'dr.peeters@example.be' } });
}

describe('the live feed', () => {
  it('records every operational write as it happens, and gives the same figures as a backfill from scratch', async () => {
    await operationalWork();
    const live = await aggregates();

    // Hand-counted: three reports (the assigned case's, the MANO case's, the advice), one triaged to
    // advice with its new category and only its one remaining form.
    expect(factsOf(live, 'report')).toBe(3);
    expect(rowsOf(live, 'report_outcome').find((r) => r.outcome === 'advice')).toMatchObject({ category: 'emotional_abuse_neglect', facts: 1 });
    expect(factsOf(live, 'report_form')).toBe(3);
    expect(factsOf(live, 'case_opened')).toBe(2);
    // The retriaged case counts as acute, its first contact was on time; closed then reopened: no closure.
    expect(rowsOf(live, 'first_contact')).toEqual([expect.objectContaining({ urgency: 'acute', outcome: 'met', facts: 1 })]);
    expect(factsOf(live, 'case_assigned')).toBe(2);
    expect(factsOf(live, 'case_closed')).toBe(0);
    // Referrals: two sent, one accepted after 10 days and started after 35 days, one refused after 7.
    expect(factsOf(live, 'referral_sent')).toBe(2);
    expect(rowsOf(live, 'referral_accepted')).toEqual([expect.objectContaining({ detail: 'mental_health', total: 10 })]);
    expect(rowsOf(live, 'referral_started')).toEqual([expect.objectContaining({ detail: 'mental_health', total: 35 })]);
    expect(rowsOf(live, 'referral_ended')).toEqual([expect.objectContaining({ outcome: 'refused', total: 7 })]);
    expect(rowsOf(live, 'mano_started')).toEqual([expect.objectContaining({ track: 'mano', detail: 'stuck', facts: 1 })]);
    expect(rowsOf(live, 'mano_concluded')).toEqual([expect.objectContaining({ outcome: 'necessary_help_accepted', total: 0 })]);
    expect(factsOf(live, 'contact')).toBe(2);
    expect(factsOf(live, 'contact_theme')).toBe(4);
    expect(factsOf(live, 'chat_conversation')).toBe(1);
    expect(rowsOf(live, 'consult').map((r) => [r.detail, r.facts]).sort()).toEqual([['gp', 1], ['school_clb', 1]]);

    // The safety net finds nothing left to add …
    const net = await backfillFacts(t.database.db);
    expect(Object.entries(net.added).filter(([, n]) => n > 0)).toEqual([]);
    // … and a backfill from scratch over the same data gives exactly the same aggregates.
    await t.database.db.execute(sql`DELETE FROM monitoring_facts`);
    await t.database.db.execute(sql`DELETE FROM monitoring_aggregates`);
    await backfillFacts(t.database.db);
    expect(await aggregates()).toEqual(live);
  }, 240_000);

  it('leaves no statistic behind when the operational write fails', async () => {
    const { worker, caseId } = await assignedCase(t);
    const before = await aggregates();
    const refused = await worker.agent.post(`/api/cases/${caseId}/referrals`, { partnerId: await partnerId('CGG Vagga'), reason: 'Therapie.', sentOn: daysAgo(-3) });
    expect(refused.statusCode).toBe(400);
    expect(await aggregates()).toEqual(before);
  });
});
