// The words the dashboard (web/src/monitoring/monitoring.text.ts) and the PDF report
// (report-text.ts) share, in both languages: one catalogue, so a status or a unit reads the same on
// screen and on paper. Plain data without imports, so the server and the browser bundle can both
// import it. PDF standard fonts know only Windows-1252: no symbols such as ≥ or arrows here.

export type WordsLocale = 'nl-BE' | 'en';

const nlBE = {
  indicator: 'Indicator',
  target: 'Doel',
  previous: 'Vorig jaar',
  total: 'Totaal',
  suppressed: 'onderdrukt',
  noData: 'geen gegevens',
  light: { green: 'Op koers', amber: 'Bijna op koers', red: 'Niet op koers', none: 'Geen oordeel' },
  trend: { up: 'stijgt', down: 'daalt', flat: 'stabiel', unknown: 'geen vergelijking' },
  meaning: { better: 'beter', worse: 'slechter', neutral: '' },
  periodTypes: { month: 'maand', quarter: 'kwartaal', year: 'jaar' },
  units: { count: 'aantal', percent: '%', days: 'dagen', ratio: 'verhouding', per_1000: 'per 1.000' },
  flandersWide: 'Vlaanderen-breed (1712, chat)',
  flandersOnly: 'heel Vlaanderen',
};

export type MonitoringWords = typeof nlBE;

const en: MonitoringWords = {
  indicator: 'Indicator',
  target: 'Target',
  previous: 'Previous year',
  total: 'Total',
  suppressed: 'suppressed',
  noData: 'no data',
  light: { green: 'On track', amber: 'Nearly on track', red: 'Off track', none: 'No judgement' },
  trend: { up: 'rising', down: 'falling', flat: 'stable', unknown: 'no comparison' },
  meaning: { better: 'better', worse: 'worse', neutral: '' },
  periodTypes: { month: 'month', quarter: 'quarter', year: 'year' },
  units: { count: 'count', percent: '%', days: 'days', ratio: 'ratio', per_1000: 'per 1,000' },
  flandersWide: 'Flanders-wide (1712, chat)',
  flandersOnly: 'all of Flanders',
};

export const monitoringWords: Record<WordsLocale, MonitoringWords> = { 'nl-BE': nlBE, en };
