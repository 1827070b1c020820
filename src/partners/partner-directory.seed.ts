// A realistic starting directory per province: the services a Flemish VK works with most. No
// phone numbers or addresses are invented: each centre completes its own directory.
import type { Db } from '../platform/db.js';
import { partners, type PartnerKind } from './partners.tables.js';

interface ProvinceServices {
  province: string;
  city: string;
  caw: string[];
  mentalHealth: string;
  prosecutor: string[];
  police: string;
  zsg: string;
}

const provinces: ProvinceServices[] = [
  { province: 'Antwerpen', city: 'Antwerpen', caw: ['CAW Antwerpen', 'CAW De Kempen'], mentalHealth: 'CGG Vagga', prosecutor: ['Parket Antwerpen'], police: 'Politiezone Antwerpen', zsg: 'ZSG Antwerpen (UZA)' },
  { province: 'Limburg', city: 'Hasselt', caw: ['CAW Limburg'], mentalHealth: 'CGG LITP', prosecutor: ['Parket Limburg'], police: 'Politiezone Limburg Regio Hoofdstad', zsg: 'ZSG Limburg (ZOL Genk)' },
  { province: 'Oost-Vlaanderen', city: 'Gent', caw: ['CAW Oost-Vlaanderen'], mentalHealth: 'CGG Eclips', prosecutor: ['Parket Oost-Vlaanderen'], police: 'Politiezone Gent', zsg: 'ZSG Gent (UZ Gent)' },
  { province: 'West-Vlaanderen', city: 'Brugge', caw: ['CAW Noord-West-Vlaanderen', 'CAW Centraal-West-Vlaanderen', 'CAW Zuid-West-Vlaanderen'], mentalHealth: 'CGG Largo', prosecutor: ['Parket West-Vlaanderen'], police: 'Politiezone Brugge', zsg: 'ZSG West-Vlaanderen (AZ Delta Roeselare)' },
  { province: 'Vlaams-Brabant', city: 'Leuven', caw: ['CAW Oost-Brabant', 'CAW Halle-Vilvoorde'], mentalHealth: 'CGG Vlaams-Brabant Oost', prosecutor: ['Parket Leuven', 'Parket Halle-Vilvoorde'], police: 'Politiezone Leuven', zsg: 'ZSG Leuven (UZ Leuven)' },
  { province: 'Brussel', city: 'Brussel', caw: ['CAW Brussel'], mentalHealth: 'CGG Brussel', prosecutor: ['Parket Brussel'], police: 'Politiezone Brussel Hoofdstad Elsene', zsg: 'ZSG Brussel (UMC Sint-Pieter)' },
];

interface SeedPartner {
  name: string;
  kind: PartnerKind;
  province: string | null;
  city: string;
  notes: string;
}

export function partnerDirectorySeed(): SeedPartner[] {
  const rows: SeedPartner[] = [
    { name: 'Hulplijn 1712', kind: 'caw', province: null, city: '', notes: 'Hulplijn voor geweld, misbruik en kindermishandeling (geen noodnummer). Anoniem en gratis.' },
    { name: 'Child Focus', kind: 'other', province: null, city: 'Brussel', notes: 'Vermiste en seksueel uitgebuite kinderen; online veiligheid.' },
  ];
  for (const p of provinces) {
    const at = (name: string, kind: PartnerKind, notes: string, city = p.city) => rows.push({ name, kind, province: p.province, city, notes });
    at(`OCJ ${p.province}`, 'ocj', 'Ondersteuningscentrum Jeugdzorg: verontrusting zonder mishandeling; werkt met Signs of Safety. Ook voor anoniem consult.');
    at(`Intersectorale Toegangspoort ${p.province}`, 'itp', 'Niet rechtstreeks toegankelijke jeugdhulp: aanmelding met een A-document. Reken op een wachtlijst.');
    at(`Jeugdhulp ${p.province} (rechtstreeks toegankelijk)`, 'youth_care', 'Contextbegeleiding, kortdurende begeleiding en consult voor gezinnen.');
    for (const caw of p.caw) at(caw, 'caw', 'Algemeen welzijnswerk: partnergeweld, huisvesting, slachtofferhulp.');
    at(p.mentalHealth, 'mental_health', 'Centrum Geestelijke Gezondheidszorg: therapie voor kinderen, jongeren en ouders (ook traumazorg).');
    for (const parket of p.prosecutor) at(parket, 'prosecutor', 'Procureur des Konings, sectie jeugd en gezin: verwijzing na MANO of bij art. 458bis Sw.');
    at(p.police, 'police', 'Jeugd- en zedenrecherche; bij acuut gevaar altijd 101 of 112.');
    at(p.zsg, 'zsg', 'Zorgcentrum na Seksueel Geweld: 24/7 medische, forensische en psychologische zorg, aangifte mogelijk.');
    at(`Family Justice Center ${p.province}`, 'fjc', 'Ketenaanpak intrafamiliaal geweld: hulp, politie en justitie onder één dak; casusoverleg (art. 458ter Sw.).');
  }
  return rows;
}

/** Inserts the directory; existing names per province are left as the centre edited them. */
export async function seedPartnerDirectory(db: Db): Promise<void> {
  await db.insert(partners).values(partnerDirectorySeed()).onConflictDoNothing();
}
