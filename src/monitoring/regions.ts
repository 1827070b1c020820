// Regions the statistics speak of: Flanders as a whole (the six VKs with Brussels, plus the
// Flanders-wide hotline and chat) and the five provinces plus Brussels. Codes are short and stable
// so they can live in URLs, targets and CSV files.
export const regionCodes = ['VL', 'ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU'] as const;
export type RegionCode = (typeof regionCodes)[number];
export const provinceCodes = ['ANT', 'LIM', 'OVL', 'WVL', 'VBR', 'BRU'] as const satisfies readonly RegionCode[];

export const regionNames: Record<RegionCode, { 'nl-BE': string; en: string }> = {
  VL: { 'nl-BE': 'Vlaanderen en Brussel', en: 'Flanders and Brussels' },
  ANT: { 'nl-BE': 'Antwerpen', en: 'Antwerp' },
  LIM: { 'nl-BE': 'Limburg', en: 'Limburg' },
  OVL: { 'nl-BE': 'Oost-Vlaanderen', en: 'East Flanders' },
  WVL: { 'nl-BE': 'West-Vlaanderen', en: 'West Flanders' },
  VBR: { 'nl-BE': 'Vlaams-Brabant', en: 'Flemish Brabant' },
  BRU: { 'nl-BE': 'Brussel', en: 'Brussels' },
};

/** The province names stored on centres (organisation.ts) → region codes. */
const byProvinceName: Record<string, RegionCode> = {
  Antwerpen: 'ANT',
  Limburg: 'LIM',
  'Oost-Vlaanderen': 'OVL',
  'West-Vlaanderen': 'WVL',
  'Vlaams-Brabant': 'VBR',
  Brussel: 'BRU',
};

/** A centre without a province (hotline 1712, the chat) serves all of Flanders: null. */
export function regionOfProvince(province: string | null): RegionCode | null {
  return province === null ? null : (byProvinceName[province] ?? null);
}

export function isRegionCode(value: string): value is RegionCode {
  return (regionCodes as readonly string[]).includes(value);
}
