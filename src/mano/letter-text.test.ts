import { describe, expect, it } from 'vitest';
import { redact, toWinAnsi } from './letter-text.js';

describe('text that leaves the VK', () => {
  it('redacts the reporter by name in any spacing or case, and by phone in any notation', () => {
    const ids = ['Els Wouters', '03 123 45 67', 'els.wouters@delinde.be'];
    expect(redact('Volgens Els  Wouters (03/123.45.67, els.wouters@delinde.be) en ELS WOUTERS zelf', ids)).toBe('Volgens [melder] ([melder], [melder]) en [melder] zelf');
    expect(redact('Bel 031234567 of +32 3 123 45 67 of 0032 (0)3 1234567', ['03 123 45 67'])).toBe('Bel [melder] of [melder] of [melder]');
    expect(redact('Noor vertelde het aan haar juf.', ids)).toBe('Noor vertelde het aan haar juf.');
  });

  it('keeps Dutch and French letters and folds what the standard fonts cannot print', () => {
    expect(toWinAnsi('Noor Janssens – “café” Ëlif Çelik')).toBe('Noor Janssens – “café” Ëlif Çelik');
    expect(toWinAnsi('Ayşe Yılmaz ✓')).toBe('Ayse Y?lmaz ?');
  });
});
