// The words of the partner directory screen, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';

const nl = {
  title: 'Partnerlijst',
  intro: 'De diensten waarnaar uw centrum doorverwijst of waarmee het overlegt. Alleen organisaties, nooit privégegevens van personen. Een dienst die niet meer bestaat, zet u op inactief: eerdere doorverwijzingen blijven naar haar verwijzen.',
  filter: 'Zoeken in de partnerlijst', kind: 'Soort dienst', allKinds: 'alle soorten', search: 'Naam of gemeente', includeInactive: 'Ook inactieve diensten tonen', count: '{n} diensten',
  none: 'Geen diensten gevonden met deze filter.',
  name: 'Naam', province: 'Provincie', allFlanders: 'heel Vlaanderen', city: 'Gemeente', phone: 'Telefoon', email: 'E-mail', notes: 'Praktische afspraken (hoe aanmelden, openingsuren, aangekondigde wachttijd)', active: 'Actief', inactive: 'inactief',
  add: 'Dienst toevoegen', addSubmit: 'Dienst toevoegen', added: '{name} staat in de partnerlijst.',
  edit: 'Wijzigen', editOf: 'Wijzigen: {name}', save: 'Wijzigingen bewaren', saved: 'Bewaard.', activeLabel: 'Deze dienst is actief (kan gekozen worden bij een doorverwijzing)',
};
export type PartnerDirectoryText = typeof nl;

const en: PartnerDirectoryText = {
  title: 'Partner directory',
  intro: 'The services your centre refers to or consults. Organisations only, never private details of people. A service that no longer exists is set to inactive: earlier referrals keep pointing to it.',
  filter: 'Search the partner directory', kind: 'Kind of service', allKinds: 'all kinds', search: 'Name or town', includeInactive: 'Also show inactive services', count: '{n} services',
  none: 'No services found with this filter.',
  name: 'Name', province: 'Province', allFlanders: 'all of Flanders', city: 'Town', phone: 'Phone', email: 'E-mail', notes: 'Practical arrangements (how to refer, opening hours, announced waiting time)', active: 'Active', inactive: 'inactive',
  add: 'Add a service', addSubmit: 'Add service', added: '{name} is in the partner directory.',
  edit: 'Edit', editOf: 'Edit: {name}', save: 'Save changes', saved: 'Saved.', activeLabel: 'This service is active (can be chosen for a referral)',
};

export function usePartnerDirectoryText(): { text: PartnerDirectoryText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
