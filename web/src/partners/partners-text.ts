// The words of the partners section, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';
import type { LegalBasis, ReferralStatus } from './partners.api';

const nl = {
  title: 'Partners en gegevensdeling',
  referrals: 'Doorverwijzingen', referralsNone: 'Nog geen doorverwijzingen.', waited: '{n} dagen gewacht', waiting: 'wacht al {n} dagen', started: 'Hulp gestart',
  statuses: { sent: 'verstuurd', accepted: 'aanvaard', waiting: 'wachtlijst', started: 'gestart', refused: 'geweigerd', withdrawn: 'ingetrokken' } as Record<ReferralStatus, string>,
  disclosures: 'Gegevensdeling', disclosuresIntro: 'Beroepsgeheim is de regel. Elke deling vermeldt haar rechtsgrond, de ontvanger, de reden en of het gezin het weet.', disclosuresNone: 'Er werden geen gegevens gedeeld.',
  bases: { consent: 'toestemming', '458bis_a': 'art. 458bis Sw. (ernstig en dreigend gevaar)', '458bis_b': 'art. 458bis Sw. (andere minderjarigen in gevaar)', '458ter': 'art. 458ter Sw. (casusoverleg)', state_of_necessity: 'noodtoestand', mano: 'maatschappelijke noodzaak (MANO)' } as Record<LegalBasis, string>,
  familyInformed: 'gezin geïnformeerd op {date}', familyNotInformed: 'gezin niet geïnformeerd: {reason}',
  record: 'Gegevensdeling registreren', recipient: 'Ontvanger', legalBasis: 'Rechtsgrond', reason: 'Waarom', information: 'Wat werd gedeeld', informed: 'Het gezin weet van deze deling', notInformedReason: 'Waarom weet het gezin het (nog) niet?', save: 'Deling registreren', choose: 'Kies…',
};
export type PartnersText = typeof nl;

const en: PartnersText = {
  title: 'Partners and disclosures',
  referrals: 'Referrals', referralsNone: 'No referrals yet.', waited: 'waited {n} days', waiting: 'waiting for {n} days', started: 'Help started',
  statuses: { sent: 'sent', accepted: 'accepted', waiting: 'waiting list', started: 'started', refused: 'refused', withdrawn: 'withdrawn' },
  disclosures: 'Disclosures', disclosuresIntro: 'Professional secrecy is the rule. Every disclosure states its legal basis, the recipient, the reason and whether the family knows.', disclosuresNone: 'No information was disclosed.',
  bases: { consent: 'consent', '458bis_a': 'art. 458bis Criminal Code (serious and imminent danger)', '458bis_b': 'art. 458bis Criminal Code (other minors in danger)', '458ter': 'art. 458ter Criminal Code (case consultation)', state_of_necessity: 'state of necessity', mano: 'societal necessity (MANO)' },
  familyInformed: 'family informed on {date}', familyNotInformed: 'family not informed: {reason}',
  record: 'Record a disclosure', recipient: 'Recipient', legalBasis: 'Legal basis', reason: 'Why', information: 'What was shared', informed: 'The family knows about this disclosure', notInformedReason: 'Why does the family not know (yet)?', save: 'Record disclosure', choose: 'Choose…',
};

export function usePartnersText(): { text: PartnersText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
