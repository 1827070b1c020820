// The summary as a PDF, made in the browser: what the professional typed never leaves the device
// to become a file. Loaded on demand (pdf-lib is large) and fetched before any answer is typed.
import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { GuideLocale } from '../../../src/kindreflex/guide-content.schema';
import {
  summaryHeadings,
  type GuideSummary,
  type SummaryItem,
} from '../../../src/kindreflex/guide-summary';
import { formatSummaryDate } from './summary-date';

const MARGIN = 56;
const BODY = 10.5;
const LEADING = 1.4;
const TEXT = rgb(0.106, 0.141, 0.188);
const MUTED = rgb(0.294, 0.341, 0.408);
const BRAND = rgb(0.122, 0.353, 0.478);

/** Helvetica knows WinAnsi only; anything else (emoji, arrows) becomes a plain stand-in. */
function sanitizerFor(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  const replacements: Record<string, string> = {
    '→': '->',
    '\u2009': ' ',
    '\u00a0': ' ',
    '\t': '    ',
  };
  return (text) =>
    Array.from(text.replace(/\r\n?/g, '\n'))
      .map((ch) => (ch === '\n' || known.has(ch.codePointAt(0)!) ? ch : (replacements[ch] ?? '?')))
      .join('');
}

/** Splits text into lines that fit `width`, keeping the professional's own line breaks. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      // A single word longer than the line (a URL, a long number) is cut where it must.
      let rest = word;
      while (measure(rest) > width && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

class PdfWriter {
  private page: PDFPage;
  private y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly clean: (text: string) => string,
  ) {
    this.page = this.newPage();
    this.y = this.page.getHeight() - MARGIN;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(PageSizes.A4);
    this.pages.push(page);
    return page;
  }

  private get width(): number {
    return this.page.getWidth() - 2 * MARGIN;
  }

  private ensure(height: number): void {
    if (this.y - height >= MARGIN + 20) return;
    this.page = this.newPage();
    this.y = this.page.getHeight() - MARGIN;
  }

  text(
    value: string,
    options: {
      size?: number;
      bold?: boolean;
      color?: ReturnType<typeof rgb>;
      indent?: number;
      after?: number;
    } = {},
  ): void {
    const size = options.size ?? BODY;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const lineHeight = size * LEADING;
    for (const line of wrapText(this.clean(value), this.width - indent, (s) =>
      font.widthOfTextAtSize(s, size),
    )) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, {
        x: MARGIN + indent,
        y: this.y + (lineHeight - size) / 2,
        size,
        font,
        color: options.color ?? TEXT,
      });
    }
    this.y -= options.after ?? 0;
  }

  heading(value: string): void {
    this.ensure(BODY * 6); // never a heading alone at the bottom of a page
    this.y -= 8;
    this.text(value, { size: 13, bold: true, color: BRAND, after: 2 });
  }

  items(items: SummaryItem[], empty: string): void {
    if (items.length === 0) this.text(empty, { color: MUTED, after: 4 });
    for (const item of items) {
      this.text(item.label, { bold: true });
      this.text(item.value, { indent: 12, after: 6 });
    }
  }

  footer(note: string): void {
    this.pages.forEach((page, i) => {
      const label = this.clean(`${note}   ${i + 1}/${this.pages.length}`);
      page.drawText(label, { x: MARGIN, y: MARGIN / 2, size: 8, font: this.regular, color: MUTED });
    });
  }
}

/** The summary as PDF bytes; pure apart from pdf-lib, so it runs in tests as in the browser. */
export async function summaryPdf(
  summary: GuideSummary,
  locale: GuideLocale,
  consultLine: string | null = null,
): Promise<Uint8Array> {
  const h = summaryHeadings[locale];
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  doc.setTitle(`${h.title} (${summary.date})`);
  doc.setLanguage(locale);
  doc.setCreator('Schakel Kindreflex');
  doc.setProducer('Schakel Kindreflex');
  const w = new PdfWriter(doc, regular, bold, sanitizerFor(regular));

  w.text(h.title, { size: 18, bold: true, color: BRAND, after: 4 });
  w.text(`${h.date}: ${formatSummaryDate(summary.date, locale)}`, { color: MUTED });
  w.text(`${h.sector}: ${summary.sectorName}   ·   ${h.version}: ${summary.contentVersion}`, {
    color: MUTED,
    after: 6,
  });
  w.heading(h.observations);
  w.items(summary.observations, h.nothing);
  w.heading(h.considerations);
  w.items(summary.considerations, h.nothing);
  w.heading(h.decisions);
  if (summary.decisions.length === 0) w.text(h.nothing, { color: MUTED });
  for (const decision of summary.decisions) {
    w.text(decision.title, { bold: true, after: 2 });
    for (const answer of decision.answers)
      w.text(`${answer.label} ${answer.value}`, { indent: 12, after: 2 });
    w.text('', { after: 2 });
  }
  if (summary.outcome) {
    w.heading(h.outcome);
    w.text(summary.outcome.title, { bold: true, after: 2 });
    w.text(summary.outcome.summary, { after: 4 });
    for (const action of summary.outcome.actions) w.text(`• ${action}`, { indent: 8, after: 2 });
  }
  if (consultLine) {
    w.heading(h.consult);
    w.text(consultLine);
  }
  w.footer(h.note);
  return doc.save();
}

/** Offers the bytes as a download; the object URL is released right after the click. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
