import { describe, expect, it } from 'vitest';
import { signedIn, useTestApp } from '../../test/support/app.js';
import { brusselsDaysAgo } from '../../test/support/dates.js';
import { brusselsDate } from '../cases/deadlines/working-days.js';
import { rows, sql } from '../platform/db.js';
import { assignedCase, expectRefused, outsiders } from '../teamwork/case-team.fixtures.js';
import { seedPartnerDirectory } from './partner-directory.seed.js';

const t = useTestApp({ seed: seedPartnerDirectory });

interface Partner {
  id: string;
  name: string;
  kind: string;
  province: string | null;
  version: number;
}
const daysAgo = (n: number) => brusselsDaysAgo(n);

async function partner(name: string): Promise<Partner> {
  const { agent } = await signedIn(t, 'caseworker');
  const res = await agent.get(`/api/partners?q=${encodeURIComponent(name)}`);
  return res.json<{ partners: Partner[] }>().partners.find((p) => p.name === name)!;
}

describe('partner directory', () => {
  it('lists every kind of service per province, with the services for all of Flanders', async () => {
    const { agent } = await signedIn(t, 'counsellor');
    const res = await agent.get('/api/partners?province=Limburg');
    expect(res.statusCode).toBe(200);
    const listed = res.json<{ partners: Partner[] }>().partners;
    expect(new Set(listed.map((p) => p.kind))).toEqual(new Set(['caw', 'other', 'ocj', 'itp', 'youth_care', 'mental_health', 'prosecutor', 'police', 'zsg', 'fjc']));
    expect(listed.every((p) => p.province === 'Limburg' || p.province === null)).toBe(true);
    const prosecutors = (await agent.get('/api/partners?kind=prosecutor')).json<{ partners: Partner[] }>().partners;
    expect(prosecutors.map((p) => p.province).sort()).toEqual(['Antwerpen', 'Brussel', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'Vlaams-Brabant', 'West-Vlaanderen']);
  });

  it('is kept by leads and administrators, with optimistic locking; caseworkers only read it', async () => {
    const lead = await signedIn(t, 'team_lead');
    const worker = await signedIn(t, 'caseworker');
    const body = { name: 'CKG De Schommel', kind: 'youth_care', province: 'Antwerpen', city: 'Mechelen', notes: 'Centrum voor Kinderzorg en Gezinsondersteuning' };
    expect((await worker.agent.post('/api/partners', body)).statusCode).toBe(403);
    const created = await lead.agent.post('/api/partners', body);
    expect(created.statusCode, created.body).toBe(201);
    expect((await lead.agent.post('/api/partners', body)).json<{ code: string }>().code).toBe('partner_exists');
    const id = created.json<Partner>().id;
    const admin = await signedIn(t, 'admin');
    expect((await admin.agent.post(`/api/partners/${id}`, { version: 1, active: false })).statusCode).toBe(200);
    expect((await lead.agent.post(`/api/partners/${id}`, { version: 1, city: 'Lier' })).statusCode).toBe(409);
    expect((await worker.agent.get('/api/partners?q=Schommel')).json<{ partners: unknown[] }>().partners).toEqual([]);
    expect((await worker.agent.get('/api/partners?q=Schommel&includeInactive=true')).json<{ partners: unknown[] }>().partners).toHaveLength(1);
  });
});

describe('referrals', () => {
  it('follows a referral from sent to started with its waiting time, and records the disclosure it makes in the same step', async () => {
    const { caseId, worker } = await assignedCase(t);
    const cgg = await partner('CGG Vagga');
    const sent = await worker.agent.post(`/api/cases/${caseId}/referrals`, {
      partnerId: cgg.id,
      reason: 'Traumatherapie voor Noor.',
      sentOn: daysAgo(30),
      disclosure: { legalBasis: 'consent', information: 'Aanmeldingsformulier met zorgformuleringen', familyInformed: true },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const referral = sent.json<{ id: string; status: string; waitingDays: number; stillWaiting: boolean; disclosureId: string }>();
    expect(referral).toMatchObject({ status: 'sent', waitingDays: 30, stillWaiting: true });
    const disclosures = (await worker.agent.get(`/api/cases/${caseId}/disclosures`)).json<{ disclosures: { id: string; legalBasis: string; recipientName: string; reason: string; source: string; disclosedOn: string }[] }>().disclosures;
    expect(disclosures).toEqual([expect.objectContaining({ id: referral.disclosureId, legalBasis: 'consent', recipientName: 'CGG Vagga', reason: 'Traumatherapie voor Noor.', source: 'referral', disclosedOn: daysAgo(30) })]);

    const waiting = await worker.agent.post(`/api/cases/${caseId}/referrals/${referral.id}/status`, { version: 1, status: 'waiting', changedOn: daysAgo(20), note: 'Wachtlijst van ongeveer 3 weken.' });
    expect(waiting.statusCode, waiting.body).toBe(200);
    const started = await worker.agent.post(`/api/cases/${caseId}/referrals/${referral.id}/status`, { version: 2, status: 'started', changedOn: daysAgo(2) });
    expect(started.json()).toMatchObject({ status: 'started', waitingDays: 28, stillWaiting: false, startedOn: daysAgo(2), acceptedOn: daysAgo(2) });
    const back = await worker.agent.post(`/api/cases/${caseId}/referrals/${referral.id}/status`, { version: 3, status: 'waiting' });
    expect(back.json<{ code: string }>().code).toBe('referral_status_not_allowed');
    const listed = (await worker.agent.get(`/api/cases/${caseId}/referrals`)).json<{ referrals: { history: { status: string }[] }[] }>().referrals;
    expect(listed[0]!.history.map((h) => h.status)).toEqual(['sent', 'waiting', 'started']);
  });

  it('sends nothing when the disclosure that goes with it is not valid', async () => {
    const { caseId, worker } = await assignedCase(t);
    const police = await partner('Politiezone Antwerpen');
    const res = await worker.agent.post(`/api/cases/${caseId}/referrals`, { partnerId: police.id, reason: 'Verhoor', disclosure: { legalBasis: '458bis_a', information: 'Verslag', familyInformed: false } });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['disclosure.legalBasis', 'disclosure.notInformedReason']);
    const counts = await rows<{ referrals: number; disclosures: number }>(t.database.db, sql`SELECT (SELECT count(*)::int FROM referrals) AS referrals, (SELECT count(*)::int FROM disclosures) AS disclosures`);
    expect(counts[0]).toEqual({ referrals: 0, disclosures: 0 });
  });
});

describe('disclosures', () => {
  it('records no disclosure without a legal basis, not even when written around the service', async () => {
    const { caseId, worker } = await assignedCase(t);
    const fjc = await partner('Family Justice Center Antwerpen');
    const missing = await worker.agent.post(`/api/cases/${caseId}/disclosures`, { partnerId: fjc.id, reason: 'Casusoverleg', information: 'Gezinssituatie', familyInformed: true });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['legalBasis']);
    const [caseRow] = await rows<{ recorded_by: string }>(t.database.db, sql`SELECT owner_id AS recorded_by FROM cases WHERE id = ${caseId}`);
    const direct = t.database.db.execute(
      sql`INSERT INTO disclosures (case_id, recipient_name, recipient_kind, legal_basis, reason, information, disclosed_on, family_informed, recorded_by) VALUES (${caseId}, 'x', 'police', 'because', 'r', 'i', current_date, true, ${caseRow!.recorded_by})`,
    );
    await expect(direct).rejects.toThrow();
    const ok = await worker.agent.post(`/api/cases/${caseId}/disclosures`, { partnerId: fjc.id, legalBasis: '458ter', reason: 'Casusoverleg', information: 'Gezinssituatie en veiligheidsplan', familyInformed: false, notInformedReason: 'Mama wordt morgen geïnformeerd bij het huisbezoek.' });
    expect(ok.statusCode, ok.body).toBe(201);
    const d = ok.json<{ id: string; familyInformed: boolean }>();
    const informed = await worker.agent.post(`/api/cases/${caseId}/disclosures/${d.id}/family-informed`, { version: 1 });
    expect(informed.json()).toMatchObject({ familyInformed: true, familyInformedOn: brusselsDate(new Date()), version: 2 });
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_events WHERE record_id = ${caseId} AND action LIKE 'disclosure.%' ORDER BY seq`);
    expect(audit.map((a) => a.action)).toEqual(['disclosure.create', 'disclosure.update']);
  });

  it('allows art. 458bis only towards the prosecutor, and consent only with the family informed', async () => {
    const { caseId, worker } = await assignedCase(t);
    const caw = await partner('CAW Antwerpen');
    const parket = await partner('Parket Antwerpen');
    const wrong = await worker.agent.post(`/api/cases/${caseId}/disclosures`, { partnerId: caw.id, legalBasis: '458bis_b', reason: 'Andere kinderen in gevaar', information: 'Verslag', familyInformed: true });
    expect(wrong.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['legalBasis']);
    const hidden = await worker.agent.post(`/api/cases/${caseId}/disclosures`, { partnerId: caw.id, legalBasis: 'consent', reason: 'Hulp', information: 'Verslag', familyInformed: false, notInformedReason: 'later' });
    expect(hidden.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['familyInformed']);
    const right = await worker.agent.post(`/api/cases/${caseId}/disclosures`, { partnerId: parket.id, legalBasis: '458bis_a', reason: 'Ernstig en dreigend gevaar', information: 'Verslag', familyInformed: false, notInformedReason: 'Informeren brengt Noor in gevaar.' });
    expect(right.statusCode, right.body).toBe(201);
  });
});

describe('who may see referrals and disclosures', () => {
  it('hides them from everyone outside the case team', async () => {
    const { caseId, worker } = await assignedCase(t);
    const caw = await partner('CAW Antwerpen');
    await worker.agent.post(`/api/cases/${caseId}/referrals`, { partnerId: caw.id, reason: 'Begeleiding mama' });
    await expectRefused(await outsiders(t), [
      { method: 'GET', url: `/api/cases/${caseId}/referrals` },
      { method: 'GET', url: `/api/cases/${caseId}/disclosures` },
      { method: 'POST', url: `/api/cases/${caseId}/referrals`, body: { partnerId: caw.id, reason: 'x' } },
      { method: 'POST', url: `/api/cases/${caseId}/disclosures`, body: { partnerId: caw.id, legalBasis: 'consent', reason: 'x', information: 'y', familyInformed: true } },
    ]);
    expect((await rows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM referrals`))[0]!.n).toBe(1);
  });

  it('refuses referrals and disclosures on a closed case, and still shows what was shared', async () => {
    const { caseId, worker } = await assignedCase(t);
    const caw = await partner('CAW Antwerpen');
    await worker.agent.post(`/api/cases/${caseId}/disclosures`, { partnerId: caw.id, legalBasis: 'consent', reason: 'Begeleiding', information: 'Situatieschets', familyInformed: true });
    const version = (await worker.agent.get(`/api/cases/${caseId}`)).json<{ version: number }>().version;
    expect((await worker.agent.post(`/api/cases/${caseId}/close`, { version, outcome: 'referred_youth_care' })).statusCode).toBe(200);
    for (const [url, body] of [
      [`/api/cases/${caseId}/referrals`, { partnerId: caw.id, reason: 'x' }],
      [`/api/cases/${caseId}/disclosures`, { partnerId: caw.id, legalBasis: 'consent', reason: 'x', information: 'y', familyInformed: true }],
    ] as const) {
      expect((await worker.agent.post(url, body)).json<{ code: string }>().code, url).toBe('case_closed');
    }
    expect((await worker.agent.get(`/api/cases/${caseId}/disclosures`)).json<{ disclosures: unknown[] }>().disclosures).toHaveLength(1);
  });
});
