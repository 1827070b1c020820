// The words of the MANO section, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';
import type { ClockState, Letter, ManoOutcome } from './mano.api';

const nl = {
  title: 'MANO-traject',
  clock: { running: 'nog {left} werkdagen (tot {due})', due_soon: 'nog {left} werkdagen: bereid de beslissing voor (tot {due})', overdue: '{late} werkdagen over de termijn ({due})', concluded_in_time: 'afgerond binnen de termijn', concluded_late: 'afgerond na de termijn' } as Record<ClockState, string>,
  elapsed: '{n} van 65 werkdagen',
  familyInformed: 'Gezin geïnformeerd op {date}', familyNotInformed: 'Het gezin is nog niet geïnformeerd.',
  justification: 'Motivering', helpOffered: 'Aangeboden hulp',
  outcomes: { not_necessary: 'niet noodzakelijk', necessary_help_accepted: 'noodzakelijk, hulp aanvaard', necessary_no_cooperation: 'noodzakelijk, geen medewerking: verwijzing naar het parket' } as Record<ManoOutcome, string>,
  outcome: 'Uitkomst',
  letters: 'Verwijzingsbrief aan het parket', letterStatus: { draft: 'ontwerp, wacht op nalezing', reviewed: 'nagelezen, klaar om te versturen', sent: 'verstuurd op {date}', superseded: 'vervangen' } as Record<Letter['status'], string>,
  generate: 'Verwijzingsbrief opmaken', generateHint: 'De brief wordt opgemaakt uit het dossier, zonder de melder, en bewaard in het dossier.', prosecutor: 'Parket', choose: 'Kies…',
  open: 'PDF openen', review: 'Nagelezen en goedgekeurd', reviewHint: 'Een collega leest na: wie de brief opmaakte, kan hem niet zelf goedkeuren.', send: 'Als verstuurd registreren', informed: 'Het gezin weet van de verwijzing', notInformedReason: 'Waarom niet?',
  start: 'MANO-traject starten', startIntro: 'Vrijwillige hulp loopt vast of wordt geweigerd en de situatie is verontrustend. Het traject start op een teambeslissing; het gezin wordt geïnformeerd. Daarna lopen 65 werkdagen.',
  decision: 'Teambeslissing waarop dit steunt', noDecision: 'Er is nog geen teambeslissing met onderwerp "start MANO". Noteer die eerst bij Teamwerk.', toDecisions: 'Naar de teambeslissingen', decisionOption: '{date}: {decision}',
  concerning: 'Waarom verontrustend? (minstens één)', developmentThreatened: 'De ontwikkeling van het kind is bedreigd', integrityHarmed: 'De integriteit van het kind is aangetast',
  voluntaryHelp: 'Vrijwillige hulp', voluntaryHelpStates: { stuck: 'loopt vast', refused: 'wordt geweigerd' } as Record<string, string>,
  startedOn: 'Start van het traject', todayHint: 'Leeg = vandaag.', familyInformedOn: 'Gezin geïnformeerd op', familyInformedHow: 'Hoe werd het gezin geïnformeerd?', familyLater: 'Nog niet geïnformeerd? Laat de datum leeg en vul hem later in; afronden kan pas daarna.',
  startSubmit: 'MANO-traject starten', draftRestored: 'Uw niet-bewaarde invoer van eerder is teruggezet.',
  recordInformed: 'Noteren dat het gezin geïnformeerd is', informedSubmit: 'Bewaren',
  conclude: 'MANO-traject afronden', outcomeDecision: 'Teambeslissing over de uitkomst', noOutcomeDecision: 'Er is nog geen teambeslissing met onderwerp "uitkomst MANO". Noteer die eerst bij Teamwerk.', outcomeRationale: 'Toelichting bij de uitkomst', outcomeOn: 'Datum van de uitkomst', concludeSubmit: 'Traject afronden',
  conflict: 'Een collega wijzigde dit traject intussen. De nieuwste versie staat nu op het scherm; uw invoer is bewaard: kijk na en bewaar opnieuw.',
  dueTitle: 'Lopende MANO-trajecten', dueNone: 'Geen lopende MANO-trajecten in uw dossiers.', notInformed: 'gezin nog niet geïnformeerd',
};
export type ManoText = typeof nl;

const en: ManoText = {
  title: 'MANO track',
  clock: { running: '{left} working days left (until {due})', due_soon: '{left} working days left: prepare the decision (until {due})', overdue: '{late} working days past the deadline ({due})', concluded_in_time: 'concluded in time', concluded_late: 'concluded after the deadline' },
  elapsed: '{n} of 65 working days',
  familyInformed: 'Family informed on {date}', familyNotInformed: 'The family has not been informed yet.',
  justification: 'Justification', helpOffered: 'Help offered',
  outcomes: { not_necessary: 'not necessary', necessary_help_accepted: 'necessary, help accepted', necessary_no_cooperation: 'necessary, no cooperation: referral to the prosecutor' },
  outcome: 'Outcome',
  letters: 'Referral letter to the prosecutor', letterStatus: { draft: 'draft, awaiting review', reviewed: 'reviewed, ready to send', sent: 'sent on {date}', superseded: 'superseded' },
  generate: 'Generate the referral letter', generateHint: 'The letter is generated from the file, without the reporter, and kept in the file.', prosecutor: 'Prosecutor’s office', choose: 'Choose…',
  open: 'Open PDF', review: 'Reviewed and approved', reviewHint: 'A colleague reviews: whoever generated the letter cannot approve it.', send: 'Record as sent', informed: 'The family knows about the referral', notInformedReason: 'Why not?',
  start: 'Start a MANO track', startIntro: 'Voluntary help is stuck or refused and the situation is concerning. The track starts on a team decision; the family is informed. Then 65 working days run.',
  decision: 'Team decision this rests on', noDecision: 'There is no team decision with subject "MANO start" yet. Record it first under Team work.', toDecisions: 'To the team decisions', decisionOption: '{date}: {decision}',
  concerning: 'Why concerning? (at least one)', developmentThreatened: 'The child’s development is threatened', integrityHarmed: 'The child’s integrity is harmed',
  voluntaryHelp: 'Voluntary help', voluntaryHelpStates: { stuck: 'is stuck', refused: 'is refused' },
  startedOn: 'Start of the track', todayHint: 'Empty = today.', familyInformedOn: 'Family informed on', familyInformedHow: 'How was the family informed?', familyLater: 'Not informed yet? Leave the date empty and fill it in later; the track can only be concluded after that.',
  startSubmit: 'Start MANO track', draftRestored: 'Your unsaved input from before has been restored.',
  recordInformed: 'Record that the family was informed', informedSubmit: 'Save',
  conclude: 'Conclude the MANO track', outcomeDecision: 'Team decision on the outcome', noOutcomeDecision: 'There is no team decision with subject "MANO outcome" yet. Record it first under Team work.', outcomeRationale: 'Explanation of the outcome', outcomeOn: 'Date of the outcome', concludeSubmit: 'Conclude track',
  conflict: 'A colleague changed this track meanwhile. The latest version is now on screen; your input is kept: check and save again.',
  dueTitle: 'Running MANO tracks', dueNone: 'No running MANO tracks in your cases.', notInformed: 'family not informed yet',
};

export function useManoText(): { text: ManoText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
