// Kindreflex figures: loading and checking the content, the decision engine per answer change
// (what the browser runs on every click), and the two public routes on the embedded database.
import { createTestApp } from '../test/support/app.js';
import { seedOrganisation } from '../src/seed/demo.seed.js';
import { loadGuideCatalogue } from '../src/kindreflex/guide-catalogue.js';
import { walk } from '../src/kindreflex/guide-engine.js';
import { explorePaths } from '../src/kindreflex/guide-paths.js';
import { buildSummary } from '../src/kindreflex/guide-summary.js';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeEach(times: number, work: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

export async function run(): Promise<void> {
  const loads = timeEach(20, () => loadGuideCatalogue());
  console.log(`load + validate all content files: median ${fmt(quantile(loads, 0.5))}, p95 ${fmt(quantile(loads, 0.95))}`);

  const catalogue = loadGuideCatalogue();
  const guide = catalogue.get('algemeen')!;
  const explore = timeEach(50, () => explorePaths(guide));
  console.log(`explore every path of one guide (${explorePaths(guide).length} paths): median ${fmt(quantile(explore, 0.5))}`);

  const longest = { gut_feeling: 'x'.repeat(500), concern: 'yes', parent_willing: 'yes', concern_kind: 'maltreatment', danger: 'neither', can_help: 'yes', results: 'not_achieved' };
  const walks = timeEach(20_000, () => walk(guide, longest));
  console.log(`walk the longest path: median ${fmt(quantile(walks, 0.5))}, p99 ${fmt(quantile(walks, 0.99))}`);
  const summaries = timeEach(5_000, () => buildSummary(guide, longest, 'nl-BE', '2026-03-04'));
  console.log(`build the summary: median ${fmt(quantile(summaries, 0.5))}, p99 ${fmt(quantile(summaries, 0.99))}`);

  const t = await createTestApp();
  try {
    await seedOrganisation(t.database.db);
    const post = (url: string, payload: unknown, i: number) =>
      // A distinct address per request: this measures the route, not the rate limit.
      t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, remoteAddress: `10.0.${Math.floor(i / 250)}.${i % 250}` });
    const consult = { sector: 'ggz', contentVersion: guide.version, outcome: 'consult_vk', province: 'limburg', shared: { observations: 'o'.repeat(2000), question: 'Hoe verder?' }, contactPreference: 'professional_calls', countCompletion: true };
    for (const [label, url, payload, n] of [
      ['consult request (stored, audited, counted)', '/api/kindreflex/consult-requests', consult, 300],
      ['anonymous completion count', '/api/kindreflex/completions', { sector: 'ggz', contentVersion: guide.version, outcome: 'keep_supporting' }, 1_000],
    ] as const) {
      const latencies: number[] = [];
      const started = performance.now();
      for (let i = 0; i < n; i += 1) {
        const t0 = performance.now();
        const res = await post(url, payload, i);
        latencies.push(performance.now() - t0);
        if (res.statusCode >= 300) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
      }
      const perSecond = n / ((performance.now() - started) / 1000);
      console.log(`${label} on PGlite, one at a time: ${perSecond.toFixed(0)}/s, p50 ${fmt(quantile(latencies, 0.5))}, p95 ${fmt(quantile(latencies, 0.95))}`);
    }
  } finally {
    await t.close();
  }
}
