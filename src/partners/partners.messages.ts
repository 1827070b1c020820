import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    partner_unknown: 'Deze dienst staat niet (meer) in de partnerlijst.',
    partner_exists: 'Er staat al een dienst met deze naam in deze provincie.',
    partner_date_in_future: 'Deze datum ligt in de toekomst.',
    disclosure_basis_prosecutor_only: 'Deze rechtsgrond laat alleen toe de procureur des Konings te informeren.',
    disclosure_consent_means_informed: 'Bij toestemming weet het gezin ervan: duid aan dat het gezin geïnformeerd is.',
    disclosure_why_not_informed: 'Schrijf waarom het gezin (nog) niet geïnformeerd is.',
    disclosure_needs_recipient: 'Kies een dienst uit de lijst, of vul naam en soort ontvanger in.',
    disclosure_already_informed: 'Het gezin was al geïnformeerd over deze gegevensdeling.',
    disclosure_informed_date: 'Kies een datum tussen de gegevensdeling en vandaag.',
    referral_status_not_allowed: 'Een doorverwijzing met status "{from}" kan niet naar "{to}".',
    referral_date_out_of_range: 'Kies een datum tussen het versturen van de doorverwijzing en vandaag.',
  },
  en: {
    partner_unknown: 'This service is not (or no longer) in the partner directory.',
    partner_exists: 'A service with this name already exists in this province.',
    partner_date_in_future: 'This date lies in the future.',
    disclosure_basis_prosecutor_only: 'This legal basis only allows informing the public prosecutor.',
    disclosure_consent_means_informed: 'With consent the family knows: mark the family as informed.',
    disclosure_why_not_informed: 'Write why the family has not (yet) been informed.',
    disclosure_needs_recipient: 'Choose a service from the directory, or fill in the recipient’s name and kind.',
    disclosure_already_informed: 'The family had already been informed about this disclosure.',
    disclosure_informed_date: 'Choose a date between the disclosure and today.',
    referral_status_not_allowed: 'A referral with status "{from}" cannot move to "{to}".',
    referral_date_out_of_range: 'Choose a date between sending the referral and today.',
  },
});
