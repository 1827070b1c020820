import { useTranslation } from 'react-i18next';

const nl = {
  title: 'Documenten',
  intro: 'PDF, JPEG, PNG, Word (.docx), Excel (.xlsx) of platte tekst, tot {limit}. Wie een document opent of downloadt, wordt gelogd.',
  choose: 'Document kiezen',
  upload: 'Document toevoegen',
  uploading: 'Bezig met opladen: {percent}%',
  progress: 'Voortgang van het opladen',
  added: '{name} is toegevoegd.',
  tooLarge: 'Het bestand is groter dan {limit}, het maximum voor een document.',
  none: 'Nog geen documenten in dit dossier.',
  name: 'Document',
  size: 'Grootte',
  by: 'Toegevoegd door',
  on: 'Op',
  actions: 'Acties',
  download: 'Downloaden',
  downloadNamed: '{name} downloaden',
  remove: 'Verwijderen',
  removeNamed: '{name} verwijderen',
  removeConfirm: '{name} uit het dossier halen? Het blijft bewaard in de geschiedenis tot het dossier vernietigd wordt.',
  network: 'Het opladen lukte niet: controleer de verbinding en probeer opnieuw.',
};
export type DocumentsText = typeof nl;

const en: DocumentsText = {
  title: 'Documents',
  intro: 'PDF, JPEG, PNG, Word (.docx), Excel (.xlsx) or plain text, up to {limit}. Opening or downloading a document is logged.',
  choose: 'Choose a document',
  upload: 'Add document',
  uploading: 'Uploading: {percent}%',
  progress: 'Upload progress',
  added: '{name} has been added.',
  tooLarge: 'The file is larger than {limit}, the maximum for a document.',
  none: 'No documents in this case yet.',
  name: 'Document',
  size: 'Size',
  by: 'Added by',
  on: 'On',
  actions: 'Actions',
  download: 'Download',
  downloadNamed: 'Download {name}',
  remove: 'Remove',
  removeNamed: 'Remove {name}',
  removeConfirm: 'Take {name} out of the case file? It stays in the history until the case is destroyed.',
  network: 'The upload failed: check the connection and try again.',
};

export function useDocumentsText(): { text: DocumentsText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}

export function fileSize(bytes: number, locale: string): string {
  const format = (n: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kB');
  return format(bytes / (1024 * 1024), 'MB');
}
