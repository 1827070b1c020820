// Belgian national register numbers (rijksregisternummer): YYMMDD + 3-digit serial + 2 check
// digits. The check is 97 − (first nine digits mod 97); for people born from 2000 onwards the
// digit "2" is put in front of the nine digits before taking the modulus, which is the only way
// to tell 1905 from 2005. We validate before pseudonymising because a mistyped number would
// otherwise become a perfectly valid-looking pseudonym that matches nobody, silently splitting one
// child into two and inflating every capture–recapture estimate built on it.

export type NationalNumberCheck =
  | { valid: true; digits: string; century: 1900 | 2000 }
  | { valid: false; reason: 'format' | 'check-digits' };

/** Separators people type: "93.05.18-223.61", "930518 223 61". */
const SEPARATORS = /[\s.\-/]/g;

export function normaliseNationalNumber(raw: string): string {
  return raw.replace(SEPARATORS, '');
}

export function checkNationalNumber(raw: string): NationalNumberCheck {
  const digits = normaliseNationalNumber(raw);
  if (!/^\d{11}$/.test(digits)) return { valid: false, reason: 'format' };
  const firstNine = Number(digits.slice(0, 9));
  const checkDigits = Number(digits.slice(9));
  if (97 - (firstNine % 97) === checkDigits) return { valid: true, digits, century: 1900 };
  if (97 - ((2_000_000_000 + firstNine) % 97) === checkDigits) return { valid: true, digits, century: 2000 };
  return { valid: false, reason: 'check-digits' };
}

/** The check digits for nine leading digits; used by tests and synthetic data generators. */
export function nationalNumberCheckDigits(firstNine: string, bornFrom2000: boolean): string {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError('expected exactly nine digits');
  const base = Number(firstNine) + (bornFrom2000 ? 2_000_000_000 : 0);
  return String(97 - (base % 97)).padStart(2, '0');
}
