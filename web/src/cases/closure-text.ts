// The words around closing and reopening a case, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';

const nl = {
  stillOpen: 'Nog open in dit dossier — kijk na of dat zo mag blijven:',
  openTasks: '{n} open taken', waitingReferrals: '{n} doorverwijzingen waarop het gezin nog wacht', runningMano: 'een lopend MANO-traject', plannedConferences: '{n} geplande casusoverleggen',
  closedBanner: 'Afgesloten op {date} ({outcome}). Alles is te lezen; niets kan gewijzigd worden tot het dossier heropend wordt.', toReopen: 'Naar heropenen',
  conflict: 'Een collega wijzigde het dossier intussen. De nieuwste versie staat nu op het scherm; uw invoer is bewaard: kijk na en probeer opnieuw.',
  draftRestored: 'Uw niet-bewaarde invoer van eerder is teruggezet.',
};
export type ClosureText = typeof nl;

const en: ClosureText = {
  stillOpen: 'Still open in this case — check whether that may stay so:',
  openTasks: '{n} open tasks', waitingReferrals: '{n} referrals the family is still waiting for', runningMano: 'a running MANO track', plannedConferences: '{n} planned case conferences',
  closedBanner: 'Closed on {date} ({outcome}). Everything can be read; nothing can be changed until the case is reopened.', toReopen: 'To reopening',
  conflict: 'A colleague changed the case meanwhile. The latest version is now on screen; your input is kept: check and try again.',
  draftRestored: 'Your unsaved input from before has been restored.',
};

export function useClosureText(): ClosureText {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? en : nl;
}
