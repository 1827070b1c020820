// Reading an uploaded registry file (CSV or XLSX) into rows of text, and checking it line by line
// against the chosen column mapping. Nothing is stored here: the wizard shows the report first,
// and the import stores only what passed (or refuses everything while anything failed).
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { isRegionCode, regionOfProvince, type RegionCode } from './regions.js';

export interface LineProblem {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  column: string;
  nl: string;
  en: string;
}

export class UploadError extends Error {
  constructor(
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export async function readTable(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new UploadError('dit is geen leesbaar Excel-bestand', 'this is not a readable Excel file');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new UploadError('het Excel-bestand heeft geen werkblad', 'the Excel file has no worksheet');
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'result' in v ? String((v).result) : String(v as string | number))));
    });
    return rows;
  }
  try {
    return parse(content.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true, delimiter: [',', ';'] });
  } catch (error) {
    throw new UploadError(`CSV onleesbaar: ${(error as Error).message}`, `unreadable CSV: ${(error as Error).message}`);
  }
}

export interface CountsMapping {
  count: number;
  region?: number | undefined;
  measure?: number | undefined;
}

export interface CountsLine {
  region: RegionCode;
  measure: string;
  count: number;
}

const MEASURE = /^[A-Za-z0-9_.+-]{1,64}$/;

function regionOf(text: string): RegionCode | null {
  const upper = text.trim().toUpperCase();
  if (upper === '' ) return 'VL';
  if (isRegionCode(upper)) return upper;
  return regionOfProvince(text.trim());
}

export function checkCounts(rows: string[][], mapping: CountsMapping): { lines: CountsLine[]; problems: LineProblem[] } {
  const header = rows[0] ?? [];
  const name = (index: number | undefined) => (index === undefined ? '' : (header[index] ?? `#${index + 1}`));
  const lines: CountsLine[] = [];
  const problems: LineProblem[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const here: LineProblem[] = [];
    const countText = (row[mapping.count] ?? '').trim();
    const count = /^\d+$/.test(countText) ? Number(countText) : NaN;
    if (!Number.isSafeInteger(count)) here.push({ line, column: name(mapping.count), nl: `"${countText}" is geen aantal`, en: `"${countText}" is not a count` });
    const region = mapping.region === undefined ? 'VL' : regionOf(row[mapping.region] ?? '');
    if (region === null) here.push({ line, column: name(mapping.region), nl: `onbekende provincie "${row[mapping.region ?? 0] ?? ''}"`, en: `unknown province "${row[mapping.region ?? 0] ?? ''}"` });
    const measure = mapping.measure === undefined ? 'total' : (row[mapping.measure] ?? '').trim();
    if (!MEASURE.test(measure)) here.push({ line, column: name(mapping.measure), nl: 'maatstaf moet een code zijn (letters, cijfers, _)', en: 'measure must be a code (letters, digits, _)' });
    if (here.length > 0) problems.push(...here);
    else lines.push({ region: region ?? 'VL', measure, count });
  });
  return { lines, problems };
}

export interface CaptureMapping {
  sources: number[];
  count: number;
}

export function checkCaptureTable(rows: string[][], mapping: CaptureMapping): { lines: Array<{ history: string; count: number }>; problems: LineProblem[] } {
  const header = rows[0] ?? [];
  const lines: Array<{ history: string; count: number }> = [];
  const problems: LineProblem[] = [];
  if (mapping.sources.length < 2) problems.push({ line: 1, column: '', nl: 'kies minstens twee bronkolommen', en: 'choose at least two source columns' });
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const bits = mapping.sources.map((c) => (row[c] ?? '').trim());
    const bad = bits.findIndex((b) => b !== '0' && b !== '1');
    const countText = (row[mapping.count] ?? '').trim();
    if (bad >= 0) problems.push({ line, column: header[mapping.sources[bad] ?? 0] ?? '', nl: `"${bits[bad] ?? ''}" is geen 0 of 1`, en: `"${bits[bad] ?? ''}" is not 0 or 1` });
    else if (!bits.includes('1')) problems.push({ line, column: '', nl: 'een rij zonder enige bron (alles 0) kan niet geteld zijn', en: 'a row with no source (all 0) cannot have been counted' });
    else if (!/^\d+$/.test(countText)) problems.push({ line, column: header[mapping.count] ?? '', nl: `"${countText}" is geen aantal`, en: `"${countText}" is not a count` });
    else lines.push({ history: bits.join(''), count: Number(countText) });
  });
  return { lines, problems };
}

/** Guesses the mapping from the header, so the wizard opens with sensible choices. */
export function suggestMapping(header: readonly string[]): { count: number | null; region: number | null; measure: number | null; sources: number[] } {
  const find = (pattern: RegExp) => {
    const index = header.findIndex((h) => pattern.test(h.trim()));
    return index < 0 ? null : index;
  };
  const count = find(/^(count|aantal|n|freq|frequency|totaal)$/i);
  const region = find(/^(region|regio|provincie|province)$/i);
  const measure = find(/^(measure|maatstaf|indicator|type)$/i);
  const sources = header.map((_, i) => i).filter((i) => i !== count && i !== region && i !== measure);
  return { count, region, measure, sources };
}
