import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/kindreflex/guide-summary';
import { guideFor } from './guide-content';
import { summaryPdf, wrapText } from './summary-pdf';

// Helvetica text is WinAnsi-encoded: Latin-1, except that 0x80–0x9F hold curly quotes, dashes,
// the bullet and the like (Node's own decoder may lack this table without full ICU).
const winAnsiHigh = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = {
  decode: (bytes: Buffer) =>
    Array.from(bytes, (b) =>
      b >= 0x80 && b <= 0x9f ? winAnsiHigh[b - 0x80]! : String.fromCharCode(b),
    ).join(''),
};

/** The text drawn on each page: pdf-lib writes Helvetica text as hex strings in deflated streams. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await PDFDocument.load(bytes);
  const parts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    if (object.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) continue;
    const stream = inflateSync(object.contents).toString('latin1');
    for (const match of stream.matchAll(/<([0-9A-Fa-f]+)> Tj/g))
      parts.push(winAnsi.decode(Buffer.from(match[1]!, 'hex')));
  }
  return { pages: doc.getPageCount(), text: parts.join(' ') };
}

const guide = guideFor('algemeen')!;

describe('the summary PDF', () => {
  it('holds the date, the observations in the professional’s words, each decision and the outcome', async () => {
    const summary = buildSummary(
      guide,
      {
        gut_feeling: 'De oudste zegt dat hij ’s nachts niet durft te slapen.',
        concern: 'yes',
        parent_willing: 'yes',
        concern_kind: 'upbringing',
        danger: 'structural',
      },
      'nl-BE',
      '2026-03-04',
    );
    const bytes = await summaryPdf(summary, 'nl-BE');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe('Kindreflex: samenvatting (2026-03-04)');
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBe(1);
    expect(text).toContain('Datum: 4 maart 2026');
    expect(text).toContain('De oudste zegt dat hij ’s nachts niet durft te slapen.');
    expect(text).toContain('Beslismoment 2: is er acuut of structureel gevaar voor een kind?');
    expect(text).toContain('Overleg met het Ondersteuningscentrum Jeugdzorg');
  });

  it('turns characters Helvetica cannot draw into stand-ins instead of failing, and runs onto more pages', async () => {
    const long = Array.from(
      { length: 60 },
      (_, i) => `Regel ${i + 1}: het kind 🙂 zei → “ik wil niet naar huis”.`,
    ).join('\n');
    const summary = buildSummary(
      guide,
      { gut_feeling: long, strengths: long, concern: 'no', parent_willing: 'yes' },
      'en',
      '2026-03-04',
    );
    const { pages, text } = await pdfText(await summaryPdf(summary, 'en'));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Regel 60: het kind ? zei -> “ik wil niet naar huis”.');
    expect(text).toContain(`${pages}/${pages}`);
    expect(text).toContain(
      '• Keep talking about parenthood and the children in your conversations.',
    );
  });
});

describe('wrapping', () => {
  const measure = (s: string) => s.length;

  it('breaks between words, keeps the writer’s line breaks and cuts a word longer than the line', () => {
    expect(wrapText('een twee drie vier', 9, measure)).toEqual(['een twee', 'drie vier']);
    expect(wrapText('een\n\ntwee', 20, measure)).toEqual(['een', '', 'twee']);
    expect(wrapText('https://voorbeeld.be/lang', 10, measure)).toEqual([
      'https://vo',
      'orbeeld.be',
      '/lang',
    ]);
  });
});
