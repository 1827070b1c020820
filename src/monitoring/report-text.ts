// The report's words in both languages; statuses, trends and units come from the catalogue the
// dashboard uses too (monitoring-words.ts). PDF standard fonts know only the Windows-1252
// characters, so the text avoids symbols such as ≥ and arrows.
import type { Locale } from '../platform/i18n.js';
import { monitoringWords } from './monitoring-words.js';

const nl = {
  ...monitoringWords['nl-BE'],
  title: 'Monitoringrapport kindermishandeling',
  subtitle: 'Vertrouwenscentra Kindermishandeling, hulplijn 1712 en chat, Vlaanderen en Brussel',
  generated: 'Opgemaakt op',
  intro: 'Dit rapport bundelt de kernindicatoren van het jaar, hun doelen en verloop, de geschatte verborgen prevalentie en de resultaten van bevolkingsstudies. Alle cijfers zijn geaggregeerd; geen enkel kind, gezin of melder is herkenbaar.',
  keyTitle: '1. Kernindicatoren en doelen',
  value: 'Waarde',
  status: 'Status',
  trendColumn: 'Trend',
  trendsTitle: '2. Verloop',
  trendsIntro: 'Per kwartaal voor Vlaanderen en Brussel; meldingen per maand per provincie.',
  breakdownTitle: '3. Gemelde kinderen naar leeftijd',
  prevalenceTitle: '4. Verborgen prevalentie',
  prevalenceNone: 'Voor dit jaar zijn nog geen gekoppelde gegevens van andere registers ingevoerd: er is geen schatting.',
  surveyTitle: '5. Bevolkingsstudies en ACE',
  surveyNone: 'Voor de voorbije vijf jaar is geen bevolkingsstudie ingevoerd.',
  methodsTitle: '6. Methode',
  methods: [
    'De cijfers komen uit de anonieme statistieklaag van Schakel: elke melding, elk dossier, contact en gesprek laat bij registratie een feit na (dag, centrum en gecodeerde kenmerken, nooit een naam of vrije tekst). Die feiten blijven bewaard als persoonsgegevens gewist worden.',
    'Indicatoren volgen een vaste catalogus (teller, noemer, factor, periodetype). Mediane wachttijden worden berekend uit een histogram met stappen van 0,1 dag onder twee dagen en hele dagen tot een maand. Bevolkingscijfers: een schatting voor 1 januari 2024 die nog niet aan de tabellen van Statbel getoetst is (leeftijdsgroepen gemodelleerd, zie content/monitoring/README.md); cijfers per 1.000 zijn daarom indicatief.',
    'De verborgen prevalentie wordt geschat met capture-recapture: log-lineaire modellen op de overlap tussen registers, gekoppeld via versleutelde Bloom-filters (CLK), zodat geen register namen deelt.',
  ],
  disclosureTitle: '7. Bescherming tegen herkenning',
  disclosure: [
    'Aantallen van 1 tot 9 worden niet gepubliceerd. Cellen waaruit zo een aantal af te leiden is, worden mee onderdrukt (complementaire onderdrukking, exact gecontroleerd met lineaire algebra).',
    'Een percentage of verhouding wordt niet getoond als de teller of de noemer een klein aantal is (de noemers zelf worden niet gepubliceerd). Een mediaan steunt op minstens 10 dossiers.',
    'Schattingen van de prevalentie worden afgerond op 10 en niet gepubliceerd als minder dan 10 personen in meer dan een register voorkomen.',
  ],
  page: 'Pagina',
};

export type ReportText = typeof nl;

const en: ReportText = {
  ...monitoringWords.en,
  title: 'Child maltreatment monitoring report',
  subtitle: 'Child-abuse confidential centres, helpline 1712 and chat, Flanders and Brussels',
  generated: 'Generated on',
  intro: 'This report brings together the year\'s key indicators, their targets and trends, the estimated hidden prevalence and the results of population surveys. All figures are aggregates; no child, family or reporter can be recognised.',
  keyTitle: '1. Key indicators and targets',
  value: 'Value',
  status: 'Status',
  trendColumn: 'Trend',
  trendsTitle: '2. Trends',
  trendsIntro: 'Per quarter for Flanders and Brussels; reports per month per province.',
  breakdownTitle: '3. Children reported by age',
  prevalenceTitle: '4. Hidden prevalence',
  prevalenceNone: 'No linked data from other registries have been imported for this year: there is no estimate.',
  surveyTitle: '5. Population surveys and ACEs',
  surveyNone: 'No population survey has been recorded for the past five years.',
  methodsTitle: '6. Methods',
  methods: [
    'The figures come from Schakel\'s anonymous statistics layer: every report, case, contact and conversation leaves a fact when it is registered (day, centre and coded characteristics, never a name or free text). These facts are kept when personal data are erased.',
    'Indicators follow a fixed catalogue (numerator, denominator, factor, period type). Median waiting times are computed from a histogram in steps of 0.1 day below two days and whole days up to a month. Population figures: an estimate for 1 January 2024 not yet checked against the Statbel tables (age bands modelled, see content/monitoring/README.md); rates per 1,000 are therefore indicative.',
    'Hidden prevalence is estimated by capture-recapture: log-linear models on the overlap between registries, linked through encrypted Bloom filters (CLK), so that no registry shares names.',
  ],
  disclosureTitle: '7. Protection against identification',
  disclosure: [
    'Counts from 1 to 9 are not published. Cells from which such a count could be derived are suppressed as well (complementary suppression, checked exactly with linear algebra).',
    'A percentage or ratio is not shown when its numerator or its denominator is a small count (the denominators themselves are not published). A median rests on at least 10 cases.',
    'Prevalence estimates are rounded to 10 and not published when fewer than 10 people appear in more than one registry.',
  ],
  page: 'Page',
};

export function reportText(locale: Locale): ReportText {
  return locale === 'en' ? en : nl;
}

/** Replaces characters the PDF standard fonts cannot draw. */
export function pdfSafe(text: string): string {
  return text.replace(/≥/g, '>=').replace(/≤/g, '<=').replace(/[→↑]/g, '').replace(/\u2212/g, '-');
}
