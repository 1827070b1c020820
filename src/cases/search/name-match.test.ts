import { describe, expect, it } from 'vitest';
import { oneLetterAway } from './name-match.js';

describe('spellings one letter away', () => {
  it('changes, adds or drops each letter, with LIKE wildcards typed as letters', () => {
    expect(oneLetterAway('mas').sort()).toEqual(['_as', '_mas', 'as', 'm_as', 'm_s', 'ma', 'ma_', 'ma_s', 'mas_', 'ms'].sort());
    // Two letters are not dropped to one: a one-letter word is anything.
    expect(oneLetterAway('bo').sort()).toEqual(['_bo', '_o', 'b_', 'b_o', 'bo_'].sort());
    expect(oneLetterAway('a%')).toContain('a\\%_');
  });
});
