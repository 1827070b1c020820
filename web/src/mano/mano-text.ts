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
  dueTitle: 'Running MANO tracks', dueNone: 'No running MANO tracks in your cases.', notInformed: 'family not informed yet',
};

export function useManoText(): { text: ManoText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
