// What a file really is, decided from its first bytes (and, for Office documents, the names inside
// the ZIP container), never from its name or the type the browser claims: a renamed program must
// not enter a case file as "verslag.pdf".

export const documentTypes = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf' },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg' },
  png: { mediaType: 'image/png', extension: 'png' },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  text: { mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
} as const;

export type DocumentType = keyof typeof documentTypes;

const startsWith = (bytes: Buffer, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** The names of the entries in a ZIP file, read from its central directory; null if not a ZIP. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function officeType(bytes: Buffer): DocumentType | null {
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return null;
  // Macro-enabled documents (vbaProject.bin) are refused: they can run code when opened.
  if (names.some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return null;
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** Plain text: valid UTF-8 without NUL or other control characters besides tab, newlines, form feed. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.subarray(0, 2).toString('latin1') === '#!') return false; // a script, not a letter
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

export function sniffDocumentType(bytes: Buffer): DocumentType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  return isPlainText(bytes) ? 'text' : null;
}

/**
 * A file name that is safe to store and to send back: no folders, no control or quoting
 * characters, at most 120 characters, and the extension of what the file really is.
 */
export function safeFileName(claimed: string, type: DocumentType): string {
  const base = claimed
    .split(/[\\/]/)
    .pop()!
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters become spaces, quoting goes
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/["*:<>?|;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const withoutExtension = base.replace(/\.[^.]{1,8}$/, '').slice(0, 110).trim() || 'document';
  return `${withoutExtension}.${documentTypes[type].extension}`;
}

/** `Content-Disposition` for a download: always an attachment, ASCII fallback plus UTF-8 name. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%]/g, '') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
