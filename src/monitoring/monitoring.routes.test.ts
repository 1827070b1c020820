// The analyst's routes on realistic demo statistics: who may call them, and — applied to every
// analyst response here — that nothing returned identifies a person or shows a count of 1–9.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { Agent, signedIn, useTestApp } from '../../test/support/app.js';
import { routeInventory } from '../access/guard.js';
import type { Role } from '../access/permissions.js';
import { rows, sql } from '../platform/db.js';
import { anonymityProblems, tableProblems } from './anonymity-check.js';
import { seedMonitoringDemo } from './monitoring.seed.js';

const t = useTestApp({ reset: false });
let analyst: Agent;

/** Every analyst response goes through the anonymity check before a test looks at it. */
async function analystGet(url: string): Promise<LightMyRequestResponse> {
  const response = await analyst.get(url);
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('json')) expect(anonymityProblems(response.json()), url).toEqual([]);
  if (type.includes('csv')) {
    const table = parse(response.body.replace(/^\uFEFF/, ''), { relax_column_count: true, comment: '#' });
    expect(tableProblems(table, countColumns(url)), url).toEqual([]);
  }
  if (type.includes('spreadsheetml')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const table: unknown[][] = [];
    workbook.worksheets[0]?.eachRow((row) => table.push((row.values as unknown[]).slice(1)));
    expect(tableProblems(table.slice(1), countColumns(url)), url).toEqual([]);
  }
  return response;
}

/** Breakdowns: every column but the first holds counts; series of a count indicator: "value". */
const countColumns = (url: string) => (header: readonly unknown[]): number[] => {
  if (url.includes('/breakdown/')) return header.map((_, i) => i).slice(1);
  if (url.includes('indicator=reports') || url.includes('waiting_over_3_months')) return [2];
  return [];
};

beforeAll(async () => {
  analyst = (await signedIn(t, 'analyst')).agent;
  await seedMonitoringDemo(t.database.db, new Date('2026-11-15T12:00:00Z'));
}, 180_000);

const monitoringRoutes = () => routeInventory.get(t.app)!.filter((r) => r.url.startsWith('/api/monitoring') && r.method !== 'HEAD');

describe('who may use the monitoring API', () => {
  it('lets analysts in and keeps caseworkers, team leads, admins and DPOs out', async () => {
    const routes = monitoringRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(9);
    expect((await analystGet('/api/monitoring/catalogue')).statusCode).toBe(200);
    for (const role of ['caseworker', 'team_lead', 'admin', 'dpo', 'counsellor'] as Role[]) {
      const { agent } = await signedIn(t, role);
      for (const route of routes) {
        const response = await agent.request({ method: route.method, url: route.url, payload: route.method === 'GET' ? undefined : {} });
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
      }
    }
  });
});

describe('analyst responses on demo data', () => {
  it('answer every dashboard question without persons or small counts', async () => {
    const catalogue = (await analystGet('/api/monitoring/catalogue')).json<{ indicators: { id: string; periodType: string }[]; breakdowns: { id: string }[] }>();
    expect(catalogue.indicators.length).toBeGreaterThanOrEqual(8);
    const regions = 'VL,ANT,LIM,OVL,WVL,VBR,BRU';
    let suppressed = 0;
    for (const { id } of catalogue.indicators) {
      for (const periodType of ['month', 'quarter', 'year']) {
        const response = await analystGet(`/api/monitoring/series?indicator=${id}&from=2025-01&to=2026-11&periodType=${periodType}&regions=${regions}`);
        expect(response.statusCode, id).toBe(200);
        suppressed += JSON.stringify(response.json()).split('"suppressed"').length - 1;
      }
      for (const format of ['csv', 'xlsx']) {
        const download = await analystGet(`/api/monitoring/series/export?indicator=${id}&from=2026-01&to=2026-11&periodType=month&regions=${regions}&format=${format}`);
        expect(download.statusCode).toBe(200);
      }
    }
    for (const { id } of catalogue.breakdowns) {
      for (const [from, to] of [['2026-01', '2026-01'], ['2025-01', '2025-12']]) {
        const response = await analystGet(`/api/monitoring/breakdown?id=${id}&from=${from}&to=${to}`);
        expect(response.statusCode, id).toBe(200);
        suppressed += JSON.stringify(response.json()).split('null').length - 1;
        for (const format of ['csv', 'xlsx']) expect((await analystGet(`/api/monitoring/breakdown/export?id=${id}&from=${from}&to=${to}&format=${format}`)).statusCode).toBe(200);
      }
    }
    for (const region of regions.split(',')) expect((await analystGet(`/api/monitoring/overview?year=2026&region=${region}`)).statusCode).toBe(200);
    // The demo has small groups (a province in one month): the check above only means something
    // if suppression actually happened.
    expect(suppressed).toBeGreaterThan(10);
  }, 240_000);

  it('the check itself catches a person and a small count', () => {
    expect(anonymityProblems({ firstName: 'Mila' })).toHaveLength(1);
    expect(anonymityProblems({ unit: 'count', points: [{ value: 4 }] })).toHaveLength(1);
    expect(anonymityProblems({ counts: [12, 3] })).toHaveLength(1);
    expect(anonymityProblems({ id: 'b3c1f1de-8a51-4c55-9a44-0f0e7f1d2a11' })).toHaveLength(1);
    expect(anonymityProblems({ unit: 'percent', points: [{ value: 4 }] })).toEqual([]);
    expect(anonymityProblems({ unit: 'count', registries: [{ counts: { ANT: 120, LIM: 4 } }] })).toHaveLength(1);
    expect(anonymityProblems({ unit: 'count', targets: [{ target: 5, year: 2026 }] })).toEqual([]);
  });

  it('shows the demo overview with Flemish totals in a realistic range', async () => {
    const overview = (await analystGet('/api/monitoring/overview?year=2025&region=VL')).json<{ items: { indicator: { id: string }; value: number | null }[] }>();
    const value = (id: string) => overview.items.find((i) => i.indicator.id === id)?.value ?? null;
    // DOMAIN.md: about 7,500 reports a year; 10.6 % MANO of 35.7 % case + MANO ≈ 30 %.
    expect(value('reports')).toBeGreaterThan(6_500);
    expect(value('reports')).toBeLessThan(9_000);
    expect(value('mano_share')).toBeGreaterThan(25);
    expect(value('mano_share')).toBeLessThan(35);
  });

  it('refuses a reversed period and unknown indicators with field errors', async () => {
    const reversed = await analystGet('/api/monitoring/series?indicator=reports&from=2026-05&to=2026-01');
    expect(reversed.statusCode).toBe(400);
    const unknown = await analystGet('/api/monitoring/series?indicator=nope&from=2026-01&to=2026-02');
    expect(unknown.json<{ fields: { path: string }[] }>().fields[0]?.path).toBe('indicator');
  });
});

describe('targets', () => {
  it('are set by analysts, audited, and colour the overview', async () => {
    const body = { indicatorId: 'acute_contacted_24h', period: '2026', region: 'VL', target: 99, tolerance: 1 };
    expect((await analyst.request({ method: 'PUT', url: '/api/monitoring/targets', payload: body })).statusCode).toBe(200);
    const { agent: caseworker } = await signedIn(t, 'caseworker');
    expect((await caseworker.request({ method: 'PUT', url: '/api/monitoring/targets', payload: body })).statusCode).toBe(403);
    const listed = (await analystGet('/api/monitoring/targets?indicator=acute_contacted_24h')).json<{ targets: unknown[] }>();
    expect(listed.targets).toContainEqual(body);
    const overview = (await analystGet('/api/monitoring/overview?year=2026&region=VL')).json<{ items: { indicator: { id: string }; light: string; target: number | null }[] }>();
    const item = overview.items.find((i) => i.indicator.id === 'acute_contacted_24h');
    expect(item?.target).toBe(99);
    expect(item?.light).toBe('red');
    const audited = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_events WHERE action = 'monitoring.target.set'`);
    expect(audited).toHaveLength(1);
    expect((await analyst.post('/api/monitoring/targets/remove', { indicatorId: 'acute_contacted_24h', period: '2026', region: 'VL' })).statusCode).toBe(204);
    expect((await analyst.post('/api/monitoring/targets/remove', { indicatorId: 'acute_contacted_24h', period: '2026', region: 'VL' })).statusCode).toBe(404);
  });
});
