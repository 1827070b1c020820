// The built-in taxonomy of the shared registration form (chat and 1712). A centre can replace any
// list with its own (contact_taxonomy_terms); these apply until it does.
export const taxonomyKinds = ['theme', 'violence_form', 'referral'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export interface TaxonomyTerm {
  code: string;
  labelNl: string;
  labelEn: string;
}

const term = (code: string, labelNl: string, labelEn: string): TaxonomyTerm => ({ code, labelNl, labelEn });

export const defaultTaxonomy: Record<TaxonomyKind, TaxonomyTerm[]> = {
  theme: [
    term('child_abuse', 'Kindermishandeling', 'Child abuse'),
    term('partner_violence', 'Partnergeweld', 'Partner violence'),
    term('violence_against_adults', 'Geweld tegen volwassenen', 'Violence against adults'),
    term('separation_problems', 'Problemen bij scheiding', 'Separation problems'),
    term('elder_abuse', 'Ouderenmis(be)handeling', 'Elder abuse'),
    term('violence_between_children', 'Geweld tussen kinderen of jongeren', 'Violence between children'),
    term('abuse_of_parents', 'Kind-oudergeweld (geweld tegen ouders)', 'Abuse of parents'),
    term('historical_abuse', 'Geweld in het verleden', 'Historical abuse'),
    term('honour_related_violence', 'Eergerelateerd geweld', 'Honour-related violence'),
    term('other', 'Ander thema', 'Other'),
  ],
  violence_form: [
    term('physical', 'Lichamelijk geweld', 'Physical violence'),
    term('emotional', 'Psychisch of emotioneel geweld', 'Emotional violence'),
    term('sexual', 'Seksueel geweld', 'Sexual violence'),
    term('neglect', 'Verwaarlozing', 'Neglect'),
    term('financial', 'Financieel misbruik', 'Financial abuse'),
    term('online', 'Online geweld', 'Online violence'),
    term('unclear', 'Nog onduidelijk', 'Unclear yet'),
  ],
  referral: [
    term('none', 'Geen doorverwijzing', 'No referral'),
    term('vk', 'Vertrouwenscentrum Kindermishandeling', 'Child-abuse confidential centre (VK)'),
    term('caw', 'CAW', 'Centre for general welfare (CAW)'),
    term('police', 'Politie', 'Police'),
    term('emergency_112', '112 (acuut gevaar)', '112 (acute danger)'),
    term('awel', 'Awel (102)', 'Awel (102)'),
    term('zsg', 'Zorgcentrum na Seksueel Geweld', 'Sexual-assault referral centre'),
    term('fjc', 'Family Justice Center', 'Family Justice Center'),
    term('gp', 'Huisarts', 'General practitioner'),
    term('other', 'Andere dienst', 'Other service'),
  ],
};
