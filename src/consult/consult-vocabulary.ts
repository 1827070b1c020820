// The fixed lists of advice and consult. Kept free of run-time imports so the browser can use
// them as they are. Sectors are the places professionals call from; the guide's own sector ids
// (content/kindreflex) map onto them for lists and counts.
export const consultChannels = ['kindreflex', 'phone', 'email', 'in_person'] as const;
export type ConsultChannel = (typeof consultChannels)[number];
/** What a worker can register by hand; `kindreflex` requests arrive from the public guide only. */
export const staffChannels = ['phone', 'email', 'in_person'] as const satisfies readonly ConsultChannel[];

export const professionalSectors = ['school_clb', 'childcare', 'gp', 'hospital', 'mental_health', 'caw', 'justice_house', 'police', 'youth_care', 'other'] as const;
export type ProfessionalSector = (typeof professionalSectors)[number];

/** The guide's sector variants (content/kindreflex/<id>.json) as professional sectors. */
export const guideSectorToProfessional: Readonly<Record<string, ProfessionalSector>> = {
  algemeen: 'other',
  caw: 'caw',
  ggz: 'mental_health',
  justitiehuis: 'justice_house',
  ziekenhuis: 'hospital',
};

export function professionalSectorOf(sector: string): ProfessionalSector {
  return (professionalSectors as readonly string[]).includes(sector) ? (sector as ProfessionalSector) : (guideSectorToProfessional[sector] ?? 'other');
}

/** Ranked: the most urgent first. The same codes as the intake taxonomy's urgencies. */
export const consultUrgencies = ['acute', 'high', 'normal'] as const;
export type ConsultUrgency = (typeof consultUrgencies)[number];

export const consultStatuses = ['new', 'in_progress', 'advised', 'closed'] as const;
export type ConsultStatus = (typeof consultStatuses)[number];

export interface FamilyPerson {
  firstName: string;
  lastName: string;
}
export interface FamilyChild extends FamilyPerson {
  dateOfBirth: string | null;
}
/** Names only when the professional named the family; never in lists, logs or audit details. */
export interface FamilyDetails {
  children: FamilyChild[];
  parents: FamilyPerson[];
}
