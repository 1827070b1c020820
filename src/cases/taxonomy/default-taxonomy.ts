// The starting vocabulary of a VK (DOMAIN.md: problem categories, forms, specific contexts),
// installed into case_taxonomy_terms the first time it is needed. From then on it is data: a
// centre renames, reorders, adds or deactivates terms without a release.
import type { UrgencySettings } from '../deadlines/deadlines.js';

export const taxonomyKinds = ['problem_category', 'maltreatment_form', 'specific_context', 'urgency', 'closure_outcome'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export interface TermSeed {
  code: string;
  nl: string;
  en: string;
  settings?: UrgencySettings;
}

export const defaultTaxonomy: Record<TaxonomyKind, TermSeed[]> = {
  problem_category: [
    { code: 'sexual_boundary_violation', nl: 'Seksueel grensoverschrijdend gedrag', en: 'Sexual boundary violation' },
    { code: 'physical_abuse_neglect', nl: 'Lichamelijke mishandeling of verwaarlozing', en: 'Physical abuse or neglect' },
    { code: 'emotional_abuse_neglect', nl: 'Emotionele mishandeling of verwaarlozing', en: 'Emotional abuse or neglect' },
    { code: 'risk_situation', nl: 'Risicosituatie', en: 'Risk situation' },
    { code: 'unclear', nl: 'Onduidelijk', en: 'Unclear' },
    { code: 'past_abuse', nl: 'Verwerking van mishandeling in het verleden', en: 'Processing of past abuse' },
    { code: 'other', nl: 'Andere', en: 'Other' },
  ],
  maltreatment_form: [
    { code: 'physical_violence', nl: 'Lichamelijk geweld', en: 'Physical violence' },
    { code: 'physical_neglect', nl: 'Lichamelijke verwaarlozing', en: 'Physical neglect' },
    { code: 'emotional_violence', nl: 'Psychisch geweld', en: 'Emotional violence' },
    { code: 'emotional_neglect', nl: 'Emotionele verwaarlozing', en: 'Emotional neglect' },
    { code: 'sexual_abuse', nl: 'Seksueel misbruik', en: 'Sexual abuse' },
    { code: 'sexual_violence', nl: 'Seksueel geweld', en: 'Sexual violence' },
    { code: 'witnessing_violence', nl: 'Getuige van partnergeweld', en: 'Witnessing partner violence' },
    { code: 'care_dependency_abuse', nl: 'Misbruik binnen een zorgafhankelijke relatie', en: 'Abuse within a relation of care dependency' },
  ],
  specific_context: [
    { code: 'high_conflict_divorce', nl: 'Vechtscheiding', en: 'High-conflict divorce' },
    { code: 'intrafamily_violence', nl: 'Intrafamiliaal geweld', en: 'Intrafamily violence' },
    { code: 'refugee_children', nl: 'Kinderen op de vlucht', en: 'Children on the run (refugees)' },
    { code: 'institutional_abuse', nl: 'Institutioneel misbruik', en: 'Institutional abuse' },
    { code: 'convicted_caregivers', nl: 'Kinderen van veroordeelde opvoeders', en: 'Children of convicted caregivers' },
    { code: 'prenatal', nl: 'Prenatale kindermishandeling', en: 'Prenatal abuse' },
    { code: 'shaken_infant', nl: 'Shaken infant syndroom', en: 'Shaken infant syndrome' },
    { code: 'complex_trauma', nl: 'Complex trauma en emotionele verwaarlozing', en: 'Complex trauma and emotional neglect' },
    { code: 'sexual_violence', nl: 'Seksueel geweld', en: 'Sexual violence' },
  ],
  // Order is rank: the waiting list puts the first urgency first.
  urgency: [
    { code: 'acute', nl: 'Acuut', en: 'Acute', settings: { firstContact: { hours: 24 }, followUp: { workingDays: 5 } } },
    { code: 'high', nl: 'Hoog', en: 'High', settings: { firstContact: { workingDays: 5 }, followUp: { workingDays: 10 } } },
    { code: 'normal', nl: 'Gewoon', en: 'Normal', settings: { firstContact: { workingDays: 15 }, followUp: { workingDays: 20 } } },
  ],
  closure_outcome: [
    { code: 'safety_restored', nl: 'Veiligheid hersteld, gezin werkt verder zelfstandig', en: 'Safety restored, the family continues on its own' },
    { code: 'referred_youth_care', nl: 'Doorverwezen naar jeugdhulp', en: 'Referred to youth care' },
    { code: 'referred_other_service', nl: 'Overgedragen aan een andere dienst', en: 'Handed over to another service' },
    { code: 'referred_prosecutor', nl: 'Doorverwezen naar het parket (MANO)', en: 'Referred to the prosecutor (MANO)' },
    { code: 'concern_not_confirmed', nl: 'Zorg niet bevestigd', en: 'Concern not confirmed' },
    { code: 'family_unreachable', nl: 'Gezin niet bereikbaar of verhuisd', en: 'Family unreachable or moved' },
    { code: 'other', nl: 'Andere', en: 'Other' },
  ],
};
