// `npm run bench prevalence`: fitting every hierarchical log-linear model with up to two-way
// interactions for six sources (2^15 = 32,768 models) on a synthetic table, plus the whole
// `estimate` run (M0, Mh Chao, profile intervals for the leading models, sample coverage).
// A measurement, not a test: shared machines are noisy, so CPU time is printed beside wall time.
import { captureTableFrom, type CaptureTable } from '../src/prevalence/capture-table.js';
import { estimateCaptureTable } from '../src/prevalence/estimate.js';
import { allHierarchicalModels } from '../src/prevalence/model-search.js';

/** Six sources recording 4,000 people with heterogeneous, correlated capture probabilities. */
function syntheticTable(): CaptureTable {
  let seed = 20261129;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const base = [0.25, 0.3, 0.2, 0.35, 0.15, 0.28];
  const rows = new Map<number, number>();
  for (let person = 0; person < 4000; person++) {
    const frailty = 0.5 + random(); // individual heterogeneity
    let history = 0;
    base.forEach((p, i) => {
      // sources 1 and 2 refer to each other: being in 1 raises the chance of being in 2
      const boost = i === 1 && history & 1 ? 1.6 : 1;
      if (random() < Math.min(0.95, p * frailty * boost)) history |= 1 << i;
    });
    if (history !== 0) rows.set(history, (rows.get(history) ?? 0) + 1);
  }
  return captureTableFrom(['a', 'b', 'c', 'd', 'e', 'f'], [...rows].map(([history, count]) => ({ history, count })));
}

function measure<T>(work: () => T): { result: T; wallSeconds: number; cpuSeconds: number } {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpuBefore);
  return { result, wallSeconds: (performance.now() - wallBefore) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export async function run(): Promise<void> {
  const table = syntheticTable();
  allHierarchicalModels(table); // warm-up: let V8 optimise the hot loops first
  for (let round = 1; round <= 3; round++) {
    const { result: models, wallSeconds, cpuSeconds } = measure(() => allHierarchicalModels(table));
    const iterations = models.reduce((sum, model) => sum + model.fit.iterations, 0) / models.length;
    const unconverged = models.filter((model) => !model.fit.converged).length;
    console.log(
      `round ${round}: ${models.length} models (6 sources, two-way) in ${wallSeconds.toFixed(2)} s wall / ${cpuSeconds.toFixed(2)} s CPU` +
        ` = ${(models.length / wallSeconds).toFixed(0)} models/s; ${iterations.toFixed(2)} IRLS iterations per model; ${unconverged} not converged`,
    );
  }
  const { result, wallSeconds, cpuSeconds } = measure(() => estimateCaptureTable(table));
  const profiled = result.models.filter((model) => model.profile !== null).length;
  console.log(
    `full estimate (all models + M0 + Mh Chao, ${profiled} profile intervals, sample coverage): ` +
      `${wallSeconds.toFixed(2)} s wall / ${cpuSeconds.toFixed(2)} s CPU; best AIC ${result.best.AIC}, best BIC ${result.best.BIC}`,
  );
}
