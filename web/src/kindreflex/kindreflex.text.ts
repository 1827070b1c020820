// The page's own words (the guide's steps and questions are content). Kept beside the page rather
// than in the staff app's catalogues: the public guide is a separate, self-contained page.
import { useTranslation } from 'react-i18next';
import type { GuideLocale } from '../../../src/kindreflex/guide-content.schema';

const nlBE = {
  pageTitle: 'Kindreflex',
  tagline: 'Zorgen om de kinderen van een volwassen cliënt? Deze gids helpt u stap voor stap.',
  emergency: 'Acuut gevaar voor een kind?',
  emergencyCall: 'Bel 112',
  emergencyPolice: 'of de politie: 101',
  privacyTitle: 'Wat u invult, blijft bij u',
  privacy:
    'Niets wordt verstuurd terwijl u de gids doorloopt. Alleen als u op het einde zelf een consult aanvraagt of ons laat tellen, gaat er iets naar het Vertrouwenscentrum Kindermishandeling, en alleen wat u dan kiest.',
  sectorLegend: 'In welke sector werkt u?',
  sectorHelp: 'De stappen zijn dezelfde; voorbeelden en tips passen bij uw werk.',
  remember: 'Bewaar mijn antwoorden op dit toestel, zodat ik later verder kan',
  rememberHelp: 'Alleen in deze browser. Doe dit niet op een gedeelde computer.',
  start: 'Begin',
  resumeTitle: 'U was al begonnen',
  resumeText: 'Op dit toestel staan antwoorden van {date}. Wilt u verder gaan?',
  resume: 'Verder gaan',
  forget: 'Vergeet mijn antwoorden',
  forgotten: 'Uw antwoorden zijn gewist van dit toestel.',
  stepsLabel: 'Stappen',
  stepOf: 'Stap {n}',
  tipsTitle: 'Tips',
  optional: 'Niet verplicht',
  required: 'Kies een antwoord om verder te gaan.',
  missing: 'Er ontbreekt nog een antwoord.',
  next: 'Volgende stap',
  back: 'Vorige stap',
  restart: 'Opnieuw beginnen',
  outcomeHeading: 'Uw uitkomst',
  whatToDo: 'Wat kunt u doen?',
  contacts: 'Contact',
  legalTitle: 'Wat de wet toelaat',
  call: 'Bel {phone}',
  summaryHeading: 'Uw samenvatting',
  summaryIntro:
    'Bewaar deze samenvatting in uw eigen dossier. Ze blijft op dit toestel tot u ze downloadt of afdrukt.',
  downloadPdf: 'Download als PDF',
  print: 'Afdrukken',
  pdfFailed: 'De PDF kon niet gemaakt worden. Probeer af te drukken.',
  changeAnswers: 'Antwoorden aanpassen',
  countTitle: 'Help ons de gids te verbeteren',
  countText:
    'Mogen we anoniem tellen dat u de gids hebt doorlopen? We sturen alleen uw sector en uitkomst, niets van wat u typte.',
  countButton: 'Tel anoniem mee',
  counted: 'Bedankt. Uw sector en uitkomst zijn anoniem geteld.',
  countFailed: 'Tellen lukte niet. U hoeft niets te doen.',
  consultTitle: 'Consult aanvragen bij het VK',
  consultIntro:
    'Het Vertrouwenscentrum Kindermishandeling denkt met u mee. U kiest zelf wat u meestuurt; de naam van het gezin is niet nodig.',
  consultOpen: 'Een consult aanvragen',
  province: 'In welke provincie werkt u?',
  chooseProvince: 'Kies uw provincie.',
  choosePreference: 'Kies hoe u antwoord wilt krijgen.',
  provinceHelp: 'Uw vraag gaat naar het VK van die provincie.',
  shareLegend: 'Wat wilt u meesturen?',
  shareHelp: 'U kunt de tekst nog aanpassen. Haal weg wat niet nodig is.',
  shareObservations: 'Wat ik zag en hoorde',
  shareConsiderations: 'Wat ik afwoog',
  shareDecisions: 'Mijn beslissingen en uitkomst',
  question: 'Uw vraag aan het VK',
  questionHelp: 'Bijvoorbeeld: hoe bespreek ik dit met de ouder?',
  contactLegend: 'Hoe wilt u antwoord krijgen?',
  preferPhone: 'Het VK belt mij',
  preferEmail: 'Het VK mailt mij',
  preferSelf: 'Ik bel zelf, met mijn referentienummer',
  contactName: 'Uw naam',
  contactOrganisation: 'Uw organisatie',
  contactPhone: 'Telefoonnummer',
  contactEmail: 'E-mailadres',
  notRequired: '(niet verplicht)',
  alsoCounted: 'Met uw aanvraag tellen we ook anoniem uw sector en uitkomst.',
  send: 'Consult aanvragen',
  sentTitle: 'Uw aanvraag is verstuurd',
  sentReference: 'Uw referentienummer',
  sentText: '{centre} antwoordt normaal binnen {days} werkdagen, uiterlijk op {date}.',
  sentKeep: 'Noteer dit nummer in uw dossier. Noem het als u het VK belt.',
  consultLine: '{reference} bij {centre}, antwoord verwacht uiterlijk op {date}.',
  sendFailed: 'Versturen lukte niet.',
  consultUnavailable:
    'In acuut gevaar is een formulier te traag. Bel eerst de hulpdiensten; overleg daarna telefonisch met het VK.',
  statsTitle: 'Kindreflex: gebruik van de gids',
  statsIntro:
    'Hoe vaak professionals de gids doorliepen en waar die uitkwam. Anoniem geteld, alleen met hun toestemming of bij een consultaanvraag.',
  statsFrom: 'Van (maand)',
  statsTo: 'Tot en met (maand)',
  statsShow: 'Toon',
  statsTotal: '{n} keer doorlopen',
  statsBySector: 'Per sector en uitkomst',
  statsByMonth: 'Per maand',
  statsSector: 'Sector',
  statsMonth: 'Maand',
  statsCount: 'Aantal',
  statsAll: 'Totaal',
  statsEmpty: 'In deze periode is nog niets geteld.',
  statsLoading: 'Cijfers laden…',
};

type KindreflexText = typeof nlBE;

const en: KindreflexText = {
  pageTitle: 'Kindreflex',
  tagline: 'Worried about the children of an adult client? This guide takes you step by step.',
  emergency: 'A child in acute danger?',
  emergencyCall: 'Call 112',
  emergencyPolice: 'or the police: 101',
  privacyTitle: 'What you fill in stays with you',
  privacy:
    'Nothing is sent while you go through the guide. Only if at the end you request a consult or let us count, something goes to the Child Abuse Confidential Centre, and only what you choose then.',
  sectorLegend: 'Which sector do you work in?',
  sectorHelp: 'The steps are the same; examples and tips fit your work.',
  remember: 'Keep my answers on this device, so I can continue later',
  rememberHelp: 'In this browser only. Do not do this on a shared computer.',
  start: 'Start',
  resumeTitle: 'You had already started',
  resumeText: 'This device holds answers from {date}. Do you want to continue?',
  resume: 'Continue',
  forget: 'Forget my answers',
  forgotten: 'Your answers have been erased from this device.',
  stepsLabel: 'Steps',
  stepOf: 'Step {n}',
  tipsTitle: 'Tips',
  optional: 'Optional',
  required: 'Choose an answer to continue.',
  missing: 'An answer is still missing.',
  next: 'Next step',
  back: 'Previous step',
  restart: 'Start again',
  outcomeHeading: 'Your outcome',
  whatToDo: 'What can you do?',
  contacts: 'Contact',
  legalTitle: 'What the law allows',
  call: 'Call {phone}',
  summaryHeading: 'Your summary',
  summaryIntro:
    'Keep this summary in your own file. It stays on this device until you download or print it.',
  downloadPdf: 'Download as PDF',
  print: 'Print',
  pdfFailed: 'The PDF could not be made. Try printing instead.',
  changeAnswers: 'Change answers',
  countTitle: 'Help us improve the guide',
  countText:
    'May we count anonymously that you went through the guide? We send only your sector and outcome, nothing you typed.',
  countButton: 'Count me anonymously',
  counted: 'Thank you. Your sector and outcome were counted anonymously.',
  countFailed: 'Counting did not work. You do not need to do anything.',
  consultTitle: 'Request a consult with the VK',
  consultIntro:
    'The Child Abuse Confidential Centre thinks it through with you. You choose what to send; the family’s name is not needed.',
  consultOpen: 'Request a consult',
  province: 'Which province do you work in?',
  chooseProvince: 'Choose your province.',
  choosePreference: 'Choose how you would like an answer.',
  provinceHelp: 'Your request goes to the VK of that province.',
  shareLegend: 'What do you want to send?',
  shareHelp: 'You can still edit the text. Remove what is not needed.',
  shareObservations: 'What I saw and heard',
  shareConsiderations: 'What I weighed',
  shareDecisions: 'My decisions and outcome',
  question: 'Your question for the VK',
  questionHelp: 'For example: how do I discuss this with the parent?',
  contactLegend: 'How would you like an answer?',
  preferPhone: 'The VK calls me',
  preferEmail: 'The VK e-mails me',
  preferSelf: 'I will call, with my reference number',
  contactName: 'Your name',
  contactOrganisation: 'Your organisation',
  contactPhone: 'Phone number',
  contactEmail: 'E-mail address',
  notRequired: '(optional)',
  alsoCounted: 'With your request we also count your sector and outcome anonymously.',
  send: 'Request consult',
  sentTitle: 'Your request has been sent',
  sentReference: 'Your reference number',
  sentText: '{centre} normally answers within {days} working days, by {date} at the latest.',
  sentKeep: 'Note this number in your file. Mention it when you call the VK.',
  consultLine: '{reference} with {centre}, answer expected by {date}.',
  sendFailed: 'Sending did not work.',
  consultUnavailable:
    'In acute danger a form is too slow. Call the emergency services first; then consult the VK by phone.',
  statsTitle: 'Kindreflex: use of the guide',
  statsIntro:
    'How often professionals completed the guide and where it ended. Counted anonymously, only with their consent or with a consult request.',
  statsFrom: 'From (month)',
  statsTo: 'Up to (month)',
  statsShow: 'Show',
  statsTotal: 'Completed {n} times',
  statsBySector: 'By sector and outcome',
  statsByMonth: 'By month',
  statsSector: 'Sector',
  statsMonth: 'Month',
  statsCount: 'Count',
  statsAll: 'Total',
  statsEmpty: 'Nothing has been counted in this period yet.',
  statsLoading: 'Loading figures…',
};

/** Outcome names for the staff counts (the outcome set is fixed, see guide-content.schema). */
export const outcomeLabels: Record<GuideLocale, Record<string, string>> = {
  'nl-BE': {
    keep_supporting: 'Blijven ondersteunen',
    involve_service: 'Dienst inschakelen',
    consult_vk: 'Consult VK',
    consult_ocj: 'Consult OCJ',
    acute_danger: 'Acuut gevaar',
  },
  en: {
    keep_supporting: 'Keep supporting',
    involve_service: 'Involve a service',
    consult_vk: 'Consult VK',
    consult_ocj: 'Consult OCJ',
    acute_danger: 'Acute danger',
  },
};

const texts: Record<GuideLocale, KindreflexText> = { 'nl-BE': nlBE, en };

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}

export function guideLocale(language: string): GuideLocale {
  return language === 'en' ? 'en' : 'nl-BE';
}

export function useKindreflexText(): { text: KindreflexText; locale: GuideLocale } {
  const { i18n } = useTranslation();
  const locale = guideLocale(i18n.language);
  return { text: texts[locale], locale };
}
