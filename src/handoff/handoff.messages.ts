import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    handoff_already_done: 'Dit contact is al doorgegeven aan {recipient}. Een tweede keer kan niet.',
    handoff_choose_vk: 'Kies de provincie van het Vertrouwenscentrum.',
    handoff_choose_caw: 'Kies een CAW uit de partnerlijst.',
    handoff_no_centre: 'Voor deze provincie is geen Vertrouwenscentrum ingesteld.',
    handoff_caw_needs_consent: 'Een volwassene beslist zelf: doorgeven aan een CAW kan alleen met toestemming.',
    handoff_who_consented: 'Wie gaf toestemming?',
    handoff_transcript_choice: 'Vraag het kind apart of het gesprek zelf mee mag, en duid het antwoord aan.',
    handoff_no_transcript_phone: 'Bij een telefoongesprek is er geen gesprekstekst om mee te geven.',
    handoff_transcript_needs_consent: 'Het gesprek gaat alleen mee als het kind toestemming gaf.',
    handoff_transcript_gone: 'De gesprekstekst is al gewist (bewaartermijn voorbij).',
    handoff_basis_required: 'Zonder toestemming: kies de wettelijke grond.',
    handoff_basis_reason: 'Zonder toestemming: schrijf waarom het toch nodig is.',
  },
  en: {
    handoff_already_done: 'This contact has already been handed off to {recipient}. It cannot be done twice.',
    handoff_choose_vk: 'Choose the province of the confidential centre.',
    handoff_choose_caw: 'Choose a CAW from the partner directory.',
    handoff_no_centre: 'No confidential centre is set up for this province.',
    handoff_caw_needs_consent: 'An adult decides for themselves: a hand-off to a CAW needs consent.',
    handoff_who_consented: 'Who gave consent?',
    handoff_transcript_choice: 'Ask the child separately whether the conversation itself may follow, and mark the answer.',
    handoff_no_transcript_phone: 'A phone call has no conversation text to pass on.',
    handoff_transcript_needs_consent: 'The conversation only follows with the child’s consent.',
    handoff_transcript_gone: 'The conversation text has already been deleted (retention period over).',
    handoff_basis_required: 'Without consent: choose the legal basis.',
    handoff_basis_reason: 'Without consent: write why it is necessary all the same.',
  },
});
