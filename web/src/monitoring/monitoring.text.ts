// The monitoring pages' own words, beside the pages (like the Kindreflex guide): the analyst's
// vocabulary is specific and changes with the indicator framework, not with the staff app. Words
// the PDF report uses too (statuses, trends, units) come from the shared catalogue.
import { useTranslation } from 'react-i18next';
import { monitoringWords } from '../../../src/monitoring/monitoring-words';
import type { Locale, Unit } from './monitoring.api';

const nlBE = {
  ...monitoringWords['nl-BE'],
  title: 'Monitoring',
  intro: 'Cijfers over meldingen, dossiers, contacten en wachttijden in Vlaanderen en Brussel. Alleen geaggregeerde cijfers: geen enkel kind, gezin of melder is hier te zien.',
  overviewTitle: 'Kernindicatoren',
  year: 'Jaar',
  region: 'Regio',
  show: 'Toon',
  suppressedLong: 'onderdrukt (klein aantal)',
  noTarget: 'geen doel',
  seriesTitle: 'Verloop in de tijd',
  periodType: 'Per',
  from: 'Van (maand)',
  to: 'Tot en met (maand)',
  regions: 'Regio’s vergelijken',
  period: 'Periode',
  tableCaption: 'Cijfers bij de grafiek',
  downloadCsv: 'Download CSV',
  downloadXlsx: 'Download Excel',
  breakdownTitle: 'Uitsplitsing',
  breakdown: 'Uitsplitsing',
  category: 'Categorie',
  disclosure: 'Aantallen van 1 tot 9 worden niet getoond, ook niet in downloads, samen met de cijfers waaruit ze af te leiden zouden zijn. Medianen steunen op minstens 10 dossiers.',
  loading: 'Cijfers laden…',
  chartSummary: '{name}: lijngrafiek per {period} voor {regions}. De cijfers staan in de tabel eronder.',
  barSummary: '{name}: staafgrafiek per categorie voor Vlaanderen en Brussel. De cijfers staan in de tabel eronder.',
  moreTitle: 'Meer',
  prevalenceLink: 'Verborgen prevalentie en ACE-studies',
  importLink: 'Gegevens van andere registers importeren',
  reportLink: 'Jaarrapport (PDF)',
};

export type MonitoringText = typeof nlBE & { units: Record<Unit, string> };

const en: MonitoringText = {
  ...monitoringWords.en,
  title: 'Monitoring',
  intro: 'Figures on reports, cases, contacts and waiting times in Flanders and Brussels. Aggregates only: no child, family or reporter can be seen here.',
  overviewTitle: 'Key indicators',
  year: 'Year',
  region: 'Region',
  show: 'Show',
  suppressedLong: 'suppressed (small count)',
  noTarget: 'no target',
  seriesTitle: 'Over time',
  periodType: 'Per',
  from: 'From (month)',
  to: 'To (month)',
  regions: 'Compare regions',
  period: 'Period',
  tableCaption: 'Figures behind the chart',
  downloadCsv: 'Download CSV',
  downloadXlsx: 'Download Excel',
  breakdownTitle: 'Breakdown',
  breakdown: 'Breakdown',
  category: 'Category',
  disclosure: 'Counts from 1 to 9 are not shown, in downloads neither, together with the figures they could be derived from. Medians rest on at least 10 cases.',
  loading: 'Loading figures…',
  chartSummary: '{name}: line chart per {period} for {regions}. The figures are in the table below.',
  barSummary: '{name}: bar chart per category for Flanders and Brussels. The figures are in the table below.',
  moreTitle: 'More',
  prevalenceLink: 'Hidden prevalence and ACE studies',
  importLink: 'Import data from other registries',
  reportLink: 'Annual report (PDF)',
};

const texts: Record<Locale, MonitoringText> = { 'nl-BE': nlBE, en };

export function useMonitoringText(): { text: MonitoringText; locale: Locale } {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl-BE';
  return { text: texts[locale], locale };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

export function formatValue(value: number | null, unit: Unit, locale: Locale): string {
  if (value === null) return '';
  const number = value.toLocaleString(locale, { maximumFractionDigits: unit === 'count' ? 0 : 1 });
  return unit === 'percent' ? `${number} %` : number;
}
