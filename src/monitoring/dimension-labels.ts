// Labels for the codes that appear in breakdowns, in both languages. Codes not listed (a centre's
// own taxonomy term) are shown as the code itself.
import type { Locale } from '../platform/i18n.js';

type Labels = Record<string, readonly [nl: string, en: string]>;

const labels: Labels = {
  '0-2': ['0–2 jaar', '0–2 years'],
  '3-5': ['3–5 jaar', '3–5 years'],
  '6-11': ['6–11 jaar', '6–11 years'],
  '12-17': ['12–17 jaar', '12–17 years'],
  '18+': ['18 jaar of ouder', '18 or older'],
  unborn: ['Ongeboren', 'Unborn'],
  unknown: ['Onbekend', 'Unknown'],
  under_12: ['Jonger dan 12', 'Under 12'],
  '12_14': ['12–14 jaar', '12–14 years'],
  '15_17': ['15–17 jaar', '15–17 years'],
  '18_24': ['18–24 jaar', '18–24 years'],
  '25_64': ['25–64 jaar', '25–64 years'],
  '65_plus': ['65 of ouder', '65 or older'],
  female: ['Meisje of vrouw', 'Female'],
  male: ['Jongen of man', 'Male'],
  x: ['X', 'X'],
  acute: ['Acuut', 'Acute'],
  high: ['Hoog', 'High'],
  normal: ['Gewoon', 'Normal'],
  professional: ['Professional', 'Professional'],
  hotline: ['1712', '1712'],
  chat: ['Chat', 'Chat'],
  phone: ['Telefoon', 'Phone'],
  family: ['Gezin', 'Family'],
  child: ['Kind of jongere', 'Child or young person'],
  citizen: ['Burger', 'Citizen'],
  other: ['Andere', 'Other'],
  advice: ['Advies', 'Advice'],
  consult: ['Consult', 'Consult'],
  case: ['Dossier', 'Case'],
  mano: ['MANO', 'MANO'],
  sexual_boundary_violation: ['Seksueel grensoverschrijdend gedrag', 'Sexual boundary violation'],
  physical_abuse_neglect: ['Lichamelijke mishandeling of verwaarlozing', 'Physical abuse or neglect'],
  emotional_abuse_neglect: ['Emotionele mishandeling of verwaarlozing', 'Emotional abuse or neglect'],
  risk_situation: ['Risicosituatie', 'Risk situation'],
  unclear: ['Onduidelijk', 'Unclear'],
  past_abuse: ['Verwerking van mishandeling in het verleden', 'Processing of past abuse'],
  physical_violence: ['Lichamelijk geweld', 'Physical violence'],
  physical_neglect: ['Lichamelijke verwaarlozing', 'Physical neglect'],
  emotional_violence: ['Psychisch geweld', 'Emotional violence'],
  emotional_neglect: ['Emotionele verwaarlozing', 'Emotional neglect'],
  sexual_abuse: ['Seksueel misbruik', 'Sexual abuse'],
  sexual_violence: ['Seksueel geweld', 'Sexual violence'],
  witnessing_violence: ['Getuige van partnergeweld', 'Witnessing partner violence'],
  '': ['Niet geregistreerd', 'Not recorded'],
};

export function dimensionLabel(code: string, locale: Locale): string {
  const found = labels[code];
  return found ? (locale === 'en' ? found[1] : found[0]) : code;
}
