// From a raw cell to the tokens that go into the Bloom filter: check the value against the
// feature's format, normalise it the way clkhash does (dates become YYYYMMDD, integers lose
// leading zeros), cut it into n-grams and decide how many bits each token gets.
import type { FeatureFormat, HashedFeature } from './clk-schema.js';

export type FormattedValue = { ok: true; value: string } | { ok: false; dutch: string; english: string };

export function formatFeatureValue(feature: HashedFeature, raw: string): FormattedValue {
  const missing = feature.hashing.missingValue;
  // A declared sentinel ("", "onbekend") skips the format check, as in clkhash: a missing
  // value is information, not an error.
  if (missing !== undefined && raw === missing.sentinel) return { ok: true, value: missing.replaceWith ?? raw };
  return formatByType(feature.format, raw);
}

function formatByType(format: FeatureFormat, raw: string): FormattedValue {
  switch (format.type) {
    case 'string':
      return formatString(format, raw);
    case 'integer':
      return formatInteger(format, raw);
    case 'date':
      return formatDate(format.format, raw);
    case 'enum':
      return format.values.includes(raw)
        ? { ok: true, value: raw }
        : fail('waarde niet toegelaten', `value not one of the ${format.values.length} allowed values`);
  }
}

function formatString(format: Extract<FeatureFormat, { type: 'string' }>, raw: string): FormattedValue {
  const length = Array.from(raw).length;
  if (format.encoding === 'ascii' && !isAscii(raw)) return fail('niet-ASCII-tekens', 'non-ASCII characters');
  if (format.minLength !== undefined && length < format.minLength) {
    return fail(`korter dan ${format.minLength} tekens`, `shorter than ${format.minLength} characters`);
  }
  if (format.maxLength !== undefined && length > format.maxLength) {
    return fail(`langer dan ${format.maxLength} tekens`, `longer than ${format.maxLength} characters`);
  }
  if (format.case === 'upper' && raw !== raw.toUpperCase()) return fail('niet in hoofdletters', 'not upper case');
  if (format.case === 'lower' && raw !== raw.toLowerCase()) return fail('niet in kleine letters', 'not lower case');
  if (format.pattern !== undefined && !new RegExp(`^(?:${format.pattern})$`, 'u').test(raw)) {
    return fail('voldoet niet aan het patroon', 'does not match the pattern');
  }
  return { ok: true, value: raw };
}

function formatInteger(format: Extract<FeatureFormat, { type: 'integer' }>, raw: string): FormattedValue {
  const trimmed = raw.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return fail('geen geheel getal', 'not an integer');
  const value = BigInt(trimmed);
  if (format.minimum !== undefined && value < BigInt(format.minimum)) return fail('te klein', 'below the minimum');
  if (format.maximum !== undefined && value > BigInt(format.maximum)) return fail('te groot', 'above the maximum');
  return { ok: true, value: value.toString() };
}

/** Parses with a strptime-style format (%Y, %m, %d) and returns clkhash's hashing form YYYYMMDD. */
function formatDate(pattern: string, raw: string): FormattedValue {
  const order: Array<'Y' | 'm' | 'd'> = [];
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern.charAt(i);
    const directive = char === '%' ? pattern.charAt(i + 1) : '';
    if (directive === 'Y' || directive === 'm' || directive === 'd') {
      order.push(directive);
      source += directive === 'Y' ? '(\\d{4})' : '(\\d{1,2})';
      i += 1;
    } else if (directive === '%') {
      source += '%';
      i += 1;
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  const match = new RegExp(`^${source}$`).exec(raw);
  if (match === null) return fail('datum niet in het verwachte formaat', 'date not in the expected format');
  const parts = { Y: 0, m: 0, d: 0 };
  order.forEach((directive, index) => {
    parts[directive] = Number(match[index + 1]);
  });
  if (parts.m < 1 || parts.m > 12 || parts.d < 1 || parts.d > daysInMonth(parts.Y, parts.m)) {
    return fail('onbestaande datum', 'date does not exist');
  }
  const value = `${String(parts.Y).padStart(4, '0')}${String(parts.m).padStart(2, '0')}${String(parts.d).padStart(2, '0')}`;
  return { ok: true, value };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fail(dutch: string, english: string): FormattedValue {
  return { ok: false, dutch, english };
}

/**
 * n-grams over code points (not UTF-16 units, so "é" is one character as in Python). For n > 1
 * the word is padded with n − 1 spaces on both sides, which marks where a word begins and ends.
 */
export function tokenize(comparison: HashedFeature['hashing']['comparison'], value: string): string[] {
  if (comparison.type === 'exact') return [value];
  if (value.length === 0) return [];
  const { n, positional } = comparison;
  const padding = ' '.repeat(n - 1);
  const characters = Array.from(`${padding}${value}${padding}`);
  const tokens: string[] = [];
  for (let start = 0; start + n <= characters.length; start += 1) {
    const gram = characters.slice(start, start + n).join('');
    tokens.push(positional ? `${start + 1} ${gram}` : gram);
  }
  return tokens;
}

/**
 * Bits per token. bitsPerFeature spreads a fixed budget over however many tokens a value has, so
 * a long name does not outweigh the date of birth; the remainder goes to the first tokens.
 */
export function bitsPerToken(strategy: HashedFeature['hashing']['strategy'], tokenCount: number): number[] {
  if ('bitsPerToken' in strategy) return new Array<number>(tokenCount).fill(strategy.bitsPerToken);
  if (tokenCount === 0) return [];
  const base = Math.floor(strategy.bitsPerFeature / tokenCount);
  const remainder = strategy.bitsPerFeature % tokenCount;
  return Array.from({ length: tokenCount }, (_, index) => (index < remainder ? base + 1 : base));
}
