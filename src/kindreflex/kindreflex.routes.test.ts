// The guide's public doors against a real migrated database: a consult request reaches the VK of
// the chosen province and no other centre, bad input is named field by field, and counts stay
// anonymous aggregates.
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { Agent, signedIn, TEST_SECRET, testConfig, useTestApp } from '../../test/support/app.js';
import { buildApp } from '../app.js';
import { auditEvents } from '../audit/audit.tables.js';
import { addWorkingDays, brusselsDate } from '../consult/response-time.js';
import { rows, sql } from '../platform/db.js';
import { seedOrganisation } from '../seed/demo.seed.js';
import { loadGuideCatalogue } from './guide-catalogue.js';

const t = useTestApp({ seed: seedOrganisation });
const version = loadGuideCatalogue().get('ggz')!.version;
const year = brusselsDate(new Date()).slice(0, 4);

const consultBody = (overrides: Record<string, unknown> = {}) => ({
  sector: 'ggz',
  contentVersion: version,
  outcome: 'consult_vk',
  province: 'limburg',
  shared: { observations: 'Jongste huilt lang, niemand reageert.', decisions: 'Beslismoment 1 …', question: 'Hoe bespreek ik dit met de ouder?' },
  contactPreference: 'phone',
  contact: { phone: '011 12 34 56', organisation: 'CGG Noord' },
  ...overrides,
});

const anonymous = () => new Agent(t.app);
interface Created { reference: string; centreName: string; expectedResponseBy: string; responseWorkingDays: number; counted: boolean }
interface Listed { requests: { id: string; reference: string; province: string; guideOutcome: string }[] }

describe('POST /api/kindreflex/consult-requests', () => {
  it('reaches the VK of the chosen province, with a reference and an expected answer date', async () => {
    const res = await anonymous().post('/api/kindreflex/consult-requests', consultBody());
    expect(res.statusCode).toBe(201);
    const created = res.json<Created>();
    expect(created).toEqual({ reference: `KR-${year}-000001`, centreName: 'VK Limburg', expectedResponseBy: addWorkingDays(new Date(), 3), responseWorkingDays: 3, counted: false });
    const second = (await anonymous().post('/api/kindreflex/consult-requests', consultBody({ province: 'brussel' }))).json<Created>();
    expect(second).toMatchObject({ reference: `KR-${year}-000002`, centreName: 'VK Brussel' });

    const { agent: limburg } = await signedIn(t, 'caseworker', 'vk-limburg');
    const listed = (await limburg.get('/api/consult/requests')).json<Listed>().requests;
    expect(listed.map((r) => r.reference)).toEqual([created.reference]);
    const detail = await limburg.get(`/api/consult/requests/${listed[0]!.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      reference: created.reference,
      channel: 'kindreflex',
      sector: 'ggz',
      province: 'limburg',
      guideOutcome: 'consult_vk',
      status: 'new',
      contentVersion: version,
      observations: 'Jongste huilt lang, niemand reageert.',
      considerations: null,
      question: 'Hoe bespreek ik dit met de ouder?',
      contactPreference: 'phone',
      contact: { name: null, organisation: 'CGG Noord', phone: '011 12 34 56', email: null },
    });
  });

  it('stays invisible to another centre: not listed, and 404 exactly like a request that does not exist', async () => {
    await anonymous().post('/api/kindreflex/consult-requests', consultBody());
    const { agent: limburg } = await signedIn(t, 'counsellor', 'vk-limburg');
    const id = (await limburg.get('/api/consult/requests')).json<Listed>().requests[0]!.id;
    const { agent: antwerpen } = await signedIn(t, 'caseworker', 'vk-antwerpen');
    expect((await antwerpen.get('/api/consult/requests')).json<Listed>().requests).toEqual([]);
    const foreign = await antwerpen.get(`/api/consult/requests/${id}`);
    const missing = await antwerpen.get('/api/consult/requests/00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
  });

  it('audits the anonymous creation with field names only, and every staff read with the reader', async () => {
    // A staff session open in the same browser must not turn the professional into that user.
    const { agent: someoneSignedIn } = await signedIn(t, 'caseworker', 'vk-antwerpen');
    await someoneSignedIn.post('/api/kindreflex/consult-requests', consultBody());
    const { agent: limburg, user } = await signedIn(t, 'caseworker', 'vk-limburg');
    const id = (await limburg.get('/api/consult/requests')).json<Listed>().requests[0]!.id;
    await limburg.get(`/api/consult/requests/${id}`);
    const events = await t.database.db.select().from(auditEvents);
    const created = events.find((e) => e.action === 'consult_request.create')!;
    expect(created).toMatchObject({ actorId: null, recordId: id, details: { channel: 'kindreflex', sector: 'ggz', fields: ['observations', 'decisions', 'question', 'contact.organisation', 'contact.phone'] } });
    expect(JSON.stringify(created.details)).not.toContain('huilt');
    expect(events.filter((e) => e.action === 'consult_request.read').map((e) => [e.actorId, e.recordId])).toEqual([[user.id, id]]);
    expect(events.some((e) => e.action === 'consult_request.list' && e.actorId === user.id)).toBe(true);
  });

  it('names every field problem at once: shape first', async () => {
    const res = await anonymous().post('/api/kindreflex/consult-requests', consultBody({ sector: 'Geestelijke Gezondheid', province: 'gent', contactPreference: 'fax', shared: { observations: 'x'.repeat(4001) }, contact: { email: 'geen-adres' } }), { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ code: string }>().code).toBe('validation_failed');
    expect(res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path).sort()).toEqual(['contact.email', 'contactPreference', 'province', 'sector', 'shared.observations']);
  });

  it('names every field problem at once: then meaning, in the caller’s language', async () => {
    const res = await anonymous().post('/api/kindreflex/consult-requests', consultBody({ sector: 'tandartsen', shared: { question: '   ' }, contactPreference: 'phone', contact: {} }));
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ fields: { path: string; message: string }[] }>().fields;
    expect(fields.map((f) => f.path)).toEqual(['sector', 'shared.question', 'contact.phone']);
    expect(fields[2]!.message).toBe('Geef een telefoonnummer als u wilt dat het VK u belt.');
    const unknownField = await anonymous().post('/api/kindreflex/consult-requests', { ...consultBody(), childName: 'Jan' });
    expect(unknownField.statusCode).toBe(400);
    expect(await rows(t.database.db, sql`SELECT 1 FROM consult_requests`)).toEqual([]);
  });

  it('limits one address to 20 requests an hour, without affecting others', async () => {
    const from = (remoteAddress: string) => t.app.inject({ method: 'POST', url: '/api/kindreflex/consult-requests', remoteAddress, payload: { invalid: true } });
    for (let i = 0; i < 20; i += 1) expect((await from('198.51.100.7')).statusCode).toBe(400);
    const limited = await from('198.51.100.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ code: string }>().code).toBe('rate_limited');
    expect((await from('198.51.100.8')).statusCode).toBe(400);
  });
});

describe('anonymous completion counts', () => {
  it('counts only what was consented to, per sector and outcome, and shows it to team leads', async () => {
    expect((await anonymous().post('/api/kindreflex/completions', { sector: 'ggz', contentVersion: version, outcome: 'keep_supporting' })).statusCode).toBe(204);
    await anonymous().post('/api/kindreflex/completions', { sector: 'ggz', contentVersion: version, outcome: 'keep_supporting' });
    await anonymous().post('/api/kindreflex/completions', { sector: 'ziekenhuis', contentVersion: version, outcome: 'acute_danger' });
    const withConsult = await anonymous().post('/api/kindreflex/consult-requests', consultBody({ countCompletion: true }));
    expect(withConsult.json<Created>().counted).toBe(true);
    await anonymous().post('/api/kindreflex/consult-requests', consultBody({ countCompletion: false }));

    const { agent: lead } = await signedIn(t, 'team_lead', 'vk-west-vlaanderen');
    const stats = await lead.get('/api/kindreflex/stats', { 'accept-language': 'en' });
    expect(stats.statusCode).toBe(200);
    const body = stats.json<{ total: number; sectors: { sector: string; name: string; completions: number; outcomes: Record<string, number> }[]; months: { month: string; completions: number }[] }>();
    expect(body.total).toBe(4);
    expect(body.sectors).toEqual([
      { sector: 'ggz', name: 'Mental health care', completions: 3, outcomes: { keep_supporting: 2, involve_service: 0, consult_vk: 1, consult_ocj: 0, acute_danger: 0 } },
      { sector: 'ziekenhuis', name: 'Hospitals and emergency departments', completions: 1, outcomes: { keep_supporting: 0, involve_service: 0, consult_vk: 0, consult_ocj: 0, acute_danger: 1 } },
    ]);
    expect(body.months).toHaveLength(12);
    expect(body.months.at(-1)).toEqual({ month: brusselsDate(new Date()).slice(0, 7), completions: 4 });
  });

  it('stores nothing finer than a month, no address, and writes no audit event for a count', async () => {
    await anonymous().post('/api/kindreflex/completions', { sector: 'caw', contentVersion: version, outcome: 'involve_service' });
    const columns = await rows<{ column_name: string }>(t.database.db, sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'kindreflex_completion_counts' ORDER BY ordinal_position`);
    expect(columns.map((c) => c.column_name)).toEqual(['month', 'sector', 'outcome', 'content_version', 'completions']);
    expect(await rows(t.database.db, sql`SELECT month, sector, outcome, completions FROM kindreflex_completion_counts`)).toEqual([
      { month: brusselsDate(new Date()).slice(0, 7), sector: 'caw', outcome: 'involve_service', completions: 1 },
    ]);
    expect(await t.database.db.select().from(auditEvents)).toEqual([]);
  });

  it('refuses unknown sectors and outdated versions, and counts a stale consult without counting it', async () => {
    const unknown = await anonymous().post('/api/kindreflex/completions', { sector: 'tandartsen', contentVersion: version, outcome: 'keep_supporting' });
    expect(unknown.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['sector']);
    const stale = await anonymous().post('/api/kindreflex/completions', { sector: 'ggz', contentVersion: '2020.1', outcome: 'keep_supporting' });
    expect(stale.statusCode).toBe(400);
    expect(stale.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['contentVersion']);
    const staleConsult = await anonymous().post('/api/kindreflex/consult-requests', consultBody({ contentVersion: '2020.1', countCompletion: true }));
    expect(staleConsult.statusCode).toBe(201);
    expect(staleConsult.json<Created>().counted).toBe(false);
    expect(await rows(t.database.db, sql`SELECT 1 FROM kindreflex_completion_counts`)).toEqual([]);
  });

  it('keeps the counts from staff without the permission, and checks the period', async () => {
    const { agent: caseworker } = await signedIn(t, 'caseworker', 'vk-antwerpen');
    expect((await caseworker.get('/api/kindreflex/stats')).statusCode).toBe(403);
    const { agent: lead } = await signedIn(t, 'team_lead', 'vk-antwerpen');
    const reversed = await lead.get('/api/kindreflex/stats?from=2026-05&to=2026-01');
    expect(reversed.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual(['from']);
    const malformed = await lead.get('/api/kindreflex/stats?from=2026-13');
    expect(malformed.statusCode).toBe(400);
    const period = (await lead.get('/api/kindreflex/stats?from=2025-11&to=2026-02')).json<{ months: { month: string }[] }>();
    expect(period.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('what the logs keep', () => {
  it('logs neither what was typed nor a dated trace of an anonymous count', async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const app = await buildApp({ config: testConfig({ logLevel: 'info' }), database: t.database, secretKey: TEST_SECRET, logStream });
    try {
      await app.inject({ method: 'POST', url: '/api/kindreflex/completions', payload: { sector: 'ggz', contentVersion: version, outcome: 'keep_supporting' } });
      await app.inject({ method: 'POST', url: '/api/kindreflex/consult-requests', payload: consultBody() });
    } finally {
      await app.close();
    }
    const log = lines.join('');
    expect(log).toContain('/api/kindreflex/consult-requests');
    expect(log).not.toContain('/api/kindreflex/completions');
    expect(log).not.toContain('huilt');
    expect(log).not.toContain('011 12 34 56');
  });
});
