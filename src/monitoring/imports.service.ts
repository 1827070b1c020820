// The registry import wizard's server side: check an upload against a column mapping and report
// every problem by line, then import — nothing while any line fails, unless the analyst
// explicitly chooses to import only the clean lines. Capture histories (uploaded as a table, or
// linked here from CLK-encoded files) feed the prevalence estimate of that year.
import { and, desc, eq } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { AppError } from '../platform/errors.js';
import { REST_CELL, suppressedRegions } from './disclosure.js';
import { checkEncodedFile, linkEncodedSources } from './encoded-upload.js';
import { monitoringCaptureCounts, monitoringRegistryImports } from './monitoring.tables.js';
import { provinceCodes } from './regions.js';
import { checkCaptureTable, checkCounts, readTable, suggestMapping, UploadError, type LineProblem } from './registry-upload.js';

const PROVINCE_CELLS: readonly string[] = provinceCodes;

export interface UploadFile {
  registry: string;
  fileName: string;
  contentBase64: string;
}

export interface ImportRequest {
  format: 'counts' | 'capture' | 'encoded';
  year: number;
  files: UploadFile[];
  mapping?: { count?: number | undefined; region?: number | undefined; measure?: number | undefined; sources?: number[] | undefined } | undefined;
}

export interface ImportCheck {
  format: ImportRequest['format'];
  columns: string[];
  suggested: ReturnType<typeof suggestMapping>;
  lines: number;
  acceptedLines: number;
  problems: Array<LineProblem & { file: string }>;
  /** What would be imported, without any count: registries, measures, regions, sources. */
  outline: string[];
  /** Capture histories for the prevalence engine (capture/encoded), not returned to the browser. */
  histories: { sources: string[]; rows: Array<{ history: string; count: number }> } | null;
  counts: Array<{ region: string; measure: string; count: number }>;
}

const MAX_PROBLEMS = 500;

async function tableOf(file: UploadFile): Promise<string[][]> {
  try {
    return await readTable(file.fileName, Buffer.from(file.contentBase64, 'base64'));
  } catch (error) {
    if (error instanceof UploadError) throw new AppError(400, 'monitoring_unreadable_file', { file: file.fileName, reason: error.en });
    throw error;
  }
}

export async function checkImport(request: ImportRequest): Promise<ImportCheck> {
  const tables = await Promise.all(request.files.map(tableOf));
  const first = tables[0] ?? [];
  const header = first[0] ?? [];
  const suggested = suggestMapping(header);
  const mapping = { ...suggested, ...Object.fromEntries(Object.entries(request.mapping ?? {}).filter(([, v]) => v !== undefined)) };
  const problems: ImportCheck['problems'] = [];
  const base = { format: request.format, columns: header, suggested, histories: null, counts: [] as ImportCheck['counts'] };
  const fileName = request.files[0]?.fileName ?? '';

  if (request.format === 'counts') {
    if (mapping.count === null || mapping.count === undefined) throw new AppError(400, 'monitoring_mapping_missing', { column: 'count' });
    const checked = checkCounts(first, { count: mapping.count, region: mapping.region ?? undefined, measure: mapping.measure ?? undefined });
    problems.push(...checked.problems.map((p) => ({ ...p, file: fileName })));
    const outline = [...new Set(checked.lines.map((l) => `${l.measure} (${l.region})`))].sort();
    return { ...base, lines: first.length - 1, acceptedLines: checked.lines.length, problems: problems.slice(0, MAX_PROBLEMS), outline, counts: checked.lines };
  }
  if (request.format === 'capture') {
    if (mapping.count === null || mapping.count === undefined) throw new AppError(400, 'monitoring_mapping_missing', { column: 'count' });
    const checked = checkCaptureTable(first, { sources: mapping.sources ?? [], count: mapping.count });
    problems.push(...checked.problems.map((p) => ({ ...p, file: fileName })));
    const sources = (mapping.sources ?? []).map((c) => header[c] ?? `#${c + 1}`);
    return { ...base, lines: first.length - 1, acceptedLines: checked.lines.length, problems: problems.slice(0, MAX_PROBLEMS), outline: sources, histories: { sources, rows: checked.lines } };
  }
  if (request.files.length < 2) throw new AppError(400, 'monitoring_two_registries');
  const checked = request.files.map((file, i) => ({ file, result: checkEncodedFile(file.registry, tables[i] ?? []) }));
  for (const { file, result } of checked) problems.push(...result.problems.map((p) => ({ ...p, file: file.fileName })));
  const lines = tables.reduce((sum, t) => sum + Math.max(0, t.length - 1), 0);
  const accepted = checked.reduce((sum, c) => sum + c.result.records, 0);
  return {
    ...base,
    lines,
    acceptedLines: accepted,
    problems: problems.slice(0, MAX_PROBLEMS),
    outline: checked.map((c) => c.file.registry),
    histories: null,
  };
}

export async function commitImport(ctx: Ctx, request: ImportRequest & { registry: string; onlyCleanLines: boolean }): Promise<{ id: string; acceptedLines: number; rejectedLines: number }> {
  const check = await checkImport(request);
  if (check.problems.length > 0 && !request.onlyCleanLines) throw new AppError(400, 'monitoring_import_has_errors', { problems: check.problems.length });
  let histories = check.histories;
  if (request.format === 'encoded') {
    const sources = await Promise.all(request.files.map(async (file) => checkEncodedFile(file.registry, await tableOf(file)).source));
    const linked = linkEncodedSources(sources);
    histories = { sources: linked.sources, rows: linked.histories };
  }
  const rejected = check.lines - check.acceptedLines;
  return inTransaction(ctx, async ({ tx, audit }) => {
    const summary = request.format === 'counts' ? { counts: check.counts } : { sources: histories?.sources ?? [], histories: histories?.rows.length ?? 0 };
    const [row] = await tx
      .insert(monitoringRegistryImports)
      .values({ registry: request.registry, format: request.format, year: request.year, fileName: request.files.map((f) => f.fileName).join(', '), acceptedLines: check.acceptedLines, rejectedLines: rejected, summary, importedBy: ctx.actor?.userId ?? null })
      .returning({ id: monitoringRegistryImports.id });
    if (histories && histories.rows.length > 0) {
      const sources = histories.sources.join('|');
      await tx.delete(monitoringCaptureCounts).where(and(eq(monitoringCaptureCounts.year, request.year), eq(monitoringCaptureCounts.sources, sources)));
      const merged = new Map<string, number>();
      for (const r of histories.rows) merged.set(r.history, (merged.get(r.history) ?? 0) + r.count);
      await tx.insert(monitoringCaptureCounts).values([...merged].map(([history, count]) => ({ year: request.year, sources, history, count })));
    }
    audit({ action: 'monitoring.import', recordType: 'monitoring_import', recordId: row?.id ?? '', details: { registry: request.registry, format: request.format, year: request.year, acceptedLines: check.acceptedLines, rejectedLines: rejected } });
    return { id: row?.id ?? '', acceptedLines: check.acceptedLines, rejectedLines: rejected };
  });
}

export async function listImports(q: Queryable) {
  return q
    .select({ id: monitoringRegistryImports.id, registry: monitoringRegistryImports.registry, format: monitoringRegistryImports.format, year: monitoringRegistryImports.year, fileName: monitoringRegistryImports.fileName, acceptedLines: monitoringRegistryImports.acceptedLines, rejectedLines: monitoringRegistryImports.rejectedLines, importedAt: monitoringRegistryImports.importedAt })
    .from(monitoringRegistryImports)
    .orderBy(desc(monitoringRegistryImports.importedAt))
    .limit(100);
}

export interface RegistryCounts {
  registry: string;
  measure: string;
  /** Per region code (provinces and VL as their sum); null where withheld. */
  counts: Record<string, number | null>;
}

/**
 * Aggregated counts imported from other registries for one year (the latest import per registry),
 * with the same small-count suppression as the VK's own figures: the registry's provinces are
 * the cells, Flanders their margin.
 */
export async function registryCounts(q: Queryable, year: number): Promise<RegistryCounts[]> {
  const found = await q
    .select({ registry: monitoringRegistryImports.registry, summary: monitoringRegistryImports.summary, importedAt: monitoringRegistryImports.importedAt })
    .from(monitoringRegistryImports)
    .where(and(eq(monitoringRegistryImports.year, year), eq(monitoringRegistryImports.format, 'counts')))
    .orderBy(desc(monitoringRegistryImports.importedAt));
  const latest = new Map<string, Array<{ region: string; measure: string; count: number }>>();
  for (const row of found) {
    if (latest.has(row.registry)) continue;
    latest.set(row.registry, (row.summary as { counts?: Array<{ region: string; measure: string; count: number }> }).counts ?? []);
  }
  const result: RegistryCounts[] = [];
  for (const [registry, lines] of latest) {
    for (const measure of [...new Set(lines.map((l) => l.measure))].sort()) {
      const cells = new Map<string, number>(PROVINCE_CELLS.map((p) => [p, 0]));
      let unplaced = 0;
      for (const line of lines.filter((l) => l.measure === measure)) {
        if (cells.has(line.region)) cells.set(line.region, (cells.get(line.region) ?? 0) + line.count);
        else unplaced += line.count;
      }
      cells.set(REST_CELL, unplaced);
      const hidden = suppressedRegions(cells);
      const counts: Record<string, number | null> = {};
      for (const [cell, value] of cells) if (cell !== REST_CELL) counts[cell] = hidden.has(cell) ? null : value;
      counts.VL = hidden.has('VL') ? null : [...cells.values()].reduce((s, v) => s + v, 0);
      result.push({ registry, measure, counts });
    }
  }
  return result;
}
