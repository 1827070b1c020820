import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    kindreflex_unknown_sector: 'Deze sector kent de gids niet.',
    kindreflex_outdated_version: 'Deze versie van de gids is niet meer actueel. Laad de pagina opnieuw.',
    kindreflex_period_reversed: 'De beginmaand moet vóór of gelijk aan de eindmaand liggen.',
  },
  en: {
    kindreflex_unknown_sector: 'The guide does not know this sector.',
    kindreflex_outdated_version: 'This version of the guide is no longer current. Please reload the page.',
    kindreflex_period_reversed: 'The first month must be before or equal to the last month.',
  },
});
