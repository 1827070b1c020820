// The words of the partners section, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';
import type { LegalBasis, PartnerKind, ReferralStatus } from './partners.api';

const nl = {
  title: 'Partners en gegevensdeling',
  referrals: 'Doorverwijzingen', referralsNone: 'Nog geen doorverwijzingen.', waited: '{n} dagen gewacht', waiting: 'wacht al {n} dagen', started: 'Hulp gestart',
  statuses: { sent: 'verstuurd', accepted: 'aanvaard', waiting: 'wachtlijst', started: 'gestart', refused: 'geweigerd', withdrawn: 'ingetrokken' } as Record<ReferralStatus, string>,
  disclosures: 'Gegevensdeling', disclosuresIntro: 'Beroepsgeheim is de regel. Elke deling vermeldt haar rechtsgrond, de ontvanger, de reden en of het gezin het weet.', disclosuresNone: 'Er werden geen gegevens gedeeld.',
  bases: { consent: 'toestemming', '458bis_a': 'art. 458bis Sw. (ernstig en dreigend gevaar)', '458bis_b': 'art. 458bis Sw. (andere minderjarigen in gevaar)', '458ter': 'art. 458ter Sw. (casusoverleg)', state_of_necessity: 'noodtoestand', mano: 'maatschappelijke noodzaak (MANO)' } as Record<LegalBasis, string>,
  familyInformed: 'gezin geïnformeerd op {date}', familyNotInformed: 'gezin niet geïnformeerd: {reason}',
  kinds: { youth_care: 'jeugdhulp (rechtstreeks toegankelijk)', itp: 'Intersectorale Toegangspoort (ITP)', ocj: 'OCJ', caw: 'CAW', mental_health: 'geestelijke gezondheidszorg (CGG)', police: 'politie', prosecutor: 'parket', zsg: 'Zorgcentrum na Seksueel Geweld (ZSG)', fjc: 'Family Justice Center', school: 'school / CLB', medical: 'medisch', other: 'andere' } as Record<PartnerKind, string>,
  refer: 'Doorverwijzen', referKind: 'Soort dienst', referKindAll: 'alle soorten', referPartner: 'Naar welke dienst', referReason: 'Waarom doorverwijzen, met welke vraag?', referSentOn: 'Verstuurd op', referSentOnHint: 'Leeg = vandaag.', referShares: 'Met deze doorverwijzing deel ik informatie uit het dossier', referSharesHint: 'Dan is het ook een gegevensdeling: vul de rechtsgrond in.', referSave: 'Doorverwijzing registreren', referSaved: 'Doorverwijzing geregistreerd.', draftRestored: 'Uw niet-bewaarde invoer van eerder is teruggezet.',
  changeStatus: 'Status wijzigen', changeStatusOf: 'Status wijzigen: {partner}', newStatus: 'Nieuwe status', changedOn: 'Op', statusNote: 'Toelichting (bv. verwachte wachttijd, reden van weigering)', saveStatus: 'Status bewaren', history: 'Verloop', conflict: 'Een collega wijzigde dit intussen. De nieuwste versie staat nu op het scherm; uw invoer is bewaard: kijk na en bewaar opnieuw.',
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
  kinds: { youth_care: 'youth care (directly accessible)', itp: 'Intersectoral Gateway (ITP)', ocj: 'OCJ (youth-care support centre)', caw: 'CAW (general welfare)', mental_health: 'mental-health service (CGG)', police: 'police', prosecutor: 'prosecutor', zsg: 'Sexual Assault Referral Centre (ZSG)', fjc: 'Family Justice Center', school: 'school / CLB', medical: 'medical', other: 'other' },
  refer: 'Refer', referKind: 'Kind of service', referKindAll: 'all kinds', referPartner: 'To which service', referReason: 'Why refer, with which question?', referSentOn: 'Sent on', referSentOnHint: 'Empty = today.', referShares: 'This referral shares information from the case file', referSharesHint: 'Then it is a disclosure too: fill in the legal basis.', referSave: 'Record referral', referSaved: 'Referral recorded.', draftRestored: 'Your unsaved input from before has been restored.',
  changeStatus: 'Change status', changeStatusOf: 'Change status: {partner}', newStatus: 'New status', changedOn: 'On', statusNote: 'Note (e.g. expected waiting time, reason for refusal)', saveStatus: 'Save status', history: 'History', conflict: 'A colleague changed this meanwhile. The latest version is now on screen; your input is kept: check and save again.',
  record: 'Record a disclosure', recipient: 'Recipient', legalBasis: 'Legal basis', reason: 'Why', information: 'What was shared', informed: 'The family knows about this disclosure', notInformedReason: 'Why does the family not know (yet)?', save: 'Record disclosure', choose: 'Choose…',
};

export function usePartnersText(): { text: PartnersText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
