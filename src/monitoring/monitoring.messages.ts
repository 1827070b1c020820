import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    monitoring_unknown_indicator: 'Deze indicator staat niet in de catalogus.',
    monitoring_unknown_breakdown: 'Deze uitsplitsing bestaat niet.',
    monitoring_bad_period: 'Geef een periode als 2026, 2026-Q1 of 2026-03.',
    monitoring_period_reversed: 'De beginmaand moet vóór of gelijk aan de eindmaand liggen.',
    monitoring_period_too_long: 'Kies hoogstens tien jaar.',
  },
  en: {
    monitoring_unknown_indicator: 'This indicator is not in the catalogue.',
    monitoring_unknown_breakdown: 'This breakdown does not exist.',
    monitoring_bad_period: 'Give a period such as 2026, 2026-Q1 or 2026-03.',
    monitoring_period_reversed: 'The first month must be before or equal to the last month.',
    monitoring_period_too_long: 'Choose at most ten years.',
  },
});
