// The words of the advice-and-consult screens, Dutch (nl-BE) first and English. The Kindreflex
// step names come from the guide's own content, not from here.
import { useTranslation } from 'react-i18next';
import type { ConsultChannel, ConsultStatus, ConsultUrgency, FollowUpState, ProfessionalSector } from './consult.api';

const nl = {
  list: {
    title: 'Advies en consult', intro: 'Vragen van professionals: telefonisch, per e-mail, aan de balie of via de Kindreflex. Druk op N voor een nieuwe vraag.',
    newRequest: 'Nieuwe vraag registreren', views: { open: 'Open', mine: 'Mijn vragen', due: 'Opvolging nu', all: 'Alle' } as Record<string, string>, viewsLabel: 'Welke vragen', sort: 'Volgorde', newest: 'Nieuwste eerst', urgent: 'Dringendste eerst',
    missed: { one: '1 opvolging is verstreken.', other: '{n} opvolgingen zijn verstreken.' }, showMissed: 'Toon ze',
    reference: 'Referentie', received: 'Ontvangen', from: 'Van', urgency: 'Urgentie', status: 'Stand', assignee: 'Behandelaar', followUp: 'Opvolging', nobody: 'nog niemand', empty: 'Geen vragen in deze lijst.', more: 'Er zijn meer vragen dan deze 100; verfijn de lijst.', anonymousFamily: 'anoniem gezin', namedFamily: 'gezin met naam',
  },
  form: {
    title: 'Nieuwe vraag van een professional', intro: 'Alles kan met het toetsenbord: Tab naar het volgende veld, Ctrl+Enter registreert. Wat u typt, blijft bewaard op dit toestel tot de vraag geregistreerd is.',
    draftRestored: 'Uw niet-geregistreerde vraag van eerder is teruggezet.', discardDraft: 'Opnieuw beginnen',
    channel: 'Hoe kwam de vraag binnen?', sector: 'Sector', professional: 'De professional', name: 'Naam', role: 'Functie (bv. leerkracht, huisarts)', organisation: 'Organisatie', phone: 'Telefoon', email: 'E-mail',
    family: 'Het gezin', familyChoice: 'Anoniem of met naam?', familyHint: 'Namen ziet alleen wie in uw centrum adviesvragen behandelt; elke inzage wordt gelogd.', anonymous: 'Anoniem gezin', named: 'Gezin met naam', child: 'Kind {n}', parent: 'Ouder {n}', firstName: 'Voornaam', lastName: 'Familienaam', dateOfBirth: 'Geboortedatum', addChild: 'Nog een kind', addParent: 'Nog een ouder', remove: 'Weghalen',
    question: 'De vraag', questionHint: 'Wat ziet of hoort de professional, en wat wil die weten?', step: 'Kindreflex-stap waar de professional staat', stepUnknown: 'Onbekend of niet van toepassing', urgency: 'Urgentie', assignee: 'Behandelaar', followUpOn: 'Opvolgen op', submit: 'Vraag registreren', back: 'Terug naar de lijst',
  },
  detail: {
    received: 'Ontvangen {date} · {channel}', question: 'De vraag', fromGuide: 'Uit de Kindreflex', observations: 'Wat de professional zag', considerations: 'Afwegingen', decisions: 'Beslismomenten', outcome: 'Uitkomst van de gids',
    professional: 'De professional', family: 'Het gezin', familyAnonymous: 'Het gezin blijft anoniem.', children: 'Kinderen', parents: 'Ouders', step: 'Kindreflex-stap', none: '—',
    handling: 'Behandeling', assignee: 'Behandelaar', followUpOn: 'Opvolgen op', save: 'Bewaren', saved: 'Bewaard.', urgency: 'Urgentie',
    advice: 'Gegeven advies', noAdvice: 'Nog geen advies gegeven.', adviceBy: '{name}, {date}', giveAdvice: 'Advies noteren', adviceText: 'Advies', adviceFollowUp: 'Opvolgen op (leeg = geen opvolging)', adviceSubmit: 'Advies bewaren',
    start: 'In behandeling nemen', close: 'Afsluiten', reopen: 'Heropenen', statusTitle: 'Stand: {status}',
    convert: 'Omzetten in een melding', convertIntro: 'Nu het gezin gekend is, wordt dit een melding voor intake. De professional wordt de melder; wie meldde blijft afgeschermd.', convertNeedsFamily: 'Noteer eerst het gezin met minstens één kind (bij "Het gezin" hieronder).', category: 'Probleemcategorie', convertSubmit: 'Melding maken', converted: 'Omgezet in een melding.', openReport: 'Naar de melding',
    editFamily: 'Gezin aanpassen', saveFamily: 'Gezin bewaren', conflict: 'Iemand anders wijzigde deze vraag intussen; de nieuwste versie staat nu op het scherm. Uw tekst is bewaard: kijk na en bewaar opnieuw.', changedMeanwhile: 'Wat een collega intussen wijzigde (nu bewaard):', dismissConflict: 'Melding sluiten',
  },
  due: { title: 'Adviesvragen om op te volgen', none: 'Geen opvolgingen deze week.', overdue: 'verstreken sinds {date}', today: 'vandaag', soon: 'op {date}', planned: 'op {date}' } as Record<FollowUpState | 'title' | 'none', string>,
  channels: { kindreflex: 'Kindreflex', phone: 'Telefoon', email: 'E-mail', in_person: 'Aan de balie' } as Record<ConsultChannel, string>,
  sectors: { school_clb: 'School of CLB', childcare: 'Kinderopvang', gp: 'Huisarts', hospital: 'Ziekenhuis of spoed', mental_health: 'Geestelijke gezondheidszorg', caw: 'CAW', justice_house: 'Justitiehuis', police: 'Politie', youth_care: 'Jeugdhulp', other: 'Andere' } as Record<ProfessionalSector, string>,
  urgencies: { acute: 'Acuut', high: 'Hoog', normal: 'Normaal' } as Record<ConsultUrgency, string>,
  statuses: { new: 'Nieuw', in_progress: 'In behandeling', advised: 'Advies gegeven', closed: 'Afgesloten' } as Record<ConsultStatus, string>,
};

export type ConsultText = typeof nl;

const en: ConsultText = {
  list: {
    title: 'Advice and consult', intro: 'Questions from professionals: by phone, e-mail, in person or through the Kindreflex. Press N for a new question.',
    newRequest: 'Register a new question', views: { open: 'Open', mine: 'My questions', due: 'Follow-up now', all: 'All' }, viewsLabel: 'Which questions', sort: 'Order', newest: 'Newest first', urgent: 'Most urgent first',
    missed: { one: '1 follow-up has been missed.', other: '{n} follow-ups have been missed.' }, showMissed: 'Show them',
    reference: 'Reference', received: 'Received', from: 'From', urgency: 'Urgency', status: 'Stage', assignee: 'Worker', followUp: 'Follow-up', nobody: 'nobody yet', empty: 'No questions in this list.', more: 'There are more than these 100 questions; narrow the list.', anonymousFamily: 'anonymous family', namedFamily: 'named family',
  },
  form: {
    title: 'New question from a professional', intro: 'Everything works from the keyboard: Tab to the next field, Ctrl+Enter registers. What you type is kept on this device until the question is registered.',
    draftRestored: 'Your unregistered question from before has been restored.', discardDraft: 'Start over',
    channel: 'How did the question come in?', sector: 'Sector', professional: 'The professional', name: 'Name', role: 'Function (e.g. teacher, GP)', organisation: 'Organisation', phone: 'Phone', email: 'E-mail',
    family: 'The family', familyChoice: 'Anonymous or named?', familyHint: 'Names are seen only by your centre’s consult handlers; every look is logged.', anonymous: 'Anonymous family', named: 'Named family', child: 'Child {n}', parent: 'Parent {n}', firstName: 'First name', lastName: 'Last name', dateOfBirth: 'Date of birth', addChild: 'Another child', addParent: 'Another parent', remove: 'Remove',
    question: 'The question', questionHint: 'What does the professional see or hear, and what do they want to know?', step: 'Kindreflex step the professional is at', stepUnknown: 'Unknown or not applicable', urgency: 'Urgency', assignee: 'Worker', followUpOn: 'Follow up on', submit: 'Register question', back: 'Back to the list',
  },
  detail: {
    received: 'Received {date} · {channel}', question: 'The question', fromGuide: 'From the Kindreflex', observations: 'What the professional saw', considerations: 'Considerations', decisions: 'Decision points', outcome: 'Outcome of the guide',
    professional: 'The professional', family: 'The family', familyAnonymous: 'The family stays anonymous.', children: 'Children', parents: 'Parents', step: 'Kindreflex step', none: '—',
    handling: 'Handling', assignee: 'Worker', followUpOn: 'Follow up on', save: 'Save', saved: 'Saved.', urgency: 'Urgency',
    advice: 'Advice given', noAdvice: 'No advice given yet.', adviceBy: '{name}, {date}', giveAdvice: 'Record advice', adviceText: 'Advice', adviceFollowUp: 'Follow up on (empty = no follow-up)', adviceSubmit: 'Save advice',
    start: 'Take on', close: 'Close', reopen: 'Reopen', statusTitle: 'Stage: {status}',
    convert: 'Convert to a report', convertIntro: 'Now that the family is known, this becomes a report for intake. The professional becomes the reporter; who reported stays protected.', convertNeedsFamily: 'First record the family with at least one child (under "The family" below).', category: 'Problem category', convertSubmit: 'Make report', converted: 'Converted to a report.', openReport: 'Go to the report',
    editFamily: 'Change family', saveFamily: 'Save family', conflict: 'Someone else changed this question in the meantime; the latest version is now on screen. Your text is kept: check it and save again.', changedMeanwhile: 'What a colleague changed meanwhile (saved now):', dismissConflict: 'Dismiss',
  },
  due: { title: 'Consult questions to follow up', none: 'No follow-ups this week.', overdue: 'missed since {date}', today: 'today', soon: 'on {date}', planned: 'on {date}' },
  channels: { kindreflex: 'Kindreflex', phone: 'Phone', email: 'E-mail', in_person: 'In person' },
  sectors: { school_clb: 'School or CLB', childcare: 'Childcare', gp: 'GP', hospital: 'Hospital or emergency department', mental_health: 'Mental health care', caw: 'CAW', justice_house: 'Justice house', police: 'Police', youth_care: 'Youth care', other: 'Other' },
  urgencies: { acute: 'Acute', high: 'High', normal: 'Normal' },
  statuses: { new: 'New', in_progress: 'In progress', advised: 'Advised', closed: 'Closed' },
};

export function useConsultText(): { text: ConsultText; locale: 'nl-BE' | 'en' } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
