import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    taxonomy_unknown: 'Deze keuze staat niet (meer) in de lijst van uw centrum.',
    taxonomy_duplicate_code: 'Elke code mag maar één keer in de lijst staan.',
    contact_child_age: 'Een kind of jongere is jonger dan 18 jaar.',
    contact_already_registered: 'Dit gesprek is al geregistreerd.',
    repeat_key_missing: 'Geef een telefoonnummer of een code van de beller op.',
  },
  en: {
    taxonomy_unknown: 'This choice is not (or no longer) in your centre’s list.',
    taxonomy_duplicate_code: 'Each code may appear only once in the list.',
    contact_child_age: 'A child or young person is under 18.',
    contact_already_registered: 'This chat has already been registered.',
    repeat_key_missing: 'Give a phone number or a code of the caller.',
  },
});
