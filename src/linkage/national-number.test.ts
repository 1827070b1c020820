import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNationalNumber, nationalNumberCheckDigits } from './national-number.js';

describe('Belgian national register number check digits', () => {
  it('accepts the documented pre-2000 example 93051822361', () => {
    expect(checkNationalNumber('93051822361')).toEqual({ valid: true, digits: '93051822361', century: 1900 });
  });

  it('accepts a number for a child born from 2000, which needs the "2" prefix', () => {
    // 2050312123 mod 97 = 37 → check 60. Without the prefix: 50312123 mod 97 = 66 → check 31.
    expect(nationalNumberCheckDigits('050312123', true)).toBe('60');
    expect(nationalNumberCheckDigits('050312123', false)).toBe('31');
    expect(checkNationalNumber('05031212360')).toMatchObject({ valid: true, century: 2000 });
    expect(checkNationalNumber('05031212331')).toMatchObject({ valid: true, century: 1900 });
  });

  it('accepts the usual printed separators', () => {
    expect(checkNationalNumber('93.05.18-223.61')).toMatchObject({ valid: true });
    expect(checkNationalNumber('930518 223 61')).toMatchObject({ valid: true });
  });

  it('rejects a wrong check, a typo in the body and a malformed number', () => {
    expect(checkNationalNumber('93051822362')).toEqual({ valid: false, reason: 'check-digits' });
    expect(checkNationalNumber('93051822461')).toEqual({ valid: false, reason: 'check-digits' });
    expect(checkNationalNumber('9305182236')).toEqual({ valid: false, reason: 'format' });
    expect(checkNationalNumber('9305182236a')).toEqual({ valid: false, reason: 'format' });
    expect(checkNationalNumber('')).toEqual({ valid: false, reason: 'format' });
  });

  it('catches every single-digit typo in the first nine digits', () => {
    // 10^k mod 97 is never 0, so changing one digit always changes the remainder.
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.boolean(),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (body, from2000, position, delta) => {
          const valid = `${body}${nationalNumberCheckDigits(body, from2000)}`;
          expect(checkNationalNumber(valid)).toMatchObject({ valid: true });
          const digit = (Number(body[position]) + delta) % 10;
          const typo = `${body.slice(0, position)}${digit}${body.slice(position + 1)}`;
          const mistyped = `${typo}${nationalNumberCheckDigits(body, from2000)}`;
          const other = `${typo}${nationalNumberCheckDigits(typo, !from2000)}`;
          // The mistyped number fails unless, by coincidence, it is valid for the other century.
          if (mistyped !== other) expect(checkNationalNumber(mistyped)).toEqual({ valid: false, reason: 'check-digits' });
        },
      ),
    );
  });
});
