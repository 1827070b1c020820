// The periodic report as a PDF: text with PDFKit, charts as vector SVG (svg-to-pdfkit). A4,
// Dutch or English, page numbers in the footer.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { barChartOption, lineChartOption } from './chart-options.js';
import { regionLabel } from './exports.js';
import type { ReportData } from './report-data.js';
import { renderChartSvg } from './report-charts.js';
import { pdfSafe, reportText, type ReportText } from './report-text.js';

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = '#1b2430';
const MUTED = '#4b5768';

type Doc = PDFKit.PDFDocument;

function heading(doc: Doc, text: string): void {
  if (doc.y > 700) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor(INK).text(pdfSafe(text), MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.4);
}

function paragraph(doc: Doc, text: string, options: { muted?: boolean; size?: number } = {}): void {
  doc.font('Helvetica').fontSize(options.size ?? 10).fillColor(options.muted ? MUTED : INK).text(pdfSafe(text), MARGIN, doc.y, { width: WIDTH, lineGap: 2 });
  doc.moveDown(0.4);
}

/** A plain table: header row in bold, columns sized by weight, rows that never split a page. */
export function table(doc: Doc, header: readonly string[], rows: ReadonlyArray<readonly string[]>, weights?: readonly number[]): void {
  const w = weights ?? header.map(() => 1);
  const total = w.reduce((s, x) => s + x, 0);
  const widths = w.map((x) => (x / total) * WIDTH);
  const drawRow = (cells: readonly string[], bold: boolean): void => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(pdfSafe(cell), { width: (widths[i] ?? 50) - 6 }))) + 6;
    if (doc.y + height > 780) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.fillColor(INK).text(pdfSafe(cell), x + 3, top + 3, { width: (widths[i] ?? 50) - 6 });
      x += widths[i] ?? 50;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + WIDTH, top + height).strokeColor(bold ? INK : '#d3dae2').lineWidth(bold ? 0.8 : 0.5).stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.6);
}

/** Called once per chart as it is rendered: the slow part of a long report. */
let chartRendered: () => void = () => undefined;

function chart(doc: Doc, option: Record<string, unknown>, height = 230): void {
  chartRendered();
  if (doc.y + height > 780) doc.addPage();
  const svg = renderChartSvg(option, Math.round(WIDTH), height);
  SVGtoPDF(doc, svg, MARGIN, doc.y, { width: WIDTH, height, assumePt: true });
  doc.y += height + 8;
}

function formatNumber(value: number | null, unit: string, locale: string): string {
  if (value === null) return '-';
  const text = value.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-BE', { maximumFractionDigits: unit === 'count' ? 0 : 1 });
  return unit === 'percent' ? `${text} %` : text;
}

function keyIndicators(doc: Doc, data: ReportData, t: ReportText): void {
  heading(doc, t.keyTitle);
  const rows = data.overview.map((item) => {
    const unit = item.indicator.unit;
    const value = item.status === 'suppressed' ? t.suppressed : item.status === 'no_data' ? t.noData : formatNumber(item.value, unit, data.locale);
    return [item.indicator.name[data.locale], value, formatNumber(item.target, unit, data.locale), t.light[item.light], formatNumber(item.previous, unit, data.locale), item.trendMeaning === 'neutral' ? t.trend[item.trend] : `${t.trend[item.trend]} (${t.meaning[item.trendMeaning]})`];
  });
  table(doc, [t.indicator, t.value, t.target, t.status, t.previous, t.trendColumn], rows, [3.2, 1.1, 1, 1.1, 1.1, 1.5]);
}

function trends(doc: Doc, data: ReportData, t: ReportText): void {
  heading(doc, t.trendsTitle);
  paragraph(doc, t.trendsIntro, { muted: true });
  for (const { title, series } of data.trends) {
    const height = series.regions.length > 1 ? 260 : 200;
    // Keep a chart's title with its chart.
    if (doc.y + height + 24 > 780) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(pdfSafe(title), MARGIN, doc.y, { width: WIDTH });
    const target = series.targets.find((x) => x.target !== null)?.target ?? null;
    chart(
      doc,
      lineChartOption({
        periods: series.periods,
        series: series.regions.map((r) => ({ name: regionLabel(r.region, data.locale), values: r.points.map((p) => p.value) })),
        unitLabel: series.unit === 'percent' ? '%' : '',
        target: target === null ? null : { label: t.target, value: target },
        animation: false,
      }),
      height,
    );
  }
}

function children(doc: Doc, data: ReportData, t: ReportText): void {
  const table_ = data.children;
  heading(doc, t.breakdownTitle);
  if (!table_ || table_.rows.length === 0) return paragraph(doc, t.noData);
  chart(doc, barChartOption({ categories: table_.rows.map((r) => r.label), series: [{ name: regionLabel('VL', data.locale), values: table_.rows.map((r) => r.total) }], unitLabel: '', animation: false }), 200);
  const show = (n: number | null) => (n === null ? t.suppressed : n.toLocaleString(data.locale === 'en' ? 'en-GB' : 'nl-BE'));
  // A column that is zero throughout (e.g. the Flanders-wide services for children) says nothing.
  const kept = table_.columns.map((_, i) => i).filter((i) => i >= table_.totals.length || table_.totals[i] !== 0);
  const cells = (r: (typeof table_.rows)[number]) => [...r.counts, r.total];
  table(
    doc,
    ['', ...kept.map((i) => regionLabel(table_.columns[i] ?? '', data.locale))],
    table_.rows.map((r) => [r.label, ...kept.map((i) => show(cells(r)[i] ?? null))]),
    [1.6, ...kept.map(() => 1)],
  );
}

function extraSection(doc: Doc, title: string, none: string, section: ReportData['extras']['prevalence']): void {
  heading(doc, title);
  if (!section) return paragraph(doc, none, { muted: true });
  for (const line of section.lines) paragraph(doc, line);
  if (section.table) table(doc, section.table.header, section.table.rows);
}

export async function renderReportPdf(data: ReportData, progress: (step: string) => void = () => undefined): Promise<Buffer> {
  const t = reportText(data.locale);
  const charts = data.trends.length + (data.children && data.children.rows.length > 0 ? 1 : 0);
  let rendered = 0;
  chartRendered = () => progress(`pdf: chart ${++rendered}/${charts}`);
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `${t.title} ${data.year}`, Author: 'Schakel' }, lang: data.locale === 'en' ? 'en' : 'nl-BE' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(22).fillColor(INK).text(pdfSafe(`${t.title} ${data.year}`), { width: WIDTH });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(12).fillColor(MUTED).text(pdfSafe(t.subtitle), { width: WIDTH });
  doc.fontSize(10).text(`${t.generated} ${data.generatedOn}`);
  doc.moveDown(0.8);
  paragraph(doc, t.intro);

  keyIndicators(doc, data, t);
  trends(doc, data, t);
  children(doc, data, t);
  extraSection(doc, t.prevalenceTitle, t.prevalenceNone, data.extras.prevalence);
  extraSection(doc, t.surveyTitle, t.surveyNone, data.extras.survey);
  heading(doc, t.methodsTitle);
  for (const line of t.methods) paragraph(doc, line);
  heading(doc, t.disclosureTitle);
  for (const line of t.disclosure) paragraph(doc, line);

  chartRendered = () => undefined;
  const pages = doc.bufferedPageRange();
  progress(`pdf: ${pages.count} pages`);
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // The footer sits in the bottom margin; without this PDFKit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(`Schakel - ${t.title} ${data.year} - ${t.page} ${i + 1}/${pages.count}`, MARGIN, 810, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
