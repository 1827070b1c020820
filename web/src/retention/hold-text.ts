// The words of a case file's retention hold, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';

const nl = {
  title: 'Bewaren tegen opschonen',
  held: 'On hold sinds {date} door {name}: dit dossier wordt niet opgeschoond, ook niet na zijn bewaartermijn.',
  reasonIs: 'Reden: {reason}',
  notHeld: 'Niet on hold: na de bewaartermijn worden de persoonsgegevens van dit dossier verwijderd.',
  set: 'On hold zetten…',
  reason: 'Reden (bv. een lopende rechtszaak of klacht)',
  setSubmit: 'On hold zetten',
  release: 'Hold opheffen',
};
export type HoldText = typeof nl;

const en: HoldText = {
  title: 'Keep from purging',
  held: 'On hold since {date}, by {name}: this case file is not purged, not even after its retention period.',
  reasonIs: 'Reason: {reason}',
  notHeld: 'Not on hold: after the retention period the personal data of this case file are removed.',
  set: 'Put on hold…',
  reason: 'Reason (e.g. a pending court case or complaint)',
  setSubmit: 'Put on hold',
  release: 'Release the hold',
};

export function useHoldText(): HoldText {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? en : nl;
}
