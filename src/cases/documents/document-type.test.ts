import { describe, expect, it } from 'vitest';
import { attachmentDisposition, safeFileName, sniffDocumentType, zipEntryNames } from './document-type.js';
import { refusedDocuments, sampleDocuments } from './document-fixtures.js';

describe('document type from content', () => {
  it('recognises each allowed type by its bytes', () => {
    for (const [type, bytes] of Object.entries(sampleDocuments)) expect(sniffDocumentType(bytes), type).toBe(type);
  });

  it('refuses programs, scripts, plain ZIPs, macro workbooks and other images', () => {
    for (const [what, bytes] of Object.entries(refusedDocuments)) expect(sniffDocumentType(bytes), what).toBeNull();
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it('reads the entry names of a ZIP and gives up on a truncated one', () => {
    expect(zipEntryNames(sampleDocuments.docx)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(zipEntryNames(sampleDocuments.docx.subarray(0, 40))).toBeNull();
  });
});

describe('safe file names', () => {
  it('keeps the name, drops folders and control characters, takes the extension of the real type', () => {
    expect(safeFileName('C:\\Users\\x\\verslag school.pdf', 'pdf')).toBe('verslag school.pdf');
    expect(safeFileName('../../etc/passwd', 'text')).toBe('passwd.txt');
    expect(safeFileName('foto.exe', 'jpeg')).toBe('foto.jpg');
    expect(safeFileName('"evil";\r\nname.pdf', 'pdf')).toBe('evil name.pdf');
    expect(safeFileName('...', 'png')).toBe('document.png');
    expect(safeFileName('a'.repeat(300) + '.docx', 'docx')).toHaveLength(115);
  });

  it('sends every name as an attachment, with an ASCII fallback', () => {
    expect(attachmentDisposition('verslag Zoë.pdf')).toBe(`attachment; filename="verslag Zoe.pdf"; filename*=UTF-8''verslag%20Zo%C3%AB.pdf`);
  });
});
