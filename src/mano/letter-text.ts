// Text rules for documents that leave the VK: the reporter is redacted wherever their name,
// phone or e-mail appears in what the team wrote, and text is kept within what the PDF's standard
// fonts can print (WinAnsi), so no character silently turns into garbage.
export const REDACTED = '[melder]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that also finds the identifier with other spacing, and a phone number in any notation. */
function identifierPattern(identifier: string): RegExp {
  const digits = identifier.replace(/\D/g, '');
  if (digits.length >= 6 && digits.length >= identifier.replace(/[\s./()+-]/g, '').length - 1) {
    const sep = '[\\s./()-]*';
    // A Belgian number written nationally (03 …) or internationally (+32 3 …, 0032 3 …).
    const national = digits.startsWith('0') ? `(?:0|(?:\\+|00)${sep}32${sep}(?:\\(0\\))?${sep})` + digits.slice(1).split('').join(sep) : digits.split('').join(sep);
    return new RegExp(national, 'g');
  }
  return new RegExp(identifier.trim().split(/\s+/).map(escape).join('\\s+'), 'gi');
}

export function redact(text: string, identifiers: readonly string[]): string {
  return [...identifiers].sort((a, b) => b.length - a.length).reduce((out, id) => out.replace(identifierPattern(id), REDACTED), text);
}

const cp1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const printable = (c: string) => {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || c === '\n' || cp1252Extras.has(c);
};

/** Keeps what WinAnsi can print; other letters lose their accent (ş → s), anything else becomes "?". */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const c of text) {
    if (printable(c)) out += c;
    else if (c === '\t' || c === '\r') out += ' ';
    else {
      const base = c.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...base].every(printable) && base.length > 0 ? base : '?';
    }
  }
  return out;
}
