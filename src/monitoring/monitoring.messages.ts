import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    monitoring_unknown_indicator: 'Deze indicator staat niet in de catalogus.',
    monitoring_unknown_breakdown: 'Deze uitsplitsing bestaat niet.',
    monitoring_bad_period: 'Geef een periode als 2026, 2026-Q1 of 2026-03.',
    monitoring_period_reversed: 'De beginmaand moet vóór of gelijk aan de eindmaand liggen.',
    monitoring_period_too_long: 'Kies hoogstens tien jaar.',
    monitoring_unreadable_file: 'Het bestand {file} is niet te lezen: {reason}',
    monitoring_mapping_missing: 'Kies welke kolom het aantal bevat.',
    monitoring_two_registries: 'Koppelen vraagt minstens twee gecodeerde bestanden (bv. het eigen register en dat van de politie).',
    monitoring_import_has_errors: 'Er zijn {problems} fouten. Verbeter het bestand, of importeer uitdrukkelijk alleen de foutloze regels.',
    monitoring_shares_sum: 'De vijf aandelen (score 0, 1, 2, 3, 4 of meer) moeten samen 1 zijn.',
  },
  en: {
    monitoring_unknown_indicator: 'This indicator is not in the catalogue.',
    monitoring_unknown_breakdown: 'This breakdown does not exist.',
    monitoring_bad_period: 'Give a period such as 2026, 2026-Q1 or 2026-03.',
    monitoring_period_reversed: 'The first month must be before or equal to the last month.',
    monitoring_period_too_long: 'Choose at most ten years.',
    monitoring_unreadable_file: 'The file {file} cannot be read: {reason}',
    monitoring_mapping_missing: 'Choose which column holds the count.',
    monitoring_two_registries: 'Linking needs at least two encoded files (e.g. the centre’s own register and the police’s).',
    monitoring_import_has_errors: 'There are {problems} errors. Correct the file, or explicitly import only the clean lines.',
    monitoring_shares_sum: 'The five shares (score 0, 1, 2, 3, 4 or more) must add up to 1.',
  },
});
