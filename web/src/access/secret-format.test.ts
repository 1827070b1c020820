import { describe, expect, it } from 'vitest';
import { groupInFours, normaliseOneTimeCode, svgImageSource } from './secret-format';

describe('secret formatting', () => {
  it('groups the 2FA secret in fours for manual entry', () => {
    expect(groupInFours('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupInFours('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupInFours(' JBSW Y3DP ')).toBe('JBSW Y3DP');
    expect(groupInFours('')).toBe('');
  });

  it('accepts codes typed with spaces or a dash', () => {
    expect(normaliseOneTimeCode(' 123 456 ')).toBe('123456');
    expect(normaliseOneTimeCode('123-456')).toBe('123456');
  });

  it('turns the QR SVG into an image URL, never into markup', () => {
    const source = svgImageSource(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect(source.startsWith('data:image/svg+xml;utf8,')).toBe(true);
    expect(source).not.toContain('<');
    expect(decodeURIComponent(source.slice('data:image/svg+xml;utf8,'.length))).toContain('<svg');
  });
});
