/**
 * The 2FA secret in groups of four ("JBSW Y3DP EHPK 3PXP"), the way authenticator apps show it,
 * so it can be typed over without losing one's place. Apps ignore the spaces.
 */
export function groupInFours(secret: string): string {
  const compact = secret.replace(/\s+/g, '');
  return compact.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** Codes are often typed or pasted as "123 456"; the server wants the six digits only. */
export function normaliseOneTimeCode(code: string): string {
  return code.replace(/[\s-]+/g, '');
}

/** The QR code as an image source: the SVG stays data, never markup injected into the page. */
export function svgImageSource(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
