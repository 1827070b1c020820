// Reads back the text of a PDF that pdfkit wrote with its standard fonts: inflate each content
// stream and decode the hex strings of its text operators (WinAnsi). Not a general PDF parser;
// enough to check, before a letter leaves the VK, what it says and what it must never say.
import { inflateSync } from 'node:zlib';

const winAnsi = new TextDecoder('windows-1252');

function decodeHex(hex: string): string {
  const clean = hex.replace(/\s+/g, '');
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return winAnsi.decode(bytes);
}

function streams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const found: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    const raw = pdf.subarray(start, end);
    try {
      found.push(inflateSync(raw).toString('latin1'));
    } catch {
      found.push(raw.toString('latin1'));
    }
  }
  return found;
}

/** The text lines of the PDF, in drawing order. */
export function pdfTextLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const content of streams(pdf)) {
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj/g)) {
      const parts = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F\s]*)>/g)].map((m) => m[1]!) : [op[2]!];
      lines.push(parts.map(decodeHex).join(''));
    }
  }
  return lines;
}

/** All text as one string with single spaces, so that words wrapped over two lines still match. */
export function pdfText(pdf: Buffer): string {
  return pdfTextLines(pdf).join(' ').replace(/\s+/g, ' ').trim();
}
