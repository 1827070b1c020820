// Combining figures: the registry import wizard (line-by-line report, nothing imported while a
// line fails unless only the clean lines are chosen), CLK-encoded files linked into capture
// histories, the prevalence estimate that follows, ACE surveys, and the periodic report.
import { Readable, Writable } from 'node:stream';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, signedIn, useTestApp } from '../../test/support/app.js';
import { createClkEncoder } from '../linkage/clk-encoder.js';
import { loadClkSchema, SCHAKEL_SCHEMA_PATH } from '../linkage/clk-schema.js';
import { encodeCsv } from '../linkage/encode-csv.js';
import { captureTableFrom } from '../prevalence/capture-table.js';
import { estimateCaptureTable } from '../prevalence/estimate.js';
import { toPublishable } from '../prevalence/publish.js';
import { rows, sql } from '../platform/db.js';
import { buildProgram } from '../cli-program.js';
import { anonymityProblems } from './anonymity-check.js';
import { buildReport } from './report.service.js';
import { wilsonInterval } from './surveys.service.js';

const t = useTestApp({ reset: false });
let analyst: Agent;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function analystGet(url: string) {
  const response = await analyst.get(url);
  expect(anonymityProblems(response.json()), url).toEqual([]);
  return response;
}

beforeAll(async () => {
  analyst = (await signedIn(t, 'analyst')).agent;
}, 120_000);

describe('counts import', () => {
  const csv = 'provincie,maatstaf,aantal\nAntwerpen,pv_intrafamiliaal,120\nLimburg,pv_intrafamiliaal,veel\nGent,pv_intrafamiliaal,40\nOost-Vlaanderen,pv_intrafamiliaal,95\n';
  const body = { format: 'counts', year: 2025, files: [{ registry: 'politie', fileName: 'politie-2025.csv', contentBase64: b64(csv) }] };

  it('suggests a mapping and reports every bad line with its column', async () => {
    const check = (await analyst.post('/api/monitoring/imports/check', body)).json<{ suggested: { count: number; region: number; measure: number }; problems: { line: number; column: string; nl: string }[]; acceptedLines: number; lines: number }>();
    expect(check.suggested).toMatchObject({ region: 0, measure: 1, count: 2 });
    expect(check.lines).toBe(4);
    expect(check.acceptedLines).toBe(2);
    expect(check.problems.map((p) => [p.line, p.column])).toEqual([[3, 'aantal'], [4, 'provincie']]);
    expect(check.problems[0]?.nl).toContain('geen aantal');
  });

  it('imports nothing while a line fails, and only the clean lines when asked to', async () => {
    const refused = await analyst.post('/api/monitoring/imports', { ...body, registry: 'politie', onlyCleanLines: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ code: string }>().code).toBe('monitoring_import_has_errors');
    expect(await rows(t.database.db, sql`SELECT 1 FROM monitoring_registry_imports`)).toHaveLength(0);

    const done = await analyst.post('/api/monitoring/imports', { ...body, registry: 'politie', onlyCleanLines: true });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toEqual({ acceptedLines: 2, rejectedLines: 2 });
    const listed = (await analystGet('/api/monitoring/imports')).json<{ imports: { registry: string; acceptedLines: number }[] }>();
    expect(listed.imports[0]).toMatchObject({ registry: 'politie', acceptedLines: 2 });
  });

  it('shows imported counts per province with the same small-count suppression', async () => {
    const youthCare = 'provincie,aantal\nAntwerpen,50\nLimburg,4\nWest-Vlaanderen,30\n';
    const response = await analyst.post('/api/monitoring/imports', { format: 'counts', year: 2025, registry: 'jeugdhulp', onlyCleanLines: false, files: [{ registry: 'jeugdhulp', fileName: 'jh.csv', contentBase64: b64(youthCare) }] });
    expect(response.statusCode).toBe(201);
    const counts = (await analystGet('/api/monitoring/registry-counts?year=2025')).json<{ registries: { registry: string; measure: string; counts: Record<string, number | null> }[] }>();
    const police = counts.registries.find((r) => r.registry === 'politie');
    expect(police?.counts).toMatchObject({ ANT: 120, OVL: 95, VL: 215 });
    const youth = counts.registries.find((r) => r.registry === 'jeugdhulp');
    // Limburg's 4 is withheld, and West Flanders' 30 with it (else 84 − 50 − 30 = 4).
    expect(youth?.counts).toMatchObject({ ANT: 50, LIM: null, WVL: null, VL: 84 });
  });

  it('is for analysts only', async () => {
    const { agent } = await signedIn(t, 'caseworker');
    expect((await agent.post('/api/monitoring/imports/check', body)).statusCode).toBe(403);
  });
});

describe('capture table import and prevalence', () => {
  it('feeds the year’s estimate, the same as the prevalence engine gives for the table', async () => {
    const table = 'vk,politie,jeugdhulp,count\n1,0,0,2100\n0,1,0,900\n0,0,1,1500\n1,1,0,210\n1,0,1,640\n0,1,1,120\n1,1,1,45\n';
    const response = await analyst.post('/api/monitoring/imports', { format: 'capture', year: 2024, registry: 'overlap', onlyCleanLines: false, files: [{ registry: 'overlap', fileName: 'overlap.csv', contentBase64: b64(table) }] });
    expect(response.statusCode).toBe(201);
    const prevalence = (await analystGet('/api/monitoring/prevalence?year=2024')).json<{ estimate: { sources: string[]; chosen: { model: string; abundance: number }; explanation: Record<string, string>; sensitivity: { lowest: number; highest: number } } }>();
    const expected = toPublishable(
      estimateCaptureTable(
        captureTableFrom(['vk', 'politie', 'jeugdhulp'], [[1, 2100], [2, 900], [4, 1500], [3, 210], [5, 640], [6, 120], [7, 45]].map(([history, count]) => ({ history: history!, count: count! }))),
      ),
    );
    const best = expected.models.find((m) => m.model === expected.best.AIC);
    expect(prevalence.estimate.sources).toEqual(['vk', 'politie', 'jeugdhulp']);
    expect(prevalence.estimate.chosen).toMatchObject({ model: best?.model, abundance: best?.abundance });
    expect(prevalence.estimate.explanation['nl-BE']).toContain('laagste AIC');
    expect(prevalence.estimate.sensitivity.lowest).toBeLessThanOrEqual(prevalence.estimate.sensitivity.highest);
    expect((await analystGet('/api/monitoring/prevalence?year=2023')).json<{ estimate: null }>().estimate).toBeNull();
  });
});

describe('CLK-encoded import', () => {
  const secret = Buffer.from('monitoring-test-secret-0123456789');
  const encoder = createClkEncoder(loadClkSchema(SCHAKEL_SCHEMA_PATH), secret);
  const first = ['Emma', 'Noah', 'Lina', 'Finn', 'Mila', 'Lucas', 'Ella', 'Jules', 'Nora', 'Louis'];
  const prefix = ['Van', 'De', 'Ver', 'Ker', 'Mol', 'Wil'];
  const stem = ['straeten', 'meulen', 'hoven', 'broeck', 'mans', 'ckx', 'aert', 'linden', 'bosch', 'velde'];
  // Sixty clearly different children: own surname, birth dates years apart.
  const child = (i: number) => {
    const born = new Date(Date.UTC(2006, 0, 1) + i * 97 * 86_400_000).toISOString().slice(0, 10);
    return `${first[(i * 7) % 10]} ${prefix[i % 6]}${stem[Math.floor(i / 6)]},${born},${i % 2 ? 'M' : 'F'}`;
  };

  async function encoded(indices: number[]): Promise<string> {
    let output = '';
    const sink = new Writable({ write: (chunk: Buffer, _e, done) => void ((output += chunk.toString()), done()) });
    await encodeCsv({ input: Readable.from([`name,birth_date,sex\n${indices.map(child).join('\n')}\n`]), output: sink, fileName: 'x.csv', encoder, secret });
    return output;
  }

  it('links the files in memory into capture histories and keeps no encoding', async () => {
    // VK sees children 0–39, the police 25–54: 15 in both, 25 only VK, 15 only police.
    const vk = await encoded(Array.from({ length: 40 }, (_, i) => i));
    const police = await encoded(Array.from({ length: 30 }, (_, i) => i + 25));
    const broken = `${police}999,not-base64!,\n`;
    const files = (last: string) => [
      { registry: 'VK', fileName: 'vk.csv', contentBase64: b64(vk) },
      { registry: 'politie', fileName: 'politie.csv', contentBase64: b64(last) },
    ];
    const check = (await analyst.post('/api/monitoring/imports/check', { format: 'encoded', year: 2023, files: files(broken) })).json<{ problems: { file: string; line: number; column: string }[]; acceptedLines: number }>();
    expect(check.problems).toEqual([expect.objectContaining({ file: 'politie.csv', line: 32, column: 'clk' })]);
    expect(check.acceptedLines).toBe(70);

    const done = await analyst.post('/api/monitoring/imports', { format: 'encoded', year: 2023, registry: 'koppeling', onlyCleanLines: false, files: files(police) });
    expect(done.statusCode).toBe(201);
    const histories = await rows<{ history: string; count: number }>(t.database.db, sql`SELECT history, count FROM monitoring_capture_counts WHERE year = 2023 ORDER BY history`);
    expect(histories.map((h) => [h.history, Number(h.count)])).toEqual([['01', 15], ['10', 25], ['11', 15]]);
    const stored = await rows<{ summary: unknown }>(t.database.db, sql`SELECT summary FROM monitoring_registry_imports WHERE registry = 'koppeling'`);
    expect(JSON.stringify(stored)).not.toMatch(/[A-Za-z0-9+/]{40,}/);
  });
});

describe('ACE surveys', () => {
  it('computes the Wilson interval on the effective sample size', () => {
    const { lower, upper } = wilsonInterval(0.14, 2000 / 1.4);
    // By hand: p = 0.14, n_eff = 1428.6, z = 1.96 → 0.1230 … 0.1588.
    expect(lower).toBeCloseTo(0.123, 3);
    expect(upper).toBeCloseTo(0.1588, 3);
  });

  it('records a survey and shows 4+ ACEs next to the references', async () => {
    const survey = { name: 'Bevolkingsstudie 2025', year: 2025, instrument: 'WHO ACE-IQ', sampleSize: 2000, designEffect: 1.4, scoreShares: [0.37, 0.25, 0.15, 0.09, 0.14] };
    expect((await analyst.post('/api/monitoring/surveys', { ...survey, scoreShares: [0.5, 0.5, 0.5, 0, 0] })).statusCode).toBe(400);
    const created = await analyst.post('/api/monitoring/surveys', survey);
    expect(created.statusCode, created.body).toBe(201);
    const listed = (await analystGet('/api/monitoring/surveys')).json<{ surveys: { fourOrMore: { share: number; lower: number; upper: number } }[]; references: { fourOrMore: number }[] }>();
    expect(listed.surveys[0]?.fourOrMore).toEqual({ share: 0.14, lower: 0.123, upper: 0.159 });
    expect(listed.references.map((r) => r.fourOrMore)).toEqual([0.125, 0.15]);
  });

  it('derives the design effect from the weights (Kish)', async () => {
    // 1,000 respondents, half with weight 1 and half with weight 3: Σw = 2,000, Σw² = 5,000,
    // deff = 1,000 × 5,000 / 2,000² = 1.25.
    const response = await analyst.post('/api/monitoring/surveys', { name: 'Gewogen studie', year: 2024, instrument: 'CDC-Kaiser ACE', sampleSize: 1000, weightSum: 2000, weightSquareSum: 5000, scoreShares: [0.4, 0.25, 0.15, 0.08, 0.12] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ designEffect: number }>().designEffect).toBe(1.25);
    expect((await analyst.post('/api/monitoring/surveys', { name: 'x', year: 2024, instrument: 'CDC-Kaiser ACE', sampleSize: 1000, scoreShares: [0.4, 0.25, 0.15, 0.08, 0.12] })).statusCode).toBe(400);
  });
});

describe('periodic report', () => {
  it('renders a multi-page PDF in Dutch and English, also for a year without data', async () => {
    for (const locale of ['nl-BE', 'en'] as const) {
      const pdf = await buildReport(t.database.db, { year: 2025, locale });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const document = await PDFDocument.load(pdf);
      expect(document.getPageCount()).toBeGreaterThanOrEqual(3);
      expect(document.getTitle()).toContain('2025');
    }
    const steps: string[] = [];
    await buildReport(t.database.db, { year: 2019, locale: 'nl-BE' }, (step) => steps.push(step));
    // Every stage says when it starts, each chart as it is drawn, and the page count at the end.
    expect(steps[0]).toBe('overview');
    expect(steps.filter((s) => s.startsWith('trend '))).toHaveLength(5);
    expect(steps).toEqual(expect.arrayContaining(['breakdown', 'prevalence and surveys', 'pdf', 'pdf: chart 1/5', 'pdf: chart 5/5']));
    expect(steps.at(-1)).toMatch(/^pdf: \d+ pages$/);
  });

  it('serves the report to analysts as a download', async () => {
    const response = await analyst.get('/api/monitoring/report.pdf?year=2025&lang=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('schakel-monitoring-2025-en.pdf');
  });

  it('refuses a bad year on the command line', async () => {
    await expect(buildProgram().exitOverride().parseAsync(['node', 'schakel', 'report', '--year', 'soon', '--out', '/tmp/x.pdf'])).rejects.toThrow(/geen jaar/);
    await expect(buildProgram().exitOverride().parseAsync(['node', 'schakel', 'report', '--year', '2026', '--out', '/tmp/x.pdf', '--lang', 'fr'])).rejects.toThrow(/nl of en/);
  });
});
