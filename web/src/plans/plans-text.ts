// The words of the plans section, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';
import type { Progress, ReviewState, ShareableField } from './plans.api';

const nl = {
  title: 'Plannen',
  safety: 'Veiligheidsplan',
  safetyNone: 'Nog geen veiligheidsplan.',
  version: 'Versie {n}',
  rules: 'Afspraken',
  network: 'Veiligheidsnetwerk: wie controleert wat',
  review: 'Evaluatie',
  reviewStates: { scheduled: 'gepland op {date}', due: 'binnenkort: {date}', overdue: 'te laat sinds {date}', ended: 'plan beëindigd' } as Record<ReviewState, string>,
  signatures: 'Akkoord van het gezin',
  agrees: 'akkoord', refuses: 'niet akkoord', notSigned: 'Deze versie is nog door niemand ondertekend.',
  history: 'Versies', compare: 'Vergelijk met de vorige versie', changes: 'Wijzigingen van versie {from} naar {to}', noChanges: 'Geen inhoudelijke wijzigingen.', reviewDate: 'Evaluatiedatum: {from} → {to}',
  continue: 'Evaluatie: plan loopt verder', nextReview: 'Volgende evaluatie', note: 'Notitie', saveReview: 'Evaluatie bewaren',
  recovery: 'Herstelplan', recoveryNone: 'Nog geen herstelplan.',
  childGoals: 'Doelen voor het kind', familyGoals: 'Doelen voor het gezin', protectiveFactors: 'Beschermende factoren', actions: 'Acties', progressNotes: 'Voortgang',
  progress: { planned: 'gepland', in_progress: 'bezig', reached: 'bereikt', dropped: 'niet verder' } as Record<Progress, string>,
  shared: 'Gedeeld met partners (één gezin, één plan)', shareNone: 'Nog met niemand gedeeld.', preview: 'Bekijk wat {partner} ziet', internal: 'intern',
  fields: { childGoals: 'doelen kind', familyGoals: 'doelen gezin', protectiveFactors: 'beschermende factoren', actions: 'acties', progressNotes: 'deelbare voortgang' } as Record<ShareableField, string>,
  dueTitle: 'Evaluaties van veiligheidsplannen', dueNone: 'Geen evaluaties die binnenkort vallen.',
};
export type PlansText = typeof nl;

const en: PlansText = {
  title: 'Plans',
  safety: 'Safety plan',
  safetyNone: 'No safety plan yet.',
  version: 'Version {n}',
  rules: 'Agreements',
  network: 'Safety network: who checks what',
  review: 'Review',
  reviewStates: { scheduled: 'planned on {date}', due: 'soon: {date}', overdue: 'overdue since {date}', ended: 'plan ended' },
  signatures: 'The family’s agreement',
  agrees: 'agrees', refuses: 'does not agree', notSigned: 'Nobody has signed this version yet.',
  history: 'Versions', compare: 'Compare with the previous version', changes: 'Changes from version {from} to {to}', noChanges: 'No changes in content.', reviewDate: 'Review date: {from} → {to}',
  continue: 'Review: the plan continues', nextReview: 'Next review', note: 'Note', saveReview: 'Save review',
  recovery: 'Recovery plan', recoveryNone: 'No recovery plan yet.',
  childGoals: 'Goals for the child', familyGoals: 'Goals for the family', protectiveFactors: 'Protective factors', actions: 'Actions', progressNotes: 'Progress',
  progress: { planned: 'planned', in_progress: 'in progress', reached: 'reached', dropped: 'dropped' },
  shared: 'Shared with partners (one family, one plan)', shareNone: 'Not shared with anyone yet.', preview: 'See what {partner} sees', internal: 'internal',
  fields: { childGoals: 'child goals', familyGoals: 'family goals', protectiveFactors: 'protective factors', actions: 'actions', progressNotes: 'shareable progress' },
  dueTitle: 'Safety-plan reviews', dueNone: 'No reviews coming up.',
};

export function usePlansText(): { text: PlansText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
