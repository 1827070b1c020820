import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  'nl-BE': {
    document_empty: 'Het bestand is leeg. Kies het bestand opnieuw.',
    document_too_large: 'Het bestand is groter dan {limit}, het maximum voor een document.',
    document_type_not_allowed: 'Dit soort bestand kan niet in een dossier: alleen PDF, JPEG, PNG, Word (.docx), Excel (.xlsx) of platte tekst. Het type wordt uit de inhoud afgeleid, niet uit de naam.',
    document_send_raw: 'Stuur het bestand zelf als inhoud van het verzoek (application/octet-stream).',
  },
  en: {
    document_empty: 'The file is empty. Choose the file again.',
    document_too_large: 'The file is larger than {limit}, the maximum for a document.',
    document_type_not_allowed: 'This kind of file cannot go into a case file: only PDF, JPEG, PNG, Word (.docx), Excel (.xlsx) or plain text. The type is taken from the content, not from the name.',
    document_send_raw: 'Send the file itself as the request body (application/octet-stream).',
  },
});
