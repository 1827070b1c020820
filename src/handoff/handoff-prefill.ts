// From a contact registration to a VK report: the counsellor's themes and forms of violence become
// the VK's problem category, forms and contexts where the mapping is clear (never a guess: what
// has no clear counterpart is left for the VK to classify at triage), and everything else the
// registration holds is written into the concern, in the VK's working language.
import type { ContactRegistration, Taxonomy } from '../contacts/contacts.service.js';

/** Contact form of violence → VK maltreatment form. Neglect could be physical or emotional: left open. */
const formOfViolence: Record<string, string> = { physical: 'physical_violence', emotional: 'emotional_violence', sexual: 'sexual_violence' };
/** Contact theme → VK maltreatment forms and specific contexts it clearly implies. */
const themeImplies: Record<string, { forms?: string[]; contexts?: string[] }> = {
  partner_violence: { forms: ['witnessing_violence'], contexts: ['intrafamily_violence'] },
  separation_problems: { contexts: ['high_conflict_divorce'] },
  honour_related_violence: { contexts: ['intrafamily_violence'] },
};
const urgencyOf: Record<string, string> = { acute: 'acute', urgent: 'high', not_urgent: 'normal' };

export interface Classification {
  problemCategory: string;
  forms: string[];
  contexts: string[];
  urgency: string;
}

type Facts = Pick<ContactRegistration, 'themes' | 'violenceForms' | 'urgency'>;

export function classifyForVk(contact: Facts): Classification {
  const forms = new Set(contact.violenceForms.flatMap((f) => (formOfViolence[f] ? [formOfViolence[f]] : [])));
  const contexts = new Set<string>();
  for (const theme of contact.themes) {
    themeImplies[theme]?.forms?.forEach((f) => forms.add(f));
    themeImplies[theme]?.contexts?.forEach((c) => contexts.add(c));
  }
  const has = (form: string) => contact.violenceForms.includes(form);
  // The most serious clear signal decides; the VK reclassifies at triage when it knows more.
  const problemCategory = contact.themes.includes('historical_abuse')
    ? 'past_abuse'
    : has('sexual')
      ? 'sexual_boundary_violation'
      : has('physical') || has('neglect')
        ? 'physical_abuse_neglect'
        : has('emotional') || contact.themes.includes('partner_violence')
          ? 'emotional_abuse_neglect'
          : 'unclear';
  return { problemCategory, forms: [...forms], contexts: [...contexts], urgency: urgencyOf[contact.urgency] ?? 'normal' };
}

const callerRoles: Record<string, string> = { victim: 'slachtoffer', child: 'kind of jongere zelf', parent: 'ouder', bystander: 'omstaander', professional: 'professional' };
const ageBands: Record<string, string> = { under_12: 'jonger dan 12', '12_14': '12–14 jaar', '15_17': '15–17 jaar', '18_24': '18–24 jaar', '25_64': '25–64 jaar', '65_plus': '65 jaar of ouder', unknown: 'leeftijd onbekend' };
const genders: Record<string, string> = { female: 'vrouw/meisje', male: 'man/jongen', x: 'X', unknown: 'gender onbekend' };
const urgencies: Record<string, string> = { acute: 'acuut', urgent: 'dringend', not_urgent: 'niet dringend' };
const bases: Record<string, string> = { '458bis_a': 'art. 458bis Sw. (ernstig en dreigend gevaar)', '458bis_b': 'art. 458bis Sw. (andere minderjarigen in gevaar)', state_of_necessity: 'noodtoestand' };

export interface ConsentFacts {
  consent: boolean;
  consentBy: string | null;
  transcript: boolean;
  legalBasis: string;
  basisReason: string;
}

const labelled = (codes: string[], terms: Taxonomy[keyof Taxonomy]) => codes.map((c) => terms.find((t) => t.code === c)?.labelNl ?? c).join(', ');

/** The concern as the VK reads it: where it comes from, what was told, what was registered, on what basis. */
export function concernText(contact: ContactRegistration, taxonomy: Taxonomy, summary: string, consent: ConsentFacts): string {
  const from = contact.channel === 'chat' ? 'de chat voor minderjarigen' : 'de hulplijn 1712';
  const when = contact.contactAt.toLocaleString('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'short', timeStyle: 'short' });
  const who = [callerRoles[contact.callerRole] ?? contact.callerRole, ageBands[contact.ageBand] ?? contact.ageBand, genders[contact.gender] ?? contact.gender].join(', ');
  const lines = [
    `Doorgegeven door ${from} (contact van ${when}).`,
    '',
    'Wat verteld werd (samenvatting van de hulpverlener):',
    summary,
    '',
    `Contact: ${who}${contact.anonymous ? ', anoniem' : ''}.`,
    `Thema's: ${labelled(contact.themes, taxonomy.theme)}.`,
    ...(contact.violenceForms.length ? [`Vormen van geweld: ${labelled(contact.violenceForms, taxonomy.violence_form)}.`] : []),
    `Urgentie volgens de hulpverlener: ${urgencies[contact.urgency] ?? contact.urgency}.`,
    ...(contact.advice ? [`Gegeven advies: ${contact.advice}`] : []),
    '',
    consent.consent
      ? `Toestemming voor de doorgifte: ja (${consent.consentBy === 'child' ? 'het kind' : consent.consentBy === 'parent' ? 'een ouder' : 'de beller'}).${contact.channel === 'chat' ? ` Het gesprek zelf mag mee: ${consent.transcript ? 'ja' : 'nee'}.` : ''}`
      : `Doorgegeven zonder toestemming, op grond van ${bases[consent.legalBasis] ?? consent.legalBasis}: ${consent.basisReason}`,
  ];
  return lines.join('\n');
}
