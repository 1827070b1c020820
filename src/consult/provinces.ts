// Which VK answers a professional from which province: one VK per province and one for Brussels
// (centre codes as in src/seed/organisation.ts). Pure data, also bundled into the public guide.
export const provinces = [
  { id: 'antwerpen', centreCode: 'vk-antwerpen', name: { 'nl-BE': 'Antwerpen', en: 'Antwerp' } },
  { id: 'limburg', centreCode: 'vk-limburg', name: { 'nl-BE': 'Limburg', en: 'Limburg' } },
  { id: 'oost-vlaanderen', centreCode: 'vk-oost-vlaanderen', name: { 'nl-BE': 'Oost-Vlaanderen', en: 'East Flanders' } },
  { id: 'west-vlaanderen', centreCode: 'vk-west-vlaanderen', name: { 'nl-BE': 'West-Vlaanderen', en: 'West Flanders' } },
  { id: 'vlaams-brabant', centreCode: 'vk-vlaams-brabant', name: { 'nl-BE': 'Vlaams-Brabant', en: 'Flemish Brabant' } },
  { id: 'brussel', centreCode: 'vk-brussel', name: { 'nl-BE': 'Brussel', en: 'Brussels' } },
] as const;

export type ProvinceId = (typeof provinces)[number]['id'];
export const provinceIds = provinces.map((p) => p.id) as [ProvinceId, ...ProvinceId[]];

export function centreCodeForProvince(province: ProvinceId): string {
  const found = provinces.find((p) => p.id === province);
  if (!found) throw new Error(`no VK for province ${String(province)}`);
  return found.centreCode;
}
