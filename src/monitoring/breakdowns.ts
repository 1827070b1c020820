// Which breakdowns a dashboard offers: a kind of fact split by one dimension, per region. Kept as
// a list so the API cannot be asked to cross arbitrary dimensions (fine crossings are how small
// groups, and so people, become visible).
import type { FactDimensionName } from './monitoring.tables.js';

export interface BreakdownDefinition {
  id: string;
  kind: string;
  dimension: FactDimensionName;
  name: { 'nl-BE': string; en: string };
}

export const breakdowns: readonly BreakdownDefinition[] = [
  { id: 'children_by_age', kind: 'report_child', dimension: 'ageBand', name: { 'nl-BE': 'Gemelde kinderen naar leeftijd', en: 'Children reported by age' } },
  { id: 'reports_by_category', kind: 'report', dimension: 'category', name: { 'nl-BE': 'Meldingen naar probleemcategorie', en: 'Reports by problem category' } },
  { id: 'reports_by_urgency', kind: 'report', dimension: 'urgency', name: { 'nl-BE': 'Meldingen naar urgentie', en: 'Reports by urgency' } },
  { id: 'reports_by_channel', kind: 'report', dimension: 'channel', name: { 'nl-BE': 'Meldingen naar melder', en: 'Reports by source' } },
  { id: 'reports_by_outcome', kind: 'report_outcome', dimension: 'outcome', name: { 'nl-BE': 'Meldingen naar beslissing na intake', en: 'Reports by intake decision' } },
  { id: 'reports_by_form', kind: 'report_form', dimension: 'detail', name: { 'nl-BE': 'Vormen van mishandeling', en: 'Forms of maltreatment' } },
  { id: 'cases_by_track', kind: 'case_opened', dimension: 'track', name: { 'nl-BE': 'Nieuwe dossiers naar traject', en: 'New cases by track' } },
  { id: 'contacts_by_channel', kind: 'contact', dimension: 'channel', name: { 'nl-BE': 'Contacten 1712 en chat naar kanaal', en: '1712 and chat contacts by channel' } },
  { id: 'contacts_by_gender', kind: 'contact', dimension: 'gender', name: { 'nl-BE': 'Contacten naar gender', en: 'Contacts by gender' } },
];
