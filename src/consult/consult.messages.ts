import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    consult_centre_unavailable: 'Het VK van deze provincie kan nu geen aanvragen ontvangen. Bel het VK rechtstreeks.',
    consult_phone_required: 'Geef een telefoonnummer als u wilt dat het VK u belt.',
    consult_email_required: 'Geef een e-mailadres als u een antwoord per e-mail wilt.',
    consult_nothing_to_send: 'Kies minstens één deel van de samenvatting of stel uw vraag.',
  },
  en: {
    consult_centre_unavailable: 'The VK of this province cannot receive requests right now. Please call the VK directly.',
    consult_phone_required: 'Give a phone number if you want the VK to call you.',
    consult_email_required: 'Give an e-mail address if you want an answer by e-mail.',
    consult_nothing_to_send: 'Choose at least one part of the summary, or ask your question.',
  },
});
