// Downloads of what the dashboard shows, as CSV or XLSX. They are built from the same suppressed
// figures as the screen, never from the aggregates directly, so a download cannot hold more than
// the page did.
import ExcelJS from 'exceljs';
import type { Locale } from '../platform/i18n.js';
import type { BreakdownTable, SeriesWithTargets } from './monitoring.service.js';
import { monitoringWords } from './monitoring-words.js';
import { regionNames, type RegionCode } from './regions.js';

export type Sheet = { title: string; header: string[]; rows: Array<Array<string | number | null>>; note: string };

const SUPPRESSED = { 'nl-BE': monitoringWords['nl-BE'].suppressed, en: monitoringWords.en.suppressed } as const;
const NO_DATA = { 'nl-BE': monitoringWords['nl-BE'].noData, en: monitoringWords.en.noData } as const;

export function disclosureNote(locale: Locale): string {
  return locale === 'en'
    ? 'Counts from 1 to 9 are suppressed, together with the cells that would reveal them (complementary suppression); medians rest on at least 10 cases.'
    : 'Aantallen van 1 tot 9 zijn onderdrukt, samen met de cellen waaruit ze af te leiden zouden zijn (complementaire onderdrukking); medianen steunen op minstens 10 dossiers.';
}

export function regionLabel(code: string, locale: Locale): string {
  if (code === 'FLANDERS_WIDE') return locale === 'en' ? 'Flanders-wide services (1712, chat)' : 'Vlaanderen-brede diensten (1712, chat)';
  return regionNames[code as RegionCode]?.[locale] ?? code;
}

export function seriesSheet(series: SeriesWithTargets, title: string, locale: Locale): Sheet {
  const en = locale === 'en';
  const header = en ? ['Region', 'Period', 'Value', 'Note', 'Target'] : ['Regio', 'Periode', 'Waarde', 'Opmerking', 'Doel'];
  const rows = series.regions.flatMap(({ region, points }) =>
    points.map((point) => {
      const target = series.targets.find((t) => t.region === region && t.period === point.period)?.target ?? null;
      const note = point.status === 'suppressed' ? SUPPRESSED[locale] : point.status === 'no_data' ? NO_DATA[locale] : '';
      return [regionLabel(region, locale), point.period, point.value, note, target];
    }),
  );
  return { title, header, rows, note: disclosureNote(locale) };
}

export function breakdownSheet(table: BreakdownTable, locale: Locale): Sheet {
  const header = [locale === 'en' ? 'Category' : 'Categorie', ...table.columns.map((c) => regionLabel(c, locale))];
  const cell = (value: number | null): string | number => (value === null ? SUPPRESSED[locale] : value);
  const rows = table.rows.map((row) => [row.label, ...row.counts.map(cell), cell(row.total)]);
  rows.push([locale === 'en' ? 'Total' : 'Totaal', ...table.totals.map(cell), cell(table.grandTotal)]);
  return { title: `${table.name} (${table.from} – ${table.to})`, header, rows, note: disclosureNote(locale) };
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so Excel opens the accents right. */
export function toCsv(sheet: Sheet): string {
  const lines = [sheet.header, ...sheet.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n${csvCell(`# ${sheet.note}`)}\r\n`;
}

export async function toXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Schakel';
  const worksheet = workbook.addWorksheet(sheet.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  worksheet.addRow([sheet.title]).font = { bold: true };
  worksheet.addRow(sheet.header).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  worksheet.addRow([]);
  worksheet.addRow([sheet.note]).font = { italic: true };
  worksheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
