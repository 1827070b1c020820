// The words of the case-work screens, Dutch (nl-BE) first and English. Labels of categories,
// forms, contexts, urgencies and outcomes come from the centre's taxonomy, not from here.
import { useTranslation } from 'react-i18next';
import { eventLabelsEn, eventLabelsNl } from './event-labels';
import type { DeadlineState, IntakeOutcome, NoteKind, PersonKind, RelationKind, ReportSource, Term, TaxonomyKind } from './cases.api';

const nl = {
  home: { title: 'Dossiers', intro: 'Uw dossiers en wat vandaag aandacht vraagt. Druk op / om te zoeken.', newReport: 'Nieuwe melding', waitingList: 'Wachtlijst', mine: 'Mijn dossiers', mineEmpty: 'U hebt geen open dossiers.', deadlines: 'Termijnen die vandaag aandacht vragen', deadlinesEmpty: 'Geen verstreken of bijna verstreken termijnen.' },
  search: { label: 'Zoeken op naam, geboortedatum of dossiernummer', placeholder: 'bv. Noor Janssens, 4/5/2017 of VK-ANT-2026-00042', results: 'Zoekresultaten', none: 'Niets gevonden in de dossiers die u mag openen.', matched: 'gevonden via' },
  list: { number: 'Dossier', children: 'Kinderen', urgency: 'Urgentie', status: 'Stand', owner: 'Behandelaar', waited: 'Gewacht', deadline: 'Volgende termijn', days: '{n} d.', nobody: 'nog niemand', unborn: 'ongeboren kind', born: '°{date}', expected: 'verwacht {date}' },
  status: { waiting: 'Wacht', active: 'Lopend', closed: 'Afgesloten' } as Record<string, string>,
  track: { mano: 'MANO' },
  deadline: { first_contact: 'Eerste contact', follow_up: 'Opvolging', met: 'gehaald', open: 'tegen {date}', due_soon: 'binnen 24 u: {date}', missed: 'verstreken sinds {date}' },
  triage: { title: 'Meldingen om over te beslissen', intro: 'Oudste termijn eerst. Een beslissing voor een dossier zet het op de wachtlijst.', decide: 'Beslissing', save: 'Beslissen', received: 'Ontvangen {date}', by: 'genoteerd door {name}' },
  intake: {
    title: 'Nieuwe melding', intro: 'Alles kan met het toetsenbord: Tab naar het volgende veld, Ctrl+Enter registreert. Wat u typt, blijft bewaard op dit toestel tot de melding geregistreerd is.',
    draftRestored: 'Uw niet-geregistreerde melding van eerder is teruggezet.', discardDraft: 'Opnieuw beginnen',
    source: 'Wie meldt?', receivedAt: 'Ontvangen op (leeg = nu)', concern: 'Wat werd gezien of gehoord?', concernHint: 'In de woorden van de melder, zo letterlijk mogelijk.',
    children: 'Over welke kinderen gaat het?', child: 'Kind {n}', firstName: 'Voornaam', lastName: 'Familienaam', dateOfBirth: 'Geboortedatum', unborn: 'Ongeboren kind', expectedBirth: 'Verwachte geboortedatum', addChild: 'Nog een kind', removeChild: 'Kind {n} weghalen',
    reporter: 'De melder', reporterHint: 'Alleen het dossierteam ziet wie meldde; het gezin en exports nooit.', anonymous: 'De melder blijft anoniem', name: 'Naam', organisation: 'Organisatie', profession: 'Beroep', relationToChild: 'Relatie tot het kind', phone: 'Telefoon', email: 'E-mail', wantsFeedback: 'Wil teruggekoppeld worden',
    classification: 'Inschatting', category: 'Probleemcategorie', forms: 'Vormen van mishandeling', contexts: 'Specifieke context', urgency: 'Urgentie',
    outcome: 'Beslissing', outcomeLater: 'Later beslissen (triage)', outcomeNote: 'Toelichting bij de beslissing',
    submit: 'Melding registreren', registered: 'Melding geregistreerd. Eerste contact uiterlijk {date}.',
  },
  sources: { professional: 'Professional', hotline: 'Hulplijn 1712', chat: 'Chat', family: 'Gezin of familie', child: 'Het kind zelf', citizen: 'Burger of buur', other: 'Andere' } as Record<ReportSource, string>,
  outcomes: { advice: 'Enkel advies', consult: 'Consult', case: 'Dossier openen', mano: 'MANO' } as Record<IntakeOutcome, string>,
  waiting: {
    title: 'Wachtlijst', intro: 'Meest dringend eerst, dan wie het langst wacht. De verwachte start is een schatting uit de vrije plaatsen en het tempo van de laatste 8 weken.',
    overdue: '{n} kinderen wachten langer dan hun termijn voor een eerste contact.', longest: 'Langste wachttijd: {n} dagen.', summary: '{waiting} wachtend · {free} vrije plaatsen van {capacity} · {pace} starts per week',
    empty: 'Niemand wacht. Nieuwe dossiers verschijnen hier tot ze toegewezen zijn.', position: 'Nr.', expected: 'Verwachte start', now: 'nu', weeks: '± {n} weken', unknown: 'onbekend',
    assignTo: 'Toewijzen aan', assign: 'Toewijzen', retriage: 'Urgentie', capacity: 'Capaciteit van het team', worker: 'Medewerker', load: 'Open dossiers', capacityCol: 'Capaciteit', assumed: '(aangenomen)', save: 'Bewaren',
  },
  file: {
    atAGlance: 'Het verhaal van het kind in één oogopslag', who: 'Wie is wie', what: 'Wat gebeurde er', worries: 'Waar maken we ons zorgen over?', strengths: 'Wat gaat goed?', nextSteps: 'Wat moet er gebeuren?', saveStory: 'Samenvatting bewaren', storySaved: 'Bewaard.',
    chronology: 'Chronologie', notes: 'Notities', addNote: 'Notitie toevoegen', noteKind: 'Soort', noteDate: 'Over de dag', noteBody: 'Notitie', noNotes: 'Nog geen notities.', saveNote: 'Notitie bewaren',
    people: 'Mensen rond het kind', addPerson: 'Persoon toevoegen', kind: 'Wie', roleLabel: 'Rol (bv. mama, klasleraar)', savePerson: 'Persoon toevoegen', relation: 'Relatie', relationFrom: 'Persoon', relationTo: 'is … van', addRelation: 'Relatie toevoegen', genogram: 'Genogram', team: 'Team', owner: 'Behandelaar', members: 'Ook in het dossierteam',
    reporterShow: 'Toon wie meldde', reporterHint: 'Wordt gelogd. Deel dit nooit met het gezin.', anonymous: 'anoniem',
    close: 'Dossier afsluiten', closeOutcome: 'Uitkomst', closeNote: 'Toelichting', closeSubmit: 'Afsluiten', closedOn: 'Afgesloten op {date}: {outcome}', reopen: 'Heropenen', reopenReason: 'Waarom heropenen?', reopenSubmit: 'Dossier heropenen', readOnly: 'Dit dossier is afgesloten en alleen te lezen.',
    conflict: 'Iemand anders wijzigde dit intussen; de nieuwste versie staat nu op het scherm. Uw tekst is bewaard: kijk na en bewaar opnieuw.',
  },
  personKinds: { child: 'Kind', parent: 'Ouder', family: 'Familie', network: 'Netwerk', professional: 'Professional' } as Record<PersonKind, string>,
  relationKinds: { parent: 'ouder', step_parent: 'plusouder', foster_parent: 'pleegouder', guardian: 'voogd', grandparent: 'grootouder', partner: 'partner', ex_partner: 'ex-partner', sibling: 'broer of zus', half_sibling: 'halfbroer of -zus', other: 'andere' } as Record<RelationKind, string>,
  noteKinds: { contact: 'Contact met het gezin', observation: 'Observatie', consultation: 'Overleg', decision: 'Beslissing', other: 'Andere' } as Record<NoteKind, string>,
  events: eventLabelsNl,
  unknownEvent: 'Gebeurtenis',
  common: { loading: 'Bezig met laden…', back: 'Terug naar dossiers', open: 'Openen', yes: 'ja', no: 'nee' },
};

export type CasesText = typeof nl;

const en: CasesText = {
  home: { title: 'Cases', intro: 'Your cases and what needs attention today. Press / to search.', newReport: 'New report', waitingList: 'Waiting list', mine: 'My cases', mineEmpty: 'You have no open cases.', deadlines: 'Deadlines that need attention today', deadlinesEmpty: 'No missed or nearly missed deadlines.' },
  search: { label: 'Search by name, date of birth or case number', placeholder: 'e.g. Noor Janssens, 4/5/2017 or VK-ANT-2026-00042', results: 'Search results', none: 'Nothing found in the cases you may open.', matched: 'found through' },
  list: { number: 'Case', children: 'Children', urgency: 'Urgency', status: 'Stage', owner: 'Worker', waited: 'Waited', deadline: 'Next deadline', days: '{n} d', nobody: 'nobody yet', unborn: 'unborn child', born: 'b. {date}', expected: 'expected {date}' },
  status: { waiting: 'Waiting', active: 'Active', closed: 'Closed' },
  track: { mano: 'MANO' },
  deadline: { first_contact: 'First contact', follow_up: 'Follow-up', met: 'met', open: 'by {date}', due_soon: 'within 24 h: {date}', missed: 'missed since {date}' },
  triage: { title: 'Reports to decide on', intro: 'Oldest deadline first. Deciding for a case puts it on the waiting list.', decide: 'Decision', save: 'Decide', received: 'Received {date}', by: 'noted by {name}' },
  intake: {
    title: 'New report', intro: 'Everything works from the keyboard: Tab to the next field, Ctrl+Enter registers. What you type is kept on this device until the report is registered.',
    draftRestored: 'Your unregistered report from before has been restored.', discardDraft: 'Start over',
    source: 'Who reports?', receivedAt: 'Received at (empty = now)', concern: 'What was seen or heard?', concernHint: 'In the reporter’s words, as literally as possible.',
    children: 'Which children is it about?', child: 'Child {n}', firstName: 'First name', lastName: 'Surname', dateOfBirth: 'Date of birth', unborn: 'Unborn child', expectedBirth: 'Expected date of birth', addChild: 'Another child', removeChild: 'Remove child {n}',
    reporter: 'The reporter', reporterHint: 'Only the case team sees who reported; never the family, never exports.', anonymous: 'The reporter stays anonymous', name: 'Name', organisation: 'Organisation', profession: 'Profession', relationToChild: 'Relation to the child', phone: 'Phone', email: 'E-mail', wantsFeedback: 'Wants to hear back',
    classification: 'Assessment', category: 'Problem category', forms: 'Forms of maltreatment', contexts: 'Specific context', urgency: 'Urgency',
    outcome: 'Decision', outcomeLater: 'Decide later (triage)', outcomeNote: 'Explanation of the decision',
    submit: 'Register report', registered: 'Report registered. First contact due by {date}.',
  },
  sources: { professional: 'Professional', hotline: 'Helpline 1712', chat: 'Chat', family: 'Family', child: 'The child', citizen: 'Citizen or neighbour', other: 'Other' },
  outcomes: { advice: 'Advice only', consult: 'Consult', case: 'Open a case', mano: 'MANO' },
  waiting: {
    title: 'Waiting list', intro: 'Most urgent first, then who has waited longest. The expected start is an estimate from free places and the pace of the last 8 weeks.',
    overdue: '{n} children have waited longer than their first-contact deadline.', longest: 'Longest wait: {n} days.', summary: '{waiting} waiting · {free} free places of {capacity} · {pace} starts per week',
    empty: 'Nobody is waiting. New cases appear here until they are assigned.', position: 'No.', expected: 'Expected start', now: 'now', weeks: '± {n} weeks', unknown: 'unknown',
    assignTo: 'Assign to', assign: 'Assign', retriage: 'Urgency', capacity: 'Team capacity', worker: 'Worker', load: 'Open cases', capacityCol: 'Capacity', assumed: '(assumed)', save: 'Save',
  },
  file: {
    atAGlance: 'The child’s story at a glance', who: 'Who is who', what: 'What happened', worries: 'What are we worried about?', strengths: 'What is working well?', nextSteps: 'What needs to happen?', saveStory: 'Save summary', storySaved: 'Saved.',
    chronology: 'Chronology', notes: 'Notes', addNote: 'Add a note', noteKind: 'Kind', noteDate: 'About the day', noteBody: 'Note', noNotes: 'No notes yet.', saveNote: 'Save note',
    people: 'People around the child', addPerson: 'Add a person', kind: 'Who', roleLabel: 'Role (e.g. mother, teacher)', savePerson: 'Add person', relation: 'Relation', relationFrom: 'Person', relationTo: 'is … of', addRelation: 'Add relation', genogram: 'Genogram', team: 'Team', owner: 'Worker', members: 'Also in the case team',
    reporterShow: 'Show who reported', reporterHint: 'This is logged. Never share it with the family.', anonymous: 'anonymous',
    close: 'Close the case', closeOutcome: 'Outcome', closeNote: 'Explanation', closeSubmit: 'Close', closedOn: 'Closed on {date}: {outcome}', reopen: 'Reopen', reopenReason: 'Why reopen?', reopenSubmit: 'Reopen the case', readOnly: 'This case is closed and read-only.',
    conflict: 'Someone else changed this meanwhile; the latest version is now on screen. Your text is kept: check it and save again.',
  },
  personKinds: { child: 'Child', parent: 'Parent', family: 'Family', network: 'Network', professional: 'Professional' },
  relationKinds: { parent: 'parent', step_parent: 'step-parent', foster_parent: 'foster parent', guardian: 'guardian', grandparent: 'grandparent', partner: 'partner', ex_partner: 'ex-partner', sibling: 'sibling', half_sibling: 'half-sibling', other: 'other' },
  noteKinds: { contact: 'Contact with the family', observation: 'Observation', consultation: 'Consultation', decision: 'Decision', other: 'Other' },
  events: eventLabelsEn,
  unknownEvent: 'Event',
  common: { loading: 'Loading…', back: 'Back to cases', open: 'Open', yes: 'yes', no: 'no' },
};

export function useCasesText(): { text: CasesText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

export function termLabel(terms: readonly Term[] | undefined, kind: TaxonomyKind, code: string, locale: string): string {
  const term = terms?.find((t) => t.kind === kind && t.code === code);
  if (!term) return code;
  return locale === 'en' ? term.labelEn : term.labelNl;
}

export function formatDate(iso: string | null, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Brussels' }).format(date);
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(iso));
}

export type { DeadlineState };
